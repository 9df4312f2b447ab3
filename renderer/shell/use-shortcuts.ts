import { useEffect, useRef } from 'react';
import type { RungsApi } from '../../host-api/api.ts';
import { commandSpec, isEnabled, type CommandId, type CommandState } from '../../host-api/commands.ts';
import { commandForKey, takesText, type KeyContext } from './shortcuts.ts';

/**
 * Runs commands from the native menu and from the keys no menu answers (every key in a browser
 * tab; in Electron the ones its menu leaves to the page, see shortcuts.ts). Disabled commands are
 * not run, whichever way they were asked for.
 */
export function useShortcuts(host: RungsApi, keys: KeyContext, state: CommandState, run: (id: CommandId) => void): void {
  const latest = useRef({ run, state });
  latest.current = { run, state };

  useEffect(() => {
    const runIfEnabled = (id: CommandId) => {
      if (isEnabled(commandSpec(id), latest.current.state)) latest.current.run(id);
    };
    const onKey = (event: KeyboardEvent) => {
      const id = commandForKey(event, keys, takesText(document.activeElement));
      if (!id) return;
      event.preventDefault();
      event.stopPropagation();
      runIfEnabled(id);
    };
    window.addEventListener('keydown', onKey, true);
    const stopMenu = host.onMenuCommand(runIfEnabled);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      stopMenu();
    };
  }, [host, keys]);
}

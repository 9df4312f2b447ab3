import { useEffect, useMemo, useRef, useState } from 'react';
import type { CommandId, CommandState } from '../../host-api/commands.ts';
import type { KeyContext } from '../shell/shortcuts.ts';
import { paletteItems, type PaletteItem } from './palette-items.ts';

interface Props {
  state: CommandState;
  keys: KeyContext;
  onRun(id: CommandId): void;
  onClose(): void;
}

/** The title with the characters the query matched in bold. */
function Highlighted({ text, at }: { text: string; at: readonly number[] }) {
  const marked = new Set(at);
  return (
    <>
      {[...text].map((c, i) => (marked.has(i) ? <mark key={i}>{c}</mark> : <span key={i}>{c}</span>))}
    </>
  );
}

/**
 * F1 or Ctrl/Cmd+Shift+P: every command of the table, filtered fuzzily as you type, with its
 * shortcut; Enter or a click runs it, Escape closes. A combobox over a listbox, as ARIA describes.
 */
export function CommandPalette({ state, keys, onRun, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const items = useMemo(() => paletteItems(query, state, keys), [query, state, keys]);
  const current = items[Math.min(active, items.length - 1)];

  useEffect(() => input.current?.focus(), []);
  useEffect(() => setActive(0), [query]);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const run = (item: PaletteItem | undefined) => {
    if (!item?.enabled) return;
    onClose();
    onRun(item.id);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step && items.length > 0) {
      event.preventDefault();
      setActive((a) => (Math.min(a, items.length - 1) + step + items.length) % items.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(current);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <div className="palette-backdrop" data-testid="palette-backdrop" onPointerDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="palette" role="dialog" aria-modal="true" aria-label="Command palette" data-testid="command-palette">
        <input
          ref={input}
          className="palette-input"
          type="text"
          role="combobox"
          aria-label="Type a command"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-autocomplete="list"
          aria-activedescendant={current ? `palette-${current.id}` : undefined}
          placeholder="Type a command"
          spellCheck={false}
          autoComplete="off"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={(e) => {
            if (!e.currentTarget.closest('.palette')?.contains(e.relatedTarget as Node | null)) onClose();
          }}
        />
        <ul className="palette-list" id="palette-list" role="listbox" aria-label="Commands" ref={list}>
          {items.length === 0 && <li className="palette-empty">No command matches “{query}”</li>}
          {items.map((item) => (
            <li
              key={item.id}
              id={`palette-${item.id}`}
              role="option"
              aria-selected={item === current}
              aria-disabled={!item.enabled}
              className={`palette-item ${item === current ? 'is-active' : ''} ${item.enabled ? '' : 'is-disabled'}`}
              data-command={item.id}
              onPointerMove={() => setActive(items.indexOf(item))}
              onPointerDown={(e) => e.preventDefault()}
              onClick={() => run(item)}
            >
              <span className="palette-category">{item.category}:</span>
              <span className="palette-title">
                <Highlighted text={item.title} at={item.highlights} />
              </span>
              {item.shortcut && <kbd className="palette-shortcut">{item.shortcut}</kbd>}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

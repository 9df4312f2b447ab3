import path from 'node:path';
import { DocumentStore } from '../../node/document-store.ts';

/**
 * The framework file a launch asked for: `rungs-studio plan.yaml`, a double-click in a file
 * manager, or a second instance's command line. Flags (Chromium's and Electron's own `--…`) and
 * the app path that `electron .` passes are skipped; only a .yaml/.yml argument counts.
 */
export function fileFromArgv(argv: readonly string[], workingDirectory: string): string | undefined {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i];
    if (!arg || arg.startsWith('-')) continue;
    if (DocumentStore.isFrameworkFile(arg)) return path.resolve(workingDirectory, arg);
  }
  return undefined;
}

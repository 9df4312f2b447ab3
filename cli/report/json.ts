import { jsonTerminalSafe } from '../terminal.ts';
import type { FileReport } from './file-report.ts';

/** `[{"file", "kind", "diagnostics"}]`, with `error` on files that could not be read. */
export function formatJson(reports: readonly FileReport[]): string {
  return jsonTerminalSafe(JSON.stringify(reports, null, 2)) + '\n';
}

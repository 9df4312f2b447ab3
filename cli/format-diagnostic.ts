import type { Diagnostic } from '../core/diagnostics.ts';
import { terminalSafe } from './terminal.ts';

/**
 * One diagnostic as the CLI prints it everywhere (validate, export, import, import-track):
 * `file:line:column: severity code: message`, the shape editors and CI log parsers recognise as
 * a clickable location. Made terminal-safe, since the message quotes text from the file.
 */
export function formatDiagnostic(file: string, d: Pick<Diagnostic, 'file' | 'line' | 'column' | 'severity' | 'code' | 'message'>): string {
  // A problem in an included library is printed at the library's own file.
  return terminalSafe(`${d.file ?? file}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}`);
}

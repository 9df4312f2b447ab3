import { countBySeverity } from '../../core/index.ts';
import { formatDiagnostic } from '../format-diagnostic.ts';
import { terminalSafe } from '../terminal.ts';
import { relatedFile, type FileReport } from './file-report.ts';

function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/**
 * The one summary line every format ends the run with, e.g. `3 frameworks, 1 library: 0 errors,
 * 2 warnings`. Libraries are named only when there are some; infos are advice and do not fail a
 * run, so they are named only when there are some; files that could not be read come last.
 */
export function summaryLine(reports: readonly FileReport[]): string {
  const frameworks = reports.filter((r) => r.kind === 'framework').length;
  const libraries = reports.filter((r) => r.kind === 'library').length;
  const unreadable = reports.filter((r) => r.error !== undefined).length;
  const counts = countBySeverity(reports.flatMap((r) => r.diagnostics));
  const files = [count(frameworks, 'framework', 'frameworks'), ...(libraries > 0 ? [count(libraries, 'library', 'libraries')] : [])];
  const problems = [count(counts.error, 'error', 'errors'), count(counts.warning, 'warning', 'warnings'), ...(counts.info > 0 ? [`${counts.info} info`] : [])];
  const unread = unreadable > 0 ? `; ${count(unreadable, 'file', 'files')} could not be read` : '';
  return `${files.join(', ')}: ${problems.join(', ')}${unread}`;
}

/** `file:line:column: severity code: message` lines (related places as indented notes), then the summary line. */
export function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const d of report.diagnostics) {
      lines.push(formatDiagnostic(d.file ?? report.file, d));
      // Related places (each copied bullet of one finding) follow as indented notes.
      for (const r of d.related ?? []) lines.push(`  ${terminalSafe(relatedFile(report, r))}:${r.line}:${r.column}: note: ${terminalSafe(r.message)}`);
    }
  }
  lines.push(terminalSafe(summaryLine(reports)));
  return lines.join('\n') + '\n';
}

import type { Severity } from '../../core/index.ts';
import { terminalSafe } from '../terminal.ts';
import { findingsOf, relatedFile, repositoryPath, type FileReport } from './file-report.ts';
import { summaryLine } from './text.ts';

const commandOf: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/** A workflow command's message, escaped as GitHub's toolkit does (`escapeData` in @actions/core). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value, escaped as GitHub's toolkit does (`escapeProperty` in @actions/core). */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: string, properties: Record<string, string | number>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  // Escaping leaves no line breaks; other control characters from the file become visible escapes
  // so they cannot recolour or rewrite the workflow log.
  return terminalSafe(`::${name} ${props}::${escapeData(message)}`);
}

/**
 * GitHub Actions workflow commands, one annotation per finding on the line it is about
 * (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<code>::<message>`; infos are
 * `::notice`), related places as further lines of the message, an `::error` for each file that
 * could not be read, then the summary line as plain log text.
 */
export function formatGithub(reports: readonly FileReport[], cwd: string = process.cwd()): string {
  const lines: string[] = [];
  for (const report of reports) {
    if (report.error !== undefined) lines.push(command('error', { file: repositoryPath(report.file, cwd), title: 'Rungs could not read this file' }, report.error));
    for (const { file, diagnostic: d } of findingsOf([report])) {
      const related = (d.related ?? []).map((r) => `${repositoryPath(relatedFile(report, r), cwd)}:${r.line}:${r.column}: ${r.message}`);
      const message = [d.message, ...related].join('\n');
      const place = { file: repositoryPath(file, cwd), line: d.line, col: d.column, endLine: d.endLine, endColumn: d.endColumn, title: d.code };
      lines.push(command(commandOf[d.severity], place, message));
    }
  }
  lines.push(terminalSafe(summaryLine(reports)));
  return lines.join('\n') + '\n';
}

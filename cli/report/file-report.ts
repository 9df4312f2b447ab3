import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Diagnostic, RelatedLocation } from '../../core/index.ts';

/** What a checked file turned out to be: a framework (it has `tracks`) or a library it includes. */
export type FileKind = 'framework' | 'library';

/** One file's outcome: its diagnostics, or why it could not be read. Every report format takes a list of these. */
export interface FileReport {
  file: string;
  /** Absent when the file could not be read, so nobody knows. */
  kind?: FileKind;
  diagnostics: Diagnostic[];
  /** Set when the file could not be read (missing, a folder, binary, not UTF-8…). */
  error?: string;
}

/** A diagnostic with the file it is really in: an included library's problems name the library. */
export interface Finding {
  file: string;
  diagnostic: Diagnostic;
  /** The report that found it, whose file related places default to. */
  report: FileReport;
}

/** Every diagnostic of every report, in report order, each with its own file (`d.file ?? report.file`). */
export function findingsOf(reports: readonly FileReport[]): Finding[] {
  return reports.flatMap((report) => report.diagnostics.map((diagnostic) => ({ file: diagnostic.file ?? report.file, diagnostic, report })));
}

/** The file of a related place: its own when it names one, else the checked file (not the diagnostic's). */
export function relatedFile(report: FileReport, related: RelatedLocation): string {
  return related.file ?? report.file;
}

/**
 * A path as CI systems want it: relative to the folder the command ran in, with forward slashes,
 * so GitHub and GitLab can match it to the file in the repository. A path outside that folder
 * stays as it is (absolute, forward slashes), since `../` would point nowhere in the repository.
 */
export function repositoryPath(file: string, cwd: string = process.cwd()): string {
  if (file === '-') return file;
  const relative = path.relative(cwd, path.resolve(cwd, file));
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : path.resolve(cwd, file)).split(path.sep).join('/');
}

/**
 * Stable identities for findings, as code-scanning and code-quality tools use to tell a new
 * problem from one they have seen: a hash of file, code, JSON Pointer and message, and not of the
 * line, so adding text above a problem does not make it look new. Two findings that would hash
 * alike (the same problem reported twice at one node) get an occurrence number, so every
 * fingerprint in one report is distinct.
 */
export function fingerprints(findings: readonly Finding[], cwd: string = process.cwd()): string[] {
  const seen = new Map<string, number>();
  return findings.map(({ file, diagnostic: d }) => {
    const base = createHash('sha256').update([repositoryPath(file, cwd), d.code, d.path, d.message].join('\0')).digest('hex');
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return occurrence === 0 ? base : createHash('sha256').update(`${base}\0${occurrence}`).digest('hex');
  });
}

/**
 * Drops findings already reported: a library's problem is found by every framework that includes
 * it and by the library's own check, but a CI annotation or a code-quality entry should appear
 * once. The first report that found it keeps it.
 */
export function withoutRepeats(reports: readonly FileReport[]): FileReport[] {
  const seen = new Set<string>();
  return reports.map((report) => ({
    ...report,
    diagnostics: report.diagnostics.filter((d) => {
      const key = [path.resolve(d.file ?? report.file), d.code, d.path, d.line, d.column, d.message].join('\0');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  }));
}

import type { Severity } from '../../core/index.ts';
import { jsonTerminalSafe } from '../terminal.ts';
import { fingerprints, findingsOf, repositoryPath, type FileReport } from './file-report.ts';

/** GitLab Code Quality severities: info, minor, major, critical, blocker. */
export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/**
 * Errors are `major`: they block exports and fail the pipeline, but they are faults in a document,
 * not the security or data-loss problems `critical` and `blocker` are kept for. Warnings are
 * `minor`; infos (advice) are `info`.
 */
export const codeQualitySeverity: Record<Severity, CodeQualitySeverity> = { error: 'major', warning: 'minor', info: 'info' };

/** One entry of a GitLab Code Quality report. */
export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: CodeQualitySeverity;
  location: { path: string; lines: { begin: number } };
}

/** The Code Quality entries, one per finding, in the file it is in (a library's problems name the library). */
export function codeQualityIssues(reports: readonly FileReport[], cwd: string = process.cwd()): CodeQualityIssue[] {
  const findings = findingsOf(reports);
  const prints = fingerprints(findings, cwd);
  return findings.map(({ file, diagnostic: d }, i) => ({
    description: d.message,
    check_name: d.code,
    fingerprint: prints[i]!,
    severity: codeQualitySeverity[d.severity],
    location: { path: repositoryPath(file, cwd), lines: { begin: d.line } },
  }));
}

/** The report as the JSON array `--format gitlab` prints (GitLab reads it as `artifacts:reports:codequality`). */
export function formatGitlab(reports: readonly FileReport[], cwd: string = process.cwd()): string {
  return jsonTerminalSafe(JSON.stringify(codeQualityIssues(reports, cwd), null, 2)) + '\n';
}

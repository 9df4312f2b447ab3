import type { Diagnostic, Severity } from '../../core/diagnostics.ts';

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; in file order within each. */
export function sortProblems(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => severityRank[a.severity] - severityRank[b.severity] || a.line - b.line || a.column - b.column);
}

import type { DiagnosticCode } from './diagnostic-codes.ts';
import type { SourceRange } from './positions.ts';

/** How serious a problem is: errors block exports, warnings fail `--strict`, info is advice. */
export type Severity = 'error' | 'warning' | 'info';

/** Another place that belongs to the same finding (Monaco related information, SARIF related locations). */
export interface RelatedLocation extends SourceRange {
  /** The file of this place when it is not the checked file (see Diagnostic.file). */
  file?: string;
  /** JSON Pointer of the related node. */
  path: string;
  /** What this place is, in a few words ("copied from `engineer-1`"). */
  message: string;
}

/**
 * One problem found in a framework file, in the shape every consumer (CLI, Monaco markers,
 * problems panel, JSON output) shares. Positions are 1-based, as editors count them; the end
 * is exclusive of the last column, like Monaco's ranges.
 */
export interface Diagnostic {
  /** Stable code such as `yaml/syntax`, `schema/required` or `ref/unknown-level` (see diagnostic-codes.ts). */
  code: DiagnosticCode;
  severity: Severity;
  /** Plain words for an engineering manager, never a stack trace. */
  message: string;
  /**
   * The file the problem is in, as the command or studio named it, when that is not the file
   * being checked (an included library). Absent for the checked file itself.
   */
  file?: string;
  /** JSON Pointer into the document of the node the problem is about ('' for the whole file). */
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Optional machine-readable hints, e.g. ids a quick fix could offer. */
  data?: DiagnosticData;
  /** Other places that are part of the same problem, such as every copied bullet of one role. */
  related?: RelatedLocation[];
}

/** Hints that let editors offer quick fixes without re-deriving them. */
export interface DiagnosticData {
  /** Candidate replacement values, nearest first (for unknown references and misspelt keys). */
  suggestions?: string[];
  /** Dimension ids a role is missing (for `coverage/missing-dimension`). */
  missingDimensions?: string[];
  /** True when the marked node can simply be deleted (e.g. a bullet repeated under another dimension). */
  removable?: boolean;
  /** What to write instead, in words, when no mechanical replacement exists (e.g. for a vague phrase). */
  advice?: string;
}

/** What every core step returns: a value when one could be produced, and what went wrong. */
export interface Result<T> {
  value?: T;
  diagnostics: Diagnostic[];
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Orders diagnostics by file (the checked file first), position, severity, then code, so every output is stable. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file === b.file ? 0 : a.file === undefined ? -1 : b.file === undefined ? 1 : a.file < b.file ? -1 : 1) ||
    a.line - b.line ||
    a.column - b.column ||
    severityRank[a.severity] - severityRank[b.severity] ||
    a.code.localeCompare(b.code) ||
    a.message.localeCompare(b.message)
  );
}

/** Counts diagnostics by severity, for summaries and status bars. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity] += 1;
  return counts;
}

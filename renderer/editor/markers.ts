import { docsUrl } from '../../core/diagnostic-codes.ts';
import type { Diagnostic, Severity } from '../../core/diagnostics.ts';

/** Monaco's MarkerSeverity values, repeated here so this mapping stays testable without a DOM. */
export const markerSeverity: Record<Severity, number> = { error: 8, warning: 4, info: 2 };

/** Another place of the same problem, as Monaco's related information. */
export interface RelatedInformation<U> {
  resource: U;
  message: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/** Monaco marker data, in the shape `monaco.editor.setModelMarkers` accepts. */
export interface MarkerData<U = never> {
  severity: number;
  message: string;
  /** The code, or the code with a link to its documentation (Monaco shows it in the hover). */
  code: string | { value: string; target: U };
  relatedInformation?: RelatedInformation<U>[];
  source: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/** The marker owner for everything core reports; monaco-yaml never writes markers (validate off). */
export const markerOwner = 'rungs';

/**
 * Core diagnostics as Monaco markers. Positions are already 1-based and end-exclusive like
 * Monaco's; an empty span is widened to one character so the squiggle stays visible.
 */
export function diagnosticsToMarkers(diagnostics: readonly Diagnostic[]): MarkerData[];
/**
 * With `links` (the model's URI and Monaco's `Uri.parse`), each code links to its documentation
 * and a finding's related places (each copied bullet of one role) become related information.
 */
export function diagnosticsToMarkers<U>(diagnostics: readonly Diagnostic[], links: { resource: U; toUri(url: string): U }): MarkerData<U>[];
export function diagnosticsToMarkers<U>(diagnostics: readonly Diagnostic[], links?: { resource: U; toUri(url: string): U }): MarkerData<U>[] {
  return diagnostics.map((d) => {
    const line = Math.max(1, d.line);
    const column = Math.max(1, d.column);
    let endLine = Math.max(line, d.endLine);
    let endColumn = Math.max(1, d.endColumn);
    if (endLine === line && endColumn <= column) endColumn = column + 1;
    if (endLine < line) endLine = line;
    return {
      severity: markerSeverity[d.severity],
      message: d.message,
      code: links ? { value: d.code, target: links.toUri(docsUrl(d.code)) } : d.code,
      ...(links && d.related && d.related.length > 0
        ? {
            relatedInformation: d.related.map((r) => ({
              resource: links.resource,
              message: r.message,
              startLineNumber: r.line,
              startColumn: r.column,
              endLineNumber: r.endLine,
              endColumn: Math.max(r.endColumn, r.endLine === r.line ? r.column + 1 : 1),
            })),
          }
        : {}),
      source: 'Rungs',
      startLineNumber: line,
      startColumn: column,
      endLineNumber: endLine,
      endColumn,
    };
  });
}

/** True when a marker Monaco hands back (e.g. to a code action provider) came from this diagnostic. */
export function markerMatches(
  marker: { code?: string | { value: string } | undefined; startLineNumber: number; startColumn: number },
  diagnostic: Diagnostic,
): boolean {
  const code = typeof marker.code === 'string' ? marker.code : marker.code?.value;
  return code === diagnostic.code && marker.startLineNumber === Math.max(1, diagnostic.line) && marker.startColumn === Math.max(1, diagnostic.column);
}

/** Diagnostics together with the Monaco model version whose text they were computed from. */
export interface VersionedDiagnostics {
  version: number;
  diagnostics: readonly Diagnostic[];
}

/**
 * The diagnostics that hold for the model at `version`, or none. Markers keep their old
 * positions while the user types, so a quick fix computed from an older check would edit a
 * stale range (typing L9 → L99 and pressing Ctrl+. at once would leave a stray 9). Quick fixes
 * wait for the check of the text as it is now.
 */
export function diagnosticsAt(checked: VersionedDiagnostics | undefined, version: number): readonly Diagnostic[] {
  return checked?.version === version ? checked.diagnostics : [];
}

import type { Diagnostic, Severity } from '../../core/diagnostics.ts';

/** Monaco's MarkerSeverity values, repeated here so this mapping stays testable without a DOM. */
export const markerSeverity: Record<Severity, number> = { error: 8, warning: 4, info: 2 };

/** Monaco marker data, in the shape `monaco.editor.setModelMarkers` accepts. */
export interface MarkerData {
  severity: number;
  message: string;
  code: string;
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
export function diagnosticsToMarkers(diagnostics: readonly Diagnostic[]): MarkerData[] {
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
      code: d.code,
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

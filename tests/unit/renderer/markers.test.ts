import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../core/diagnostics.ts';
import { diagnosticsAt, diagnosticsToMarkers, markerMatches, markerSeverity } from '../../../renderer/editor/markers.ts';

const diagnostic = (over: Partial<Diagnostic> = {}): Diagnostic => ({
  code: 'ref/unknown-level',
  severity: 'error',
  message: 'Role `em` is on level `L9`, which is not defined in `levels`.',
  path: '/tracks/0/roles/0/level',
  line: 12,
  column: 16,
  endLine: 12,
  endColumn: 18,
  ...over,
});

describe('diagnostics as Monaco markers', () => {
  it('keeps position, message and code, with Monaco severities', () => {
    const [marker] = diagnosticsToMarkers([diagnostic()]);
    expect(marker).toEqual({
      severity: 8,
      message: 'Role `em` is on level `L9`, which is not defined in `levels`.',
      code: 'ref/unknown-level',
      source: 'Rungs',
      startLineNumber: 12,
      startColumn: 16,
      endLineNumber: 12,
      endColumn: 18,
    });
    expect(diagnosticsToMarkers([diagnostic({ severity: 'warning' }), diagnostic({ severity: 'info' })]).map((m) => m.severity)).toEqual([
      markerSeverity.warning,
      markerSeverity.info,
    ]);
  });

  it('widens an empty span to one character so the squiggle is visible', () => {
    const [marker] = diagnosticsToMarkers([diagnostic({ line: 1, column: 1, endLine: 1, endColumn: 1 })]);
    expect(marker).toMatchObject({ startColumn: 1, endColumn: 2 });
  });

  it('matches a marker back to the diagnostic it came from', () => {
    const d = diagnostic();
    const [marker] = diagnosticsToMarkers([d]);
    expect(markerMatches(marker!, d)).toBe(true);
    expect(markerMatches({ ...marker!, code: { value: 'ref/unknown-level' } }, d)).toBe(true);
    expect(markerMatches({ ...marker!, startLineNumber: 13 }, d)).toBe(false);
    expect(markerMatches({ ...marker!, code: 'schema/type' }, d)).toBe(false);
  });
});

describe('quick fixes use only diagnostics of the current text', () => {
  it('offers none while a check of newer text is pending', () => {
    const checked = { version: 7, diagnostics: [diagnostic()] };
    expect(diagnosticsAt(checked, 7)).toEqual([diagnostic()]);
    // The user typed L9 → L99: the model moved to version 8, the markers still say L9's range.
    expect(diagnosticsAt(checked, 8)).toEqual([]);
    expect(diagnosticsAt(undefined, 1)).toEqual([]);
  });
});

import type { Diagnostic } from '../../core/diagnostics.ts';
import type { SourceRange } from '../../core/positions.ts';
import type { TrackKind } from '../../core/model/index.ts';

/** What the preview shows: the full rubric, or only the parity matrix. */
export type PreviewView = 'rubric' | 'parity';

/** Sent to the check worker on each (debounced) edit. */
export interface CheckRequest {
  /** Increases with every request, so late answers to old text are dropped. */
  id: number;
  text: string;
  view: PreviewView;
}

export interface OutlineRole {
  id: string;
  title: string;
  levelId: string;
  /** The role's lines, for revealing and selecting it in the editor. */
  range: SourceRange;
  /** Just the role's first line, for placing the cursor. */
  head: SourceRange;
}

export interface OutlineTrack {
  id: string;
  name: string;
  kind: TrackKind;
  range: SourceRange;
  head: SourceRange;
  roles: OutlineRole[];
}

/** The worker's answer: everything the UI needs, computed off the UI thread. */
export interface CheckResult {
  id: number;
  diagnostics: Diagnostic[];
  /** The preview document (self-contained HTML whose CSP forbids scripts), or '' when nothing could be read. */
  html: string;
  /** The view `html` shows. */
  view: PreviewView;
  outline: OutlineTrack[];
  /** How long the check and render took in the worker, in milliseconds. */
  checkMs: number;
  renderMs: number;
}

/** The worker reports an unexpected failure instead of going silent. */
export interface CheckFailure {
  id: number;
  failure: string;
}

export type CheckResponse = CheckResult | CheckFailure;

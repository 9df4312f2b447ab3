import type { Diagnostic } from '../../core/diagnostics.ts';
import type { SourceRange } from '../../core/positions.ts';
import type { TrackKind } from '../../core/model/index.ts';
import type { ExportFormatId, ExportSettings } from '../../core/render/index.ts';
import type { IdIndex } from '../editor/id-index.ts';
import type { HostKind, IncludedFile, LibraryProblem } from '../../host-api/api.ts';

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
  /** Just the role's first line. */
  head: SourceRange;
  /** The role's `title` key (its first line when it has none): where a click puts the cursor. */
  titleKey: SourceRange;
}

export interface OutlineTrack {
  id: string;
  name: string;
  kind: TrackKind;
  range: SourceRange;
  head: SourceRange;
  roles: OutlineRole[];
}

/**
 * The worker's first answer to a request: what the editor, the problems panel and the outline
 * need, posted as soon as the check is done so markers never wait for the id index or the preview.
 */
export interface CheckResult {
  id: number;
  part: 'check';
  diagnostics: Diagnostic[];
  outline: OutlineTrack[];
  /** How long the check (and outline) took in the worker, in milliseconds. */
  checkMs: number;
}

/**
 * The worker's next answer, posted right after the CheckResult: the ids the text defines and where
 * it refers to them, for completion and navigation. Placing every reference costs as much as a
 * third of a check on a large file, so markers do not wait for it.
 */
export interface IdsResult {
  id: number;
  part: 'ids';
  ids: IdIndex;
}

/**
 * The worker's second answer to the same request: the preview. Never posted before that request's
 * CheckResult, and skipped by the worker when a newer request is already waiting.
 */
export interface PreviewResult {
  id: number;
  part: 'preview';
  /** The preview document (self-contained HTML whose CSP forbids scripts), or '' when nothing could be read. */
  html: string;
  /** The view `html` shows. */
  view: PreviewView;
  /** How long rendering the preview took in the worker, in milliseconds. */
  renderMs: number;
}

/** The worker reports an unexpected failure instead of going silent. */
export interface CheckFailure {
  id: number;
  failure: string;
}

export type CheckResponse = CheckResult | IdsResult | PreviewResult | CheckFailure;

/**
 * Sent to the check worker when a document opens: its name and the libraries the host read with
 * it, which every later check and export of a file with `include` reads (and nothing else).
 */
export interface LibrariesMessage {
  kind: 'libraries';
  /** The document's file name: includes resolve relative to it. */
  document: string;
  libraries: IncludedFile[];
  /** Includes the host refused or could not read, reported as the command line reports them. */
  problems: LibraryProblem[];
  /** Which host opened it, for the advice when a library is missing. */
  host: HostKind;
}

/**
 * Sent to the check worker to export: it runs core's export service on the model it built for
 * this text (checking it first only if the text is not the one it last checked).
 */
export interface ExportJob {
  kind: 'export';
  /** Its own numbering, apart from check requests, to match the answer. */
  exportId: number;
  text: string;
  settings: ExportSettings;
}

/** The worker's answer to an ExportJob: the file content, the page to print for PDF, or why not. */
export type ExportAnswer = { exportId: number } & (
  | { ok: true; format: ExportFormatId; data: string }
  | { ok: true; format: ExportFormatId; printHtml: string }
  | { ok: false; message: string }
);

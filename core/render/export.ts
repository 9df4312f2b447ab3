import type { CheckResult } from '../check.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { Framework } from '../model/index.ts';
import { renderCsv } from './csv.ts';
import { renderHtml } from './html.ts';
import { renderJson } from './json.ts';
import { renderMarkdown } from './markdown.ts';
import type { RenderOptions } from './options.ts';
import { unknownTrackIds } from './select.ts';

/** The exports that are text. PDF is printed from `printInput` by a browser, so it is not here. */
export type TextExportFormat = 'html' | 'md' | 'csv' | 'json';

/** The text formats, in the order menus and help list them. */
export const textExportFormats: readonly TextExportFormat[] = ['html', 'md', 'csv', 'json'];

/** File extension (without the dot) and MIME type of each text format. */
export const textExportFileTypes: Readonly<Record<TextExportFormat, { extension: string; mimeType: string }>> = {
  html: { extension: 'html', mimeType: 'text/html' },
  md: { extension: 'md', mimeType: 'text/markdown' },
  csv: { extension: 'csv', mimeType: 'text/csv' },
  json: { extension: 'json', mimeType: 'application/json' },
};

/** One rendered export: the text to write, and how to name and label the file. */
export interface RenderedExport {
  text: string;
  /** Without the dot, e.g. `md`. */
  extension: string;
  mimeType: string;
}

/**
 * Renders a framework in one text format. The one place that maps a format to its renderer, so
 * the CLI, the desktop app and the browser build cannot drift apart.
 */
export function renderExport(format: TextExportFormat, framework: Framework, options: RenderOptions = {}): RenderedExport {
  const type = textExportFileTypes[format];
  switch (format) {
    case 'html':
      return { text: renderHtml(framework, options), ...type };
    case 'md':
      return { text: renderMarkdown(framework, options), ...type };
    case 'csv':
      return { text: renderCsv(framework, options), ...type };
    case 'json':
      return { text: renderJson(framework, options), ...type };
  }
}

/** Why an export is refused, with plain words for the user and the facts a caller may need. */
export type ExportBlocker =
  | { kind: 'errors'; message: string; count: number; first: Diagnostic }
  | { kind: 'unknown-tracks'; message: string; unknown: string[]; valid: string[] };

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * The reasons not to export a checked framework, empty when it may be exported: errors in it (an
 * export goes onto a wiki for everyone to read, so a broken ladder is refused, naming where the
 * first error is), and track ids asked for that it does not define (exporting nothing for them
 * would look like a successful, empty rubric). Callers add their own hint on what to do next
 * (the Problems panel, `--force`), since that differs between the studio and the CLI.
 */
export function exportBlockers(check: Pick<CheckResult, 'framework' | 'diagnostics'>, tracks?: readonly string[]): ExportBlocker[] {
  const blockers: ExportBlocker[] = [];
  const errors = check.diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0];
  if (first) {
    const count = errors.length;
    blockers.push({
      kind: 'errors',
      count,
      first,
      message: `This framework has ${count === 1 ? 'an error' : `${count} errors`}, so it was not exported. The first is on line ${first.line}, column ${first.column}: ${sentence(first.message)}`,
    });
  }
  const unknown = tracks ? unknownTrackIds(check.framework, tracks) : [];
  if (unknown.length > 0) {
    const valid = check.framework.tracks.map((t) => t.id);
    const what = unknown.length === 1 ? `There is no track called ${unknown[0]}.` : `There are no tracks called ${unknown.join(', ')}.`;
    blockers.push({
      kind: 'unknown-tracks',
      unknown,
      valid,
      message: `${what} ${valid.length > 0 ? `Use one of: ${valid.join(', ')}.` : 'This framework has no tracks yet.'}`,
    });
  }
  return blockers;
}

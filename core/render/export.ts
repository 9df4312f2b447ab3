import type { CheckResult } from '../check.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { Framework } from '../model/index.ts';
import { renderCsv } from './csv.ts';
import { renderHtml } from './html.ts';
import { renderJson } from './json.ts';
import { renderMarkdown } from './markdown.ts';
import type { ChangesSince, RenderOptions } from './options.ts';
import { printInput, type PrintInput } from './print.ts';
import { unknownTrackIds } from './select.ts';

/** The options an export may take; each format lists the ones it honours. */
export type ExportOptionName = 'tracks' | 'paper' | 'changesSince' | 'pictures';

interface FormatCommon<Id extends string> {
  id: Id;
  /** What the studio's menus and dialogs call it. */
  label: string;
  /** File name extensions without the dot; the first is the one Rungs writes. */
  extensions: readonly [string, ...string[]];
  /** Other names the CLI's --format accepts. */
  aliases: readonly string[];
  mimeType: string;
  options: readonly ExportOptionName[];
}

/** A format rendered to text by core itself. */
interface TextFormat<Id extends string> extends FormatCommon<Id> {
  content: 'text';
  render(framework: Framework, options: RenderOptions): string;
}

/** A format printed by a browser engine from the print input (PDF). */
interface PrintedFormat<Id extends string> extends FormatCommon<Id> {
  content: 'binary';
  printed: true;
}

/**
 * Turns the print input into PDF bytes: Chromium through playwright-core in the CLI,
 * `printToPDF` in Electron, the print dialog in a browser (which hands the PDF to the user
 * itself, so it returns null).
 */
export interface Printer {
  print(input: PrintInput): Promise<Uint8Array | null>;
}

/**
 * The formats Rungs exports, in the order menus and help list them: the one table every shell
 * reads (CLI flags and file extensions, the studio's dialogs, MIME types for downloads, the IPC
 * argument check). Adding a format is one entry here.
 */
export const exportFormats = [
  { id: 'html', label: 'Web page', extensions: ['html', 'htm'], aliases: [], mimeType: 'text/html', content: 'text', options: ['tracks', 'paper', 'changesSince'], render: renderHtml },
  { id: 'pdf', label: 'PDF document', extensions: ['pdf'], aliases: [], mimeType: 'application/pdf', content: 'binary', options: ['tracks', 'paper', 'changesSince'], printed: true },
  { id: 'md', label: 'Markdown', extensions: ['md', 'markdown'], aliases: ['markdown'], mimeType: 'text/markdown', content: 'text', options: ['tracks', 'pictures'], render: renderMarkdown },
  { id: 'csv', label: 'CSV spreadsheet', extensions: ['csv'], aliases: [], mimeType: 'text/csv', content: 'text', options: ['tracks'], render: renderCsv },
  { id: 'json', label: 'JSON data', extensions: ['json'], aliases: [], mimeType: 'application/json', content: 'text', options: ['tracks'], render: renderJson },
] as const satisfies readonly (TextFormat<string> | PrintedFormat<string>)[];

export type ExportFormatId = (typeof exportFormats)[number]['id'];
export type ExportFormatInfo = TextFormat<ExportFormatId> | PrintedFormat<ExportFormatId>;

/** The format ids, in table order. */
export const exportFormatIds: readonly ExportFormatId[] = exportFormats.map((f) => f.id);

/** The table entry for a format id. */
export function exportFormat(id: ExportFormatId): ExportFormatInfo {
  const format = (exportFormats as readonly ExportFormatInfo[]).find((f) => f.id === id);
  if (!format) throw new Error(`Unknown export format ${id}`);
  return format;
}

/** The format a user named (`md`, `Markdown`…), or undefined when there is none by that name. */
export function exportFormatNamed(name: string): ExportFormatId | undefined {
  const wanted = name.trim().toLowerCase();
  return (exportFormats as readonly ExportFormatInfo[]).find((f) => f.id === wanted || f.aliases.includes(wanted))?.id;
}

/** The format a file name asks for by its extension (`rubric.htm` → html), if any. */
export function exportFormatForFile(fileName: string): ExportFormatId | undefined {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === undefined) return undefined;
  return (exportFormats as readonly ExportFormatInfo[]).find((f) => (f.extensions as readonly string[]).includes(extension))?.id;
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

export interface ExportSettings {
  format: ExportFormatId;
  /** Track ids to include, in the framework's order; all tracks when omitted or empty. */
  tracks?: readonly string[];
  paper?: 'a4' | 'letter';
  /** An earlier version to report changes against, for the formats that list `changesSince`. */
  changesSince?: ChangesSince;
  /** Markdown: the skills map and radars, inline or as SVG files beside the page (see RenderOptions). */
  pictures?: RenderOptions['pictures'];
  /** Export despite errors in the framework (never despite unknown track ids). */
  force?: boolean;
}

export type ExportResult =
  | {
      ok: true;
      format: ExportFormatInfo;
      /** Text for text formats, bytes for PDF; null when the printer delivered it itself (print dialog). */
      data: string | Uint8Array | null;
      /** Errors exported anyway because of `force`; empty otherwise. */
      forced: ExportBlocker[];
    }
  | { ok: false; reason: 'blocked'; blockers: ExportBlocker[]; message: string }
  | { ok: false; reason: 'print-failed'; message: string };

/**
 * The one export function every shell calls (CLI, Electron main, browser host): a checked
 * framework plus settings in, the file content out, or the reasons it may not be exported.
 * PDF goes through the shell's `printer`. It never trusts a caller's earlier check of blockers.
 */
export async function exportFramework(check: Pick<CheckResult, 'framework' | 'diagnostics'>, settings: ExportSettings, printer?: Printer): Promise<ExportResult> {
  const format = exportFormat(settings.format);
  const tracks = settings.tracks && settings.tracks.length > 0 ? [...settings.tracks] : undefined;
  const blockers = exportBlockers(check, tracks);
  const stopping = blockers.filter((b) => b.kind === 'unknown-tracks' || !settings.force);
  if (stopping.length > 0) return { ok: false, reason: 'blocked', blockers, message: stopping.map((b) => b.message).join(' ') };
  const options: RenderOptions = {};
  if (tracks) options.tracks = tracks;
  if (settings.paper && format.options.includes('paper')) options.paper = settings.paper;
  if (settings.changesSince && format.options.includes('changesSince')) options.changesSince = settings.changesSince;
  if (settings.pictures && format.options.includes('pictures')) options.pictures = settings.pictures;
  if (format.content === 'text') return { ok: true, format, data: format.render(check.framework, options), forced: blockers };
  if (!printer) return { ok: false, reason: 'print-failed', message: `${format.label} needs a printer, and none was given.` };
  try {
    return { ok: true, format, data: await printer.print(printInput(check.framework, options)), forced: blockers };
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return { ok: false, reason: 'print-failed', message: `The ${format.label} could not be printed: ${reason}` };
  }
}

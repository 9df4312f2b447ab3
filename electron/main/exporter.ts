import type { ExportFormat, ExportOutcome, ExportProgress, ExportRequest } from '../../host-api/api.ts';
import { checkFramework } from '../../core/check.ts';
import type { Framework } from '../../core/model/index.ts';
import { exportBlockers, printInput, renderExport as renderText, type PrintInput, type RenderOptions } from '../../core/render/index.ts';
import { atomicWrite, type WriteSteps } from '../../node/atomic-write.ts';

/** Turns the print input into PDF bytes; the IPC layer injects Electron's printToPDF here. */
export type PrintToPdf = (input: PrintInput) => Promise<Uint8Array>;

export const exportFileTypes: Record<ExportFormat, { extension: string; label: string }> = {
  html: { extension: 'html', label: 'Web page' },
  pdf: { extension: 'pdf', label: 'PDF document' },
  md: { extension: 'md', label: 'Markdown' },
  csv: { extension: 'csv', label: 'CSV spreadsheet' },
  json: { extension: 'json', label: 'JSON data' },
};

export type Checked = { ok: true; framework: Framework; options: RenderOptions } | { ok: false; message: string };

/**
 * Checks the text again in main, whatever the renderer believed: an export goes onto a wiki for
 * everyone to read, so a framework with errors is refused with a message saying how many and where
 * the first one is, and unknown track ids are named.
 */
export function checkForExport(request: ExportRequest): Checked {
  const check = checkFramework(request.text);
  const tracks = request.tracks && request.tracks.length > 0 ? request.tracks : undefined;
  const [blocker] = exportBlockers(check, tracks);
  if (blocker) {
    const hint = blocker.kind === 'errors' ? ` Fix ${blocker.count === 1 ? 'it' : 'them'} in the Problems panel first.` : '';
    return { ok: false, message: `${blocker.message}${hint}` };
  }
  const options: RenderOptions = {};
  if (tracks) options.tracks = tracks;
  if (request.paper) options.paper = request.paper;
  return { ok: true, framework: check.framework, options };
}

/** Renders a checked framework in the requested format. */
export async function renderExport(
  format: ExportFormat,
  checked: { framework: Framework; options: RenderOptions },
  print: PrintToPdf,
  onProgress: (progress: ExportProgress) => void = () => {},
): Promise<string | Uint8Array> {
  const { framework, options } = checked;
  if (format !== 'pdf') return renderText(format, framework, options).text;
  onProgress({ format, fraction: 0.1, stage: 'Laying out the rubric' });
  const input = printInput(framework, options);
  onProgress({ format, fraction: 0.3, stage: 'Printing pages' });
  const bytes = await print(input);
  onProgress({ format, fraction: 0.9, stage: 'Writing the file' });
  return bytes;
}

export interface ExportDeps {
  print: PrintToPdf;
  onProgress?: (progress: ExportProgress) => void;
  steps?: WriteSteps;
}

/**
 * The whole export to a path the user picked in a Save dialog: check, render, write atomically
 * (an export that fails halfway never leaves a truncated file where a good one was).
 */
export async function exportToFile(request: ExportRequest, target: string, deps: ExportDeps): Promise<ExportOutcome> {
  const checked = checkForExport(request);
  if (!checked.ok) return { ok: false, cancelled: false, message: checked.message };
  let data: string | Uint8Array;
  try {
    data = await renderExport(request.format, checked, deps.print, deps.onProgress);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, cancelled: false, message: `The ${request.format.toUpperCase()} export failed: ${reason}` };
  }
  const written = await atomicWrite(target, data, { steps: deps.steps });
  if (!written.ok) return { ok: false, cancelled: false, message: written.message };
  deps.onProgress?.({ format: request.format, fraction: 1, stage: 'Done' });
  return { ok: true, displayPath: target };
}

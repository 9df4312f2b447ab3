import type { ExportOutcome, ExportProgress, ExportRequest } from '../../host-api/api.ts';
import { checkFramework, type CheckResult } from '../../core/check.ts';
import { exportBlockers, exportFramework, type PrintInput, type Printer } from '../../core/render/index.ts';
import { atomicWrite, type WriteSteps } from '../../node/atomic-write.ts';

/** Turns the print input into PDF bytes; the IPC layer injects Electron's printToPDF here. */
export type PrintToPdf = (input: PrintInput) => Promise<Uint8Array>;

export type Checked = { ok: true; check: CheckResult } | { ok: false; message: string };

/** The message of the first blocker, with the studio's hint on what to do about errors. */
function refusal(blocker: { kind: string; message: string; count?: number }): string {
  const hint = blocker.kind === 'errors' ? ` Fix ${blocker.count === 1 ? 'it' : 'them'} in the Problems panel first.` : '';
  return `${blocker.message}${hint}`;
}

/**
 * Checks the text again in main, whatever the renderer believed: an export goes onto a wiki for
 * everyone to read, so a framework with errors is refused with a message saying how many and where
 * the first one is, and unknown track ids are named. Run before the Save dialog opens, so the user
 * is not asked where to save something that will be refused.
 */
export function checkForExport(request: ExportRequest): Checked {
  const check = checkFramework(request.text);
  const [blocker] = exportBlockers(check, request.tracks && request.tracks.length > 0 ? request.tracks : undefined);
  return blocker ? { ok: false, message: refusal(blocker) } : { ok: true, check };
}

export interface ExportDeps {
  print: PrintToPdf;
  onProgress?: (progress: ExportProgress) => void;
  steps?: WriteSteps;
}

/**
 * The whole export to a path the user picked in a Save dialog: check, render through core's export
 * service, write atomically (an export that fails halfway never leaves a truncated file where a
 * good one was).
 */
export async function exportToFile(request: ExportRequest, target: string, deps: ExportDeps, checked = checkForExport(request)): Promise<ExportOutcome> {
  if (!checked.ok) return { ok: false, cancelled: false, message: checked.message };
  const progress = (fraction: number, stage: string) => deps.onProgress?.({ format: request.format, fraction, stage });
  const printer: Printer = {
    async print(input) {
      progress(0.3, 'Printing pages');
      const bytes = await deps.print(input);
      progress(0.9, 'Writing the file');
      return bytes;
    },
  };
  if (request.format === 'pdf') progress(0.1, 'Laying out the rubric');
  const result = await exportFramework(
    checked.check,
    { format: request.format, ...(request.tracks ? { tracks: request.tracks } : {}), ...(request.paper ? { paper: request.paper } : {}) },
    printer,
  );
  if (!result.ok) {
    const message = result.reason === 'blocked' && result.blockers[0] ? refusal(result.blockers[0]) : result.message;
    return { ok: false, cancelled: false, message };
  }
  if (result.data === null) return { ok: false, cancelled: false, message: `The ${result.format.label} came back empty from the printer.` };
  const written = await atomicWrite(target, result.data, { steps: deps.steps });
  if (!written.ok) return { ok: false, cancelled: false, message: written.message };
  progress(1, 'Done');
  return { ok: true, displayPath: target };
}

import type { ExportRequest } from '../../host-api/api.ts';
import type { ExportFormatInfo } from '../../core/render/index.ts';
import { printHtml } from './print.ts';

export type BrowserExport = { ok: true; format: ExportFormatInfo; data: string | null } | { ok: false; message: string };

/**
 * Exports through core's export service, as the desktop app and the CLI do. It runs the pipeline
 * again on the text to export (never trusting what the preview shows), and is loaded on first
 * export, so the studio starts without it. The browser's printer is its print dialog ("Save as
 * PDF"), which hands the PDF to the user itself.
 */
export async function exportInBrowser(request: ExportRequest): Promise<BrowserExport> {
  const [{ checkFramework }, render] = await Promise.all([import('../../core/check.ts'), import('../../core/render/index.ts')]);
  const result = await render.exportFramework(
    checkFramework(request.text),
    { format: request.format, ...(request.tracks ? { tracks: request.tracks } : {}), ...(request.paper ? { paper: request.paper } : {}) },
    {
      async print(input) {
        await printHtml(input.html);
        return null;
      },
    },
  );
  if (!result.ok) {
    const blocker = result.reason === 'blocked' ? result.blockers[0] : undefined;
    const hint = blocker?.kind === 'errors' ? ` Fix ${blocker.count === 1 ? 'it' : 'them'} first (see Problems), then export again.` : '';
    return { ok: false, message: `${blocker?.message ?? result.message}${hint}` };
  }
  if (result.data instanceof Uint8Array) return { ok: false, message: 'This browser cannot save a PDF file directly: use the print dialog.' };
  return { ok: true, format: result.format, data: result.data };
}

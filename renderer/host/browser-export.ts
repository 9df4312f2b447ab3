import type { ExportFormat, ExportRequest } from '../../host-api/api.ts';

export const exportExtensions: Record<ExportFormat, string> = { html: 'html', pdf: 'pdf', md: 'md', csv: 'csv', json: 'json' };
export const exportMimeTypes: Record<ExportFormat, string> = {
  html: 'text/html',
  pdf: 'application/pdf',
  md: 'text/markdown',
  csv: 'text/csv',
  json: 'application/json',
};

export type ExportContent = { ok: true; text: string } | { ok: false; message: string };

/**
 * Runs the core pipeline again on the text to export (never trusting what the preview shows)
 * and renders the requested format. Loaded on first export, so the studio starts without it.
 * PDF is rendered as HTML here: the browser's print dialog turns it into a PDF.
 */
export async function renderExport(request: ExportRequest): Promise<ExportContent> {
  const [{ checkFramework }, render] = await Promise.all([import('../../core/check.ts'), import('../../core/render/index.ts')]);
  const check = checkFramework(request.text);
  const tracks = request.tracks && request.tracks.length > 0 ? request.tracks : undefined;
  const [blocker] = render.exportBlockers(check, tracks);
  if (blocker) {
    const hint = blocker.kind === 'errors' ? ` Fix ${blocker.count === 1 ? 'it' : 'them'} first (see Problems), then export again.` : '';
    return { ok: false, message: `${blocker.message}${hint}` };
  }
  const options = { tracks, paper: request.paper };
  // The browser prints a PDF from the HTML rubric through its own print dialog.
  return { ok: true, text: render.renderExport(request.format === 'pdf' ? 'html' : request.format, check.framework, options).text };
}

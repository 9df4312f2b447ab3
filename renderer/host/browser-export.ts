import type { ExportFormat, ExportRequest } from '../../electron/api.ts';

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
  const { framework, diagnostics } = checkFramework(request.text);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) {
    return {
      ok: false,
      message: `This framework has ${errors === 1 ? 'one error' : `${errors} errors`}. Fix ${errors === 1 ? 'it' : 'them'} first (see Problems), then export again.`,
    };
  }
  const options = { tracks: request.tracks, paper: request.paper };
  switch (request.format) {
    case 'html':
    case 'pdf':
      return { ok: true, text: render.renderHtml(framework, options) };
    case 'md':
      return { ok: true, text: render.renderMarkdown(framework, options) };
    case 'csv':
      return { ok: true, text: render.renderCsv(framework, options) };
    case 'json':
      return { ok: true, text: render.renderJson(framework, options) };
  }
}

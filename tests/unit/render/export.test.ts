import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFramework } from '../../../core/index.ts';
import { exportBlockers, renderCsv, renderExport, renderHtml, renderJson, renderMarkdown, textExportFormats } from '../../../core/render/index.ts';

const dual = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/valid/dual-track.yaml'), 'utf8');

describe('renderExport', () => {
  it('dispatches every text format to its renderer, with the file extension and MIME type', () => {
    const { framework } = checkFramework(dual);
    const options = { tracks: ['ic'], paper: 'letter' as const };
    expect(textExportFormats).toEqual(['html', 'md', 'csv', 'json']);
    expect(renderExport('html', framework, options)).toEqual({ text: renderHtml(framework, options), extension: 'html', mimeType: 'text/html' });
    expect(renderExport('md', framework, options)).toEqual({ text: renderMarkdown(framework, options), extension: 'md', mimeType: 'text/markdown' });
    expect(renderExport('csv', framework, options)).toEqual({ text: renderCsv(framework, options), extension: 'csv', mimeType: 'text/csv' });
    expect(renderExport('json', framework)).toEqual({ text: renderJson(framework, {}), extension: 'json', mimeType: 'application/json' });
  });
});

describe('exportBlockers', () => {
  it('has nothing against a clean framework and known tracks', () => {
    expect(exportBlockers(checkFramework(dual), ['ic', 'management'])).toEqual([]);
    expect(exportBlockers(checkFramework(dual))).toEqual([]);
  });

  it('counts the errors and says where the first one is', () => {
    const check = checkFramework(dual.replace(/level: L3\b/, 'level: L99').replace(/level: L4\b/, 'level: L98'));
    const errors = check.diagnostics.filter((d) => d.severity === 'error');
    const [blocker, ...rest] = exportBlockers(check);
    expect(rest).toEqual([]);
    expect(blocker).toMatchObject({ kind: 'errors', count: errors.length, first: errors[0] });
    expect(blocker?.message).toMatch(
      new RegExp(`^This framework has ${errors.length} errors, so it was not exported\\. The first is on line ${errors[0]?.line}, column ${errors[0]?.column}: .*L9[89].*\\.$`),
    );
    const one = exportBlockers(checkFramework(dual.replace(/level: L3\b/, 'level: L99')))[0];
    expect(one?.message).toMatch(/^This framework has an error, so it was not exported\./);
  });

  it('names unknown track ids and lists the valid ones', () => {
    const check = checkFramework(dual);
    expect(exportBlockers(check, ['ic', 'design'])).toEqual([
      { kind: 'unknown-tracks', unknown: ['design'], valid: ['ic', 'management'], message: 'There is no track called design. Use one of: ic, management.' },
    ]);
    expect(exportBlockers(check, ['a', 'b'])[0]?.message).toBe('There are no tracks called a, b. Use one of: ic, management.');
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFramework } from '../../../core/index.ts';
import {
  exportBlockers,
  exportFormat,
  exportFormatForFile,
  exportFormatIds,
  exportFormatNamed,
  exportFormats,
  exportFramework,
  printInput,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  type PrintInput,
  type Printer,
} from '../../../core/render/index.ts';

const dual = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/valid/dual-track.yaml'), 'utf8');

describe('the format table', () => {
  it('lists every format once, with its extensions, MIME type, content kind and options', () => {
    expect(exportFormatIds).toEqual(['html', 'pdf', 'md', 'csv', 'json']);
    expect(exportFormats.map((f) => [f.id, f.extensions[0], f.mimeType, f.content])).toEqual([
      ['html', 'html', 'text/html', 'text'],
      ['pdf', 'pdf', 'application/pdf', 'binary'],
      ['md', 'md', 'text/markdown', 'text'],
      ['csv', 'csv', 'text/csv', 'text'],
      ['json', 'json', 'application/json', 'text'],
    ]);
    expect(exportFormat('pdf').options).toEqual(['tracks', 'paper', 'changesSince']);
    expect(exportFormat('md').options).toEqual(['tracks', 'pictures']);
  });

  it('finds a format by name or alias, and by file extension', () => {
    expect(exportFormatNamed('Markdown')).toBe('md');
    expect(exportFormatNamed(' HTML ')).toBe('html');
    expect(exportFormatNamed('docx')).toBeUndefined();
    expect(exportFormatForFile('out/rubric.HTM')).toBe('html');
    expect(exportFormatForFile('notes.markdown')).toBe('md');
    expect(exportFormatForFile('rubric')).toBeUndefined();
    expect(exportFormatForFile('archive.tar.gz')).toBeUndefined();
  });
});

describe('exportFramework', () => {
  it('renders every text format with its renderer and the options it honours', async () => {
    const check = checkFramework(dual);
    const options = { tracks: ['ic'], paper: 'letter' as const };
    expect(await exportFramework(check, { format: 'html', ...options })).toMatchObject({ ok: true, data: renderHtml(check.framework, options), forced: [] });
    expect(await exportFramework(check, { format: 'md', ...options })).toMatchObject({ ok: true, data: renderMarkdown(check.framework, { tracks: ['ic'] }) });
    expect(await exportFramework(check, { format: 'csv', ...options })).toMatchObject({ ok: true, data: renderCsv(check.framework, { tracks: ['ic'] }) });
    expect(await exportFramework(check, { format: 'json' })).toMatchObject({ ok: true, data: renderJson(check.framework, {}), format: { mimeType: 'application/json' } });
  });

  it('prints PDF through the printer it is given, with the print input of the framework', async () => {
    const check = checkFramework(dual);
    const seen: PrintInput[] = [];
    const printer: Printer = { print: async (input) => (seen.push(input), new Uint8Array([37, 80, 68, 70])) };
    const result = await exportFramework(check, { format: 'pdf', paper: 'letter' }, printer);
    expect(result).toMatchObject({ ok: true, data: new Uint8Array([37, 80, 68, 70]) });
    expect(seen).toEqual([printInput(check.framework, { paper: 'letter' })]);
    const broken: Printer = { print: async () => Promise.reject(new Error('no browser\nstack line')) };
    expect(await exportFramework(check, { format: 'pdf' }, broken)).toEqual({ ok: false, reason: 'print-failed', message: 'The PDF document could not be printed: no browser' });
  });

  it('refuses a framework with errors unless forced, and unknown tracks always', async () => {
    const check = checkFramework(dual.replace(/level: L3\b/, 'level: L99'));
    expect(await exportFramework(check, { format: 'md' })).toMatchObject({ ok: false, reason: 'blocked', message: expect.stringMatching(/^This framework has an error/) });
    const forced = await exportFramework(check, { format: 'md', force: true });
    expect(forced).toMatchObject({ ok: true, forced: [{ kind: 'errors', count: 1 }] });
    expect(await exportFramework(check, { format: 'md', force: true, tracks: ['nope'] })).toMatchObject({ ok: false, reason: 'blocked', message: expect.stringContaining('There is no track called nope.') });
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

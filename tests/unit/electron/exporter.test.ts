import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportProgress, ExportRequest } from '../../../host-api/api.ts';
import { realSteps } from '../../../node/atomic-write.ts';
import { checkForExport, exportToFile, type PrintToPdf } from '../../../electron/main/exporter.ts';
import type { PrintInput } from '../../../core/render/index.ts';
import { useTempFolders } from './temp-folder.ts';

const tempFolder = useTempFolders();
const template = await readFile(new URL('../../../templates/spotify-style-dual-track.yaml', import.meta.url), 'utf8');
const noPrinter: PrintToPdf = async () => {
  throw new Error('the printer should not be used for this format');
};

function request(format: ExportRequest['format'], text = template, extra: Partial<ExportRequest> = {}): ExportRequest {
  return { format, text, baseName: 'ladder', ...extra };
}

describe('exporter', () => {
  it('writes HTML, Markdown, CSV and JSON rendered from the text it was given', async () => {
    const dir = await tempFolder();
    const name = /^name:\s*(.+)$/m.exec(template)?.[1]?.replace(/^["']|["']$/g, '') ?? '';
    expect(name).not.toBe('');
    for (const format of ['html', 'md', 'csv', 'json'] as const) {
      const target = path.join(dir, `ladder.${format}`);
      expect(await exportToFile(request(format), target, { print: noPrinter })).toEqual({ ok: true, displayPath: target });
      const written = await readFile(target, 'utf8');
      expect(written.length).toBeGreaterThan(200);
      if (format !== 'csv') expect(written).toContain(name);
    }
    const html = await readFile(path.join(dir, 'ladder.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).not.toMatch(/<script/i);
    expect(JSON.parse(await readFile(path.join(dir, 'ladder.json'), 'utf8'))).toMatchObject({ name });
  });

  it('refuses a framework with errors, says where, and writes nothing', async () => {
    const dir = await tempFolder();
    const broken = template.replace(/level: (\S+)/, 'level: L99');
    const target = path.join(dir, 'ladder.html');
    const outcome = await exportToFile(request('html', broken), target, { print: noPrinter });
    expect(outcome).toEqual({ ok: false, cancelled: false, message: expect.stringMatching(/has (an error|\d+ errors), so it was not exported.*line \d+/) });
    expect(await readdir(dir)).toEqual([]);
  });

  it('names unknown tracks instead of exporting an empty rubric', () => {
    const checked = checkForExport(request('md', template, { tracks: ['no-such-track'] }));
    expect(checked).toEqual({ ok: false, message: expect.stringContaining('There is no track called no-such-track. Use one of:') });
  });

  it('prints PDFs through the injected printer with the shared print input, reporting progress', async () => {
    const dir = await tempFolder();
    const seen: PrintInput[] = [];
    const progress: ExportProgress[] = [];
    const print: PrintToPdf = async (input) => {
      seen.push(input);
      return new TextEncoder().encode('%PDF-1.7 fake');
    };
    const target = path.join(dir, 'ladder.pdf');
    const outcome = await exportToFile(request('pdf', template, { paper: 'letter' }), target, { print, onProgress: (p) => progress.push(p) });
    expect(outcome).toEqual({ ok: true, displayPath: target });
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 fake');
    expect(seen[0]?.pdf).toMatchObject({ pageSize: 'Letter', displayHeaderFooter: true, printBackground: true });
    expect(seen[0]?.html).not.toMatch(/<script/i);
    expect(progress.at(-1)).toEqual({ format: 'pdf', fraction: 1, stage: 'Done' });
    expect(progress.every((p, i) => i === 0 || (p.fraction ?? 0) >= (progress[i - 1]?.fraction ?? 0))).toBe(true);
  });

  it('turns a printer failure into a message and keeps an existing export intact', async () => {
    const dir = await tempFolder();
    const target = path.join(dir, 'ladder.pdf');
    await writeFile(target, 'previous export');
    const outcome = await exportToFile(request('pdf'), target, { print: async () => Promise.reject(new Error('the GPU process crashed')) });
    expect(outcome).toEqual({ ok: false, cancelled: false, message: 'The PDF document could not be printed: the GPU process crashed' });
    expect(await readFile(target, 'utf8')).toBe('previous export');
  });

  it('reports a full disk without leaving a truncated export', async () => {
    const dir = await tempFolder();
    const target = path.join(dir, 'ladder.html');
    const steps = { ...realSteps, write: async () => Promise.reject(Object.assign(new Error('full'), { code: 'ENOSPC' })) };
    const outcome = await exportToFile(request('html'), target, { print: noPrinter, steps });
    expect(outcome).toEqual({ ok: false, cancelled: false, message: expect.stringContaining('The disk is full') });
    expect(await readdir(dir)).toEqual([]);
  });
});

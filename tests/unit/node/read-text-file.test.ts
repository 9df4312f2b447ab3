import { mkdtempSync, rmSync, truncateSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../../../core/parse.ts';
import { decodeText, MAX_FILE_BYTES, readTextFile } from '../../../node/read-text-file.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'rungs-read-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('readTextFile', () => {
  it('reads UTF-8, drops a byte-order mark and keeps CRLF line endings', async () => {
    const p = file('crlf.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('name: Équipe\r\nrungs: 1\r\n')]));
    expect(await readTextFile(p)).toEqual({ ok: true, text: 'name: Équipe\r\nrungs: 1\r\n' });
  });

  it('has one limit, core\'s own, judged before a byte is read', async () => {
    expect(MAX_FILE_BYTES).toBe(MAX_TEXT_LENGTH);
    const big = file('big.csv', '');
    truncateSync(big, 40_000_000); // sparse: nothing real is written
    const started = Date.now();
    expect(await readTextFile(big, { kind: 'spreadsheet' })).toEqual({
      ok: false,
      reason: 'too-large',
      message: `${big} is 40 MB, over the 8 MB limit for a spreadsheet (a competency matrix is rarely over 1 MB): is this the right file?`,
    });
    expect(Date.now() - started).toBeLessThan(500);
    // Exactly the limit is read; it is all NUL bytes here, so the next refusal is "binary".
    const atLimit = file('at-limit.yaml', '');
    truncateSync(atLimit, MAX_FILE_BYTES);
    expect(await readTextFile(atLimit)).toMatchObject({ ok: false, reason: 'binary' });
  });

  it('refuses a folder, a missing file and something that is not a regular file', async () => {
    mkdirSync(path.join(dir, 'folder.yaml'));
    expect(await readTextFile(path.join(dir, 'folder.yaml'), { displayName: 'folder.yaml' })).toEqual({
      ok: false,
      reason: 'folder',
      message: 'folder.yaml is a folder, not a file: give the path of a framework file (.yaml).',
    });
    expect(await readTextFile(path.join(dir, 'nope.csv'), { kind: 'spreadsheet', displayName: 'nope.csv' })).toEqual({
      ok: false,
      reason: 'missing',
      message: 'nope.csv does not exist: check the path and try again.',
    });
    if (process.platform !== 'win32') {
      symlinkSync('/dev/null', path.join(dir, 'device.yaml'));
      expect(await readTextFile(path.join(dir, 'device.yaml'))).toMatchObject({ ok: false, reason: 'not-a-file' });
    }
  });

  it('tells UTF-16 and UTF-32 (with or without a byte-order mark) from binary, and says to save as UTF-8', async () => {
    const text = 'Competency,Junior,Senior\nCraft,Ships,Leads\n';
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const utf16be = Buffer.from(utf16le).swap16();
    const noMark = Buffer.from(text, 'utf16le');
    const utf32le = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from([...text].flatMap((c) => [c.charCodeAt(0), 0, 0, 0]))]);
    for (const [name, bytes, wide] of [['le.csv', utf16le, 'UTF-16'], ['be.csv', utf16be, 'UTF-16'], ['nomark.csv', noMark, 'UTF-16'], ['utf32.csv', utf32le, 'UTF-32']] as const) {
      expect(await readTextFile(file(name, bytes), { kind: 'spreadsheet', displayName: name })).toEqual({
        ok: false,
        reason: wide === 'UTF-16' ? 'utf-16' : 'utf-32',
        message: `${name} is saved as ${wide} text, which Rungs does not read: save it as UTF-8 (most editors and spreadsheets offer this under "Save as" or "Encoding") and try again.`,
      });
    }
  });

  it('refuses binary files by their NUL bytes', async () => {
    const png = file('image.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    expect(await readTextFile(png, { displayName: 'image.yaml' })).toEqual({
      ok: false,
      reason: 'binary',
      message: 'image.yaml is a binary file, not text: give the path of a framework file (.yaml).',
    });
  });

  it('refuses invalid UTF-8 and points at the line and column of the first bad byte', async () => {
    const latin1 = file('latin1.yaml', Buffer.from('rungs: 1\nname: \xe9quipe\n', 'latin1'));
    expect(await readTextFile(latin1, { displayName: 'latin1.yaml' })).toEqual({
      ok: false,
      reason: 'not-utf-8',
      message: 'latin1.yaml:2:7 is not UTF-8 text: save it as UTF-8 (most editors and spreadsheets offer this under "Save as" or "Encoding") and try again.',
    });
    // Overlong forms, surrogates and a sequence cut off at the end are invalid too; a real U+FFFD is not.
    for (const bad of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82]]) {
      expect(decodeText(Buffer.from([0x61, ...bad]))).toMatchObject({ ok: false, reason: 'not-utf-8', message: expect.stringMatching(/^The input:1:2 /) });
    }
    expect(decodeText(Buffer.from('é � ok', 'utf8'))).toEqual({ ok: true, text: 'é � ok' });
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../../../core/parse.ts';
import * as valid from '../../../electron/main/ipc-validation.ts';

const trusted: valid.TrustedSender = { webContentsIds: () => [7], origins: ['app://rungs'] };
const ours = { sender: { id: 7 }, senderFrame: { url: 'app://rungs/index.html', parent: null } };

describe('sender check', () => {
  it('accepts our own window at our own origin', () => {
    expect(valid.isTrustedSender(ours, trusted)).toBe(true);
  });

  it.each([
    ['another webContents', { ...ours, sender: { id: 8 } }],
    ['a page that navigated to a website', { ...ours, senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a file:// page', { ...ours, senderFrame: { url: 'file:///tmp/index.html', parent: null } }],
    ['a look-alike host', { ...ours, senderFrame: { url: 'app://rungs.evil/index.html', parent: null } }],
    ['an iframe inside our page', { ...ours, senderFrame: { url: 'app://rungs/index.html', parent: {} } }],
    ['a frame that is gone', { ...ours, senderFrame: null }],
    ['a garbage URL', { ...ours, senderFrame: { url: 'not a url', parent: null } }],
  ])('rejects %s', (_label, event) => {
    expect(valid.isTrustedSender(event, trusted)).toBe(false);
    expect(() => valid.assertTrustedSender(event, trusted)).toThrow('not the Rungs studio');
  });

  it('accepts the dev server only when it is configured', () => {
    const dev = { ...ours, senderFrame: { url: 'http://localhost:5173/', parent: null } };
    expect(valid.isTrustedSender(dev, trusted)).toBe(false);
    expect(valid.isTrustedSender(dev, { ...trusted, origins: ['app://rungs', 'http://localhost:5173'] })).toBe(true);
  });
});

describe('payload validators', () => {
  it('accept well-formed payloads', () => {
    expect(valid.saveArgs(['3f1c-aa', 'rungs: 1\n', 'ladder.yaml'])).toEqual({ documentId: '3f1c-aa', text: 'rungs: 1\n', suggestedName: 'ladder.yaml' });
    expect(valid.saveArgs([null, '', 'Untitled'])).toEqual({ documentId: null, text: '', suggestedName: 'Untitled' });
    expect(valid.exportRequest({ format: 'pdf', text: 'x', baseName: 'ladder', tracks: ['ic'], paper: 'letter' })).toEqual({
      format: 'pdf', text: 'x', baseName: 'ladder', tracks: ['ic'], paper: 'letter',
    });
    expect(valid.draftPayload({ documentId: null, name: 'Untitled', text: 'a' })).toEqual({ documentId: null, name: 'Untitled', text: 'a' });
    expect(valid.documentState({ title: 'ladder.yaml', dirty: true, documentId: null })).toEqual({ title: 'ladder.yaml', dirty: true, documentId: null });
    expect(valid.externalUrl('https://example.com/a?b=c')).toBe('https://example.com/a?b=c');
    expect(valid.externalUrl('mailto:people@example.com')).toBe('mailto:people@example.com');
    expect(valid.droppedPath('/home/me/ladder.yaml')).toBe('/home/me/ladder.yaml');
    expect(valid.droppedPath('C:\\Users\\me\\ladder.yaml')).toBe('C:\\Users\\me\\ladder.yaml');
    expect(valid.menuCommand('export-pdf')).toBe('export-pdf');
  });

  it.each<[string, () => unknown]>([
    ['a path as a document id', () => valid.saveArgs(['/etc/passwd', 'x', 'a.yaml'])],
    ['a number as text', () => valid.saveArgs([null, 42, 'a.yaml'])],
    ['a suggested name that is not text', () => valid.saveArgs([null, 'x', 42])],
    ['a huge suggested name', () => valid.saveArgs([null, 'x', 'a'.repeat(5000)])],
    ['too many arguments', () => valid.saveArgs([null, 'x', 'a.yaml', 'extra'])],
    ['text over the size limit', () => valid.documentText('x'.repeat(valid.MAX_TEXT_LENGTH + 1))],
    ['an unknown export format', () => valid.exportRequest({ format: 'exe', text: 'x', baseName: 'a' })],
    ['an unknown paper size', () => valid.exportRequest({ format: 'pdf', text: 'x', baseName: 'a', paper: 'a0' })],
    ['an extra field', () => valid.exportRequest({ format: 'html', text: 'x', baseName: 'a', path: '/tmp/x' })],
    ['tracks that are not a list', () => valid.exportRequest({ format: 'html', text: 'x', baseName: 'a', tracks: 'ic' })],
    ['a class instance instead of a plain object', () => valid.exportRequest(new Date())],
    ['an array as a draft', () => valid.draftPayload([])],
    ['a draft id with path characters', () => valid.draftPayload({ draftId: '../x', documentId: null, name: 'a', text: '' })],
    ['a non-boolean dirty flag', () => valid.documentState({ title: 't', dirty: 'yes', documentId: null })],
    ['a javascript: link', () => valid.externalUrl('javascript:alert(1)')],
    ['a file: link', () => valid.externalUrl('file:///etc/passwd')],
    ['a custom-scheme link', () => valid.externalUrl('ms-settings:privacy')],
    ['a relative dropped path', () => valid.droppedPath('ladder.yaml')],
    ['a dropped path with NUL', () => valid.droppedPath('/tmp/a\0.yaml')],
    ['an unknown menu command', () => valid.menuCommand('rm -rf')],
    ['a huge title', () => valid.documentState({ title: 't'.repeat(5000), dirty: true, documentId: null })],
  ])('reject %s', (_label, call) => {
    expect(call).toThrow(valid.IpcPayloadError);
    expect(call).toThrow(/^Rejected a malformed request: /);
  });
});

describe('names and limits', () => {
  it('accepts any file name the file system allowed, since a plain Save never uses it', () => {
    // Legal on Linux and macOS; rejecting it made such a file impossible to save.
    expect(valid.saveArgs(['3f1c-aa', 'x', 'a\\b.yaml']).suggestedName).toBe('a\\b.yaml');
    expect(valid.saveArgs([null, 'x', '../../.bashrc']).suggestedName).toBe('../../.bashrc');
    expect(valid.exportRequest({ format: 'md', text: 'x', baseName: 'a\\b' }).baseName).toBe('a\\b');
  });

  it('makes a suggested name fit the platform where it becomes a dialog default', () => {
    expect(valid.safeFileName('a\\b.yaml', 'linux')).toBe('a\\b.yaml');
    expect(valid.safeFileName('a\\b.yaml', 'win32')).toBe('a_b.yaml');
    expect(valid.safeFileName('../../.bashrc', 'darwin')).toBe('.._.._.bashrc');
    expect(valid.safeFileName('Q1: "draft" <v2>?', 'win32')).toBe('Q1_ _draft_ _v2__');
    expect(valid.safeFileName('ladder. ', 'win32')).toBe('ladder');
    expect(valid.safeFileName('CON', 'win32')).toBe('_CON');
    expect(valid.safeFileName('nul\0.yaml', 'linux')).toBe('nul_.yaml');
    for (const empty of ['', '  ', '.', '..']) expect(valid.safeFileName(empty, 'linux')).toBe('framework');
    expect(new TextEncoder().encode(valid.safeFileName('é'.repeat(300), 'linux')).length).toBeLessThanOrEqual(240);
  });

  it('accepts the title of a file with a very long name, so main still learns the document is dirty', () => {
    const title = `• ${'n'.repeat(251)}.yaml — Rungs`;
    expect(valid.documentState({ title, dirty: true, documentId: null })).toEqual({ title, dirty: true, documentId: null });
  });

  it("uses core's text limit, so text main accepts is text core will check", () => {
    expect(valid.MAX_TEXT_LENGTH).toBe(MAX_TEXT_LENGTH);
    expect(valid.documentText('x'.repeat(MAX_TEXT_LENGTH))).toHaveLength(MAX_TEXT_LENGTH);
  });
});

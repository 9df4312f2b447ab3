import { describe, expect, it } from 'vitest';
import type { Draft, OpenedDocument } from '../../../host-api/api.ts';
import { memoryStore } from '../../../renderer/host/key-value-store.ts';
import { DocumentController, draftDelayMs, draftMaxWaitMs } from '../../../renderer/state/document-controller.ts';
import { deferred, FakeChecker, FakeHost, ManualTimers } from './fake-host.ts';

const ladder: OpenedDocument = { documentId: 'doc-1', name: 'ladder.yaml', displayPath: '/files/ladder.yaml', text: 'rungs: 1\nname: Ladder\n' };
const other: OpenedDocument = { documentId: 'doc-2', name: 'other.yaml', displayPath: '/files/other.yaml', text: 'rungs: 1\nname: Other\n' };

/** Lets every pending promise callback run. */
const settle = () => new Promise((done) => setTimeout(done, 0));

async function started(options: { initial?: OpenedDocument | null; drafts?: Draft[]; confirm?: (q: string) => boolean } = {}) {
  const host = new FakeHost();
  host.answers.initialDocument = () => Promise.resolve(options.initial === undefined ? ladder : options.initial);
  host.answers.pendingDrafts = () => Promise.resolve(options.drafts ?? []);
  const timers = new ManualTimers();
  const questions: string[] = [];
  let checker: FakeChecker | undefined;
  let draftIds = 0;
  const controller = new DocumentController({
    host,
    createChecker: (callbacks) => (checker = new FakeChecker(callbacks)),
    confirm: (question) => {
      questions.push(question);
      return options.confirm?.(question) ?? true;
    },
    store: memoryStore(),
    defaultTemplate: 'startup',
    timers,
    newDraftId: () => `draft-${++draftIds}`,
  });
  await controller.start();
  if (!checker) throw new Error('no checker was created');
  return { host, timers, controller, checker, questions, state: () => controller.getState() };
}

describe('document controller: start', () => {
  it('opens the file the host names and checks it at once', async () => {
    const { state, checker, host } = await started();
    expect(state().doc).toMatchObject({ documentId: 'doc-1', name: 'ladder.yaml', savedText: ladder.text });
    expect(state()).toMatchObject({ text: ladder.text, dirty: false, saveState: 'saved', checking: true });
    expect(checker.requests).toEqual([{ text: ladder.text, view: 'rubric', immediate: true }]);
    checker.answer([{ severity: 'warning', code: 'level/unused', message: 'x' }]);
    expect(state().checking).toBe(false);
    expect(state().result?.diagnostics).toHaveLength(1);
    expect(state().preview?.html).toContain('preview');
    expect(host.windowStates.at(-1)).toEqual({ title: 'ladder.yaml — Rungs', dirty: false, documentId: 'doc-1' });
  });

  it('falls back to the default template, which is not "Saved": no file exists yet', async () => {
    const { state } = await started({ initial: null });
    expect(state().doc).toMatchObject({ documentId: null, name: 'startup.yaml', displayPath: 'Template: startup' });
    expect(state().text).toContain('rungs: 1');
    expect(state()).toMatchObject({ dirty: false, saveState: 'never-saved' });
  });
});

describe('document controller: start races and shutdown', () => {
  it('lets a file opened while the host is still answering win over the start document', async () => {
    const host = new FakeHost();
    const slowStart = deferred<OpenedDocument | null>();
    host.answers.initialDocument = () => slowStart.promise;
    const controller = new DocumentController({ host, createChecker: (callbacks) => new FakeChecker(callbacks), confirm: () => true, store: memoryStore(), defaultTemplate: 'startup', timers: new ManualTimers() });
    const starting = controller.start();
    await controller.open(() => Promise.resolve(other));
    slowStart.resolve(ladder);
    await starting;
    expect(controller.getState().doc?.name).toBe('other.yaml');
  });

  it('stops listening to the host and the checker when disposed', async () => {
    const { controller, checker, host, state } = await started();
    controller.dispose();
    expect(checker.disposed).toBe(true);
    host.emitExternalChange({ documentId: 'doc-1', text: 'after the end' });
    expect(state().text).toBe(ladder.text);
  });
});

describe('document controller: started again after dispose, as React StrictMode does in development', () => {
  it('loads the document once, from the second start, with a working checker', async () => {
    const host = new FakeHost();
    const initial = deferred<OpenedDocument | null>();
    host.answers.initialDocument = () => initial.promise;
    host.answers.pendingDrafts = () => Promise.resolve([]);
    const checkers: FakeChecker[] = [];
    const controller = new DocumentController({
      host,
      createChecker: (callbacks) => {
        const checker = new FakeChecker(callbacks);
        checkers.push(checker);
        return checker;
      },
      confirm: () => true,
      store: memoryStore(),
      defaultTemplate: 'startup',
      timers: new ManualTimers(),
    });
    const first = controller.start();
    controller.dispose();
    const second = controller.start();
    initial.resolve(ladder);
    await Promise.all([first, second]);
    expect(controller.getState().doc).toMatchObject({ documentId: 'doc-1' });
    expect(checkers).toHaveLength(2);
    expect(checkers[0]?.requests).toEqual([]);
    expect(checkers[1]?.requests).toEqual([{ text: ladder.text, view: 'rubric', immediate: true }]);
  });
});

describe('document controller: editing, dirty state and drafts', () => {
  it('marks the document dirty, debounces the check and keeps a draft within a second', async () => {
    const { state, controller, checker, host, timers } = await started();
    controller.edit(`${ladder.text}# more\n`);
    expect(state()).toMatchObject({ dirty: true, saveState: 'unsaved' });
    expect(checker.requests.at(-1)).toEqual({ text: `${ladder.text}# more\n`, view: 'rubric', immediate: false });
    expect(host.windowStates.at(-1)).toEqual({ title: '• ladder.yaml — Rungs', dirty: true, documentId: 'doc-1' });
    expect(host.called('saveDraft')).toEqual([]);
    timers.advance(draftDelayMs);
    expect(host.called('saveDraft')).toEqual([[{ draftId: 'draft-1', documentId: 'doc-1', name: 'ladder.yaml', text: `${ladder.text}# more\n` }]]);
  });

  it('writes one draft at least every two seconds through a long burst of typing, always the same one', async () => {
    const { controller, host, timers } = await started();
    let text = ladder.text;
    for (let i = 0; i < 30; i++) {
      text += 'x';
      controller.edit(text);
      timers.advance(100); // a keystroke every 100 ms never pauses long enough for the debounce
    }
    const writes = host.called('saveDraft') as [{ draftId: string }][];
    expect(writes.length).toBeGreaterThanOrEqual(Math.floor(3000 / draftMaxWaitMs));
    expect(new Set(writes.map(([d]) => d.draftId))).toEqual(new Set(['draft-1']));
  });

  it('is clean again when the text returns to the saved text, and drops its draft', async () => {
    const { state, controller, host, timers } = await started();
    controller.edit('changed');
    timers.advance(draftDelayMs);
    controller.edit(ladder.text);
    expect(state()).toMatchObject({ dirty: false, saveState: 'saved' });
    expect(host.called('discardDraft')).toEqual([['draft-1']]);
  });
});

describe('document controller: saving', () => {
  it('saves an untitled document, which then has a file and is "Saved"', async () => {
    const { state, controller, host, timers } = await started({ initial: null });
    controller.edit(`${state().text}# mine\n`);
    timers.advance(draftDelayMs);
    await controller.save();
    expect(host.called('save')[0]?.slice(0, 1)).toEqual([null]);
    expect(state().doc).toMatchObject({ documentId: 'doc-new', name: 'startup.yaml', displayPath: '/files/startup.yaml' });
    expect(state()).toMatchObject({ dirty: false, saveState: 'saved', notice: { tone: 'success', message: 'Saved /files/startup.yaml' } });
    // The draft of unsaved changes goes once they are on disk.
    expect(host.called('discardDraft')).toEqual([['draft-1']]);
    timers.advance(5000);
    expect(state().notice).toBeNull();
  });

  it('Save As gives the document its new name and file', async () => {
    const { state, controller, host } = await started();
    await controller.save(true);
    expect(host.called('saveAs')).toEqual([['doc-1', ladder.text, 'ladder.yaml']]);
    expect(state().doc).toMatchObject({ documentId: 'doc-as', name: 'copy-ladder.yaml' });
    expect(host.windowStates.at(-1)?.title).toBe('copy-ladder.yaml — Rungs');
  });

  it('says where a download save went, by file name, and says "Downloaded" rather than "Saved"', async () => {
    const { state, controller, host } = await started({ initial: null });
    host.answers.save = (_id, _text, name) => Promise.resolve({ ok: true, documentId: 'doc-dl', name, displayPath: `Downloads/${name}`, downloaded: true });
    await controller.save();
    expect(state().notice?.message).toBe('Downloaded startup.yaml to your Downloads folder.');
    expect(state().notice?.detail).toMatch(/each Save downloads a new copy/);
    expect(state().saveState).toBe('downloaded');
  });

  it('does nothing when the dialog is cancelled, and keeps the changes when saving fails', async () => {
    const { state, controller, host } = await started();
    controller.edit('changed');
    host.answers.save = () => Promise.resolve({ ok: false, cancelled: true });
    await controller.save();
    expect(state()).toMatchObject({ dirty: true, notice: null });
    host.answers.save = () => Promise.resolve({ ok: false, cancelled: false, message: 'Another program changed /files/ladder.yaml.', conflict: true });
    await controller.save();
    expect(state()).toMatchObject({ dirty: true, text: 'changed' });
    expect(state().notice).toEqual({ tone: 'error', message: 'Not saved: ladder.yaml was changed by another program.', detail: 'Another program changed /files/ladder.yaml.' });
    host.answers.save = () => Promise.reject(new Error('disk full'));
    await controller.save();
    expect(state().notice).toMatchObject({ tone: 'error', detail: 'disk full' });
    expect(state().dirty).toBe(true);
  });

  it('never gives a slow save of one document to another opened meanwhile', async () => {
    const { state, controller, host } = await started();
    const slow = deferred<{ ok: true; documentId: string; name: string; displayPath: string }>();
    host.answers.save = () => slow.promise;
    const saving = controller.save();
    host.answers.openDialog = () => Promise.resolve(other);
    await controller.open(() => host.openDialog());
    slow.resolve({ ok: true, documentId: 'doc-1', name: 'ladder.yaml', displayPath: '/files/ladder.yaml' });
    await saving;
    expect(state().doc).toMatchObject({ documentId: 'doc-2', name: 'other.yaml', savedText: other.text });
  });
});

describe('document controller: open, new and revert', () => {
  it('asks before unsaved changes are dropped, and keeps them when the answer is no', async () => {
    let answer = false;
    const { state, controller, host, questions } = await started({ confirm: () => answer });
    controller.edit('changed');
    host.answers.openDialog = () => Promise.resolve(other);
    await controller.open(() => host.openDialog());
    expect(questions).toEqual(['Discard your unsaved changes to ladder.yaml?']);
    expect(host.called('openDialog')).toEqual([]);
    expect(state().text).toBe('changed');
    answer = true;
    await controller.open(() => host.openDialog());
    expect(state()).toMatchObject({ text: other.text, dirty: false, editor: { text: other.text, undoable: false } });
  });

  it('reports a file that cannot be opened in one line, with the reason on demand', async () => {
    const { state, controller } = await started();
    await controller.open(() => Promise.reject(new Error('not UTF-8')));
    expect(state().notice).toEqual({ tone: 'error', message: 'Could not open the file.', detail: 'not UTF-8' });
    expect(state().doc?.name).toBe('ladder.yaml');
  });

  it('starts a new framework from a template, untitled', async () => {
    const { state, controller } = await started();
    await controller.newDocument('big-tech');
    expect(state().doc).toMatchObject({ documentId: null, name: 'big-tech.yaml' });
    expect(state().saveState).toBe('never-saved');
    await controller.newDocument(null);
    expect(state().doc?.name).toBe('untitled.yaml');
  });

  it('reverts to the disk version as an undoable edit, unless something newer was loaded meanwhile', async () => {
    const { state, controller, host } = await started();
    controller.edit('changed');
    host.answers.revert = () => Promise.resolve(ladder);
    await controller.revert();
    expect(state()).toMatchObject({ text: ladder.text, dirty: false, editor: { undoable: true } });

    controller.edit('changed again');
    const slow = deferred<OpenedDocument | null>();
    host.answers.revert = () => slow.promise;
    const reverting = controller.revert();
    host.emitExternalChange({ documentId: 'doc-1', text: 'from disk' });
    controller.reloadFromDisk();
    slow.resolve(ladder);
    await reverting;
    expect(state().text).toBe('from disk');
  });
});

describe('document controller: changes on disk', () => {
  it('follows the file when there is nothing to lose, and says so', async () => {
    const { state, host } = await started();
    host.emitExternalChange({ documentId: 'doc-1', text: 'rungs: 1\nname: Theirs\n' });
    expect(state()).toMatchObject({ text: 'rungs: 1\nname: Theirs\n', dirty: false, external: null, notice: { message: 'ladder.yaml changed on disk and was reloaded.' } });
    host.emitExternalChange({ documentId: 'some-other-file', text: 'ignored' });
    expect(state().text).toBe('rungs: 1\nname: Theirs\n');
  });

  it('asks "reload or keep mine" when there are unsaved edits: reload takes the disk version', async () => {
    const { state, controller, host, timers } = await started();
    controller.edit('mine');
    timers.advance(draftDelayMs);
    host.emitExternalChange({ documentId: 'doc-1', text: 'theirs' });
    expect(state()).toMatchObject({ text: 'mine', external: { text: 'theirs' } });
    controller.reloadFromDisk();
    expect(state()).toMatchObject({ text: 'theirs', external: null, editor: { text: 'theirs', undoable: true } });
    // The disk's text is the saved text now: nothing unsaved, no draft left.
    expect(state().dirty).toBe(false);
    expect(host.called('discardDraft')).toEqual([['draft-1']]);
  });

  it('keeps mine on request, still unsaved, so the next Save decides', async () => {
    const { state, controller, host } = await started();
    controller.edit('mine');
    host.emitExternalChange({ documentId: 'doc-1', text: 'theirs' });
    controller.keepMine();
    expect(state()).toMatchObject({ text: 'mine', dirty: true, external: null });
  });

  it('tells the user when the file was deleted, and keeps the text', async () => {
    const { state, host } = await started();
    host.emitExternalChange({ documentId: 'doc-1', text: null });
    expect(state()).toMatchObject({ text: ladder.text, external: { text: null } });
  });
});

describe('document controller: crash recovery', () => {
  const left: Draft = { draftId: 'old-draft', documentId: 'doc-1', name: 'ladder.yaml', text: 'rungs: 1\nname: Unsaved\n', savedAt: 5, ending: 'crashed' };

  it('offers drafts a crashed session left, restores one as unsaved text and keeps writing to it', async () => {
    const { state, controller, host, timers } = await started({ drafts: [left] });
    expect(state().pendingDrafts).toEqual([left]);
    controller.restoreDraft(left);
    expect(state()).toMatchObject({ pendingDrafts: [], text: left.text, dirty: true, saveState: 'unsaved' });
    expect(state().doc).toMatchObject({ documentId: 'doc-1', displayPath: '/files/ladder.yaml', savedText: ladder.text });
    controller.edit(`${left.text}# more\n`);
    timers.advance(draftDelayMs);
    expect((host.called('saveDraft').at(-1)?.[0] as { draftId: string }).draftId).toBe('old-draft');
  });

  it('restores a draft of an untitled document as unsaved, and discards on request', async () => {
    const untitled: Draft = { ...left, draftId: 'd2', documentId: null, name: 'untitled.yaml' };
    const { state, controller, host } = await started({ drafts: [untitled, left] });
    controller.restoreDraft(untitled);
    expect(state().doc).toMatchObject({ documentId: null, savedText: '' });
    expect(state().dirty).toBe(true);
    controller.discardDraft(left);
    await settle();
    expect(host.called('discardDraft')).toEqual([['old-draft']]);
    expect(state().pendingDrafts).toEqual([]);
  });
});

describe('document controller: exports, checks and imports', () => {
  it('exports the current text with the chosen paper and tracks, and reports the outcome', async () => {
    const { state, controller, host, checker, timers } = await started();
    controller.edit('rungs: 1\n');
    checker.callbacks.onResult({ id: 9, part: 'check', diagnostics: [], outline: [{ id: 'ic' }, { id: 'management' }] as never, checkMs: 1, text: 'rungs: 1\n' });
    controller.setPaper('letter');
    controller.toggleExportTrack('management');
    await controller.exportAs('pdf');
    expect(host.exports).toEqual([{ format: 'pdf', text: 'rungs: 1\n', baseName: 'ladder', paper: 'letter', tracks: ['ic'] }]);
    expect(state().notice?.message).toBe('Exported PDF to /exports/ladder.pdf');
    host.answers.exportDocument = () => Promise.resolve({ ok: false, cancelled: false, message: 'The framework has 2 errors.' });
    await controller.exportAs('html');
    expect(state().notice).toEqual({ tone: 'error', message: 'The HTML export stopped.', detail: 'The framework has 2 errors.' });
    timers.advance(600);
    expect(state().progress).toBeNull();
  });

  it('re-renders at once in the parity view, and reports a checker that stopped', async () => {
    const { state, controller, checker } = await started();
    controller.toggleParity();
    expect(state().view).toBe('parity');
    expect(checker.requests.at(-1)).toMatchObject({ view: 'parity', immediate: true });
    checker.callbacks.onFailure('worker crashed');
    expect(state()).toMatchObject({ checking: false, checkFailure: 'worker crashed' });
    controller.dismissCheckFailure();
    expect(state().checkFailure).toBeUndefined();
  });

  it('imports a CSV as a new, unsaved framework with its notes', async () => {
    const { state, controller, host } = await started();
    host.answers.pickCsv = () => Promise.resolve({ name: 'matrix.csv', text: 'Competency,Engineer (L1),Senior (L2)\nCraft,Ships,Leads\n' });
    const before = state().doc;
    await controller.importCsv();
    // The preview step comes first: nothing is loaded until the user names it and goes ahead.
    expect(state().doc).toBe(before);
    expect(state().pendingCsv).toMatchObject({ fileName: 'matrix.csv', name: 'matrix' });
    await controller.confirmCsvImport('Acme Engineering');
    expect(state().pendingCsv).toBeNull();
    expect(state().doc).toMatchObject({ documentId: null, name: 'matrix.yaml', savedText: '' });
    expect(state().text).toContain('name: Acme Engineering');
    expect(state()).toMatchObject({ dirty: true, importNotes: { title: 'Imported matrix.csv' } });
  });

  it('imports nothing when the CSV preview is cancelled', async () => {
    const { state, controller, host } = await started();
    host.answers.pickCsv = () => Promise.resolve({ name: 'matrix.csv', text: 'Competency,Engineer (L1)\nCraft,Ships\n' });
    const before = state().doc;
    await controller.importCsv();
    controller.cancelCsvImport();
    expect(state()).toMatchObject({ pendingCsv: null, importNotes: null });
    expect(state().doc).toBe(before);
  });

  it('adds a track as an undoable edit of the same document, with a level map', async () => {
    const { state, controller } = await started({ initial: null });
    const before = state().doc;
    const added = await controller.addTrack('big-tech', 'management', { L6: 'E3' });
    expect(added).toBe(true);
    expect(state()).toMatchObject({ dirty: true, editor: { undoable: true } });
    expect(state().doc).toMatchObject({ documentId: before?.documentId, savedText: before?.savedText });
    expect(state().importNotes?.title).toBe("Added track 'management' from big-tech");
    const refused = await controller.addTrack('big-tech', 'management', { NOPE: 'E3' });
    expect(refused).toBe(false);
    expect(state().notice).toMatchObject({ tone: 'error', message: 'Could not add the track.' });
  });
});

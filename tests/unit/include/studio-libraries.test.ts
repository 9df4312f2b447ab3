// A framework and its libraries as the studio gets them: from the host (the desktop app reads them
// from disk, a browser has the files picked or dropped together), checked in the worker exactly
// as `rungs validate` checks the same files, and handed to the checker by the document controller.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkFrameworkText } from '../../../cli/check-file.ts';
import { checkWithIncludes } from '../../../core/include/check.ts';
import type { IncludedFile, OpenedDocument, OpenedFolder } from '../../../host-api/api.ts';
import { parseFramework } from '../../../core/parse.ts';
import { readLibraries } from '../../../node/read-libraries.ts';
import { buildIdIndex, idAt, referencesTo, withLibraryIds } from '../../../renderer/editor/id-index.ts';
import { memoryStore } from '../../../renderer/host/key-value-store.ts';
import { frameworkWithLibraries, librariesBeside } from '../../../renderer/host/picked-files.ts';
import { RecentStore } from '../../../renderer/host/recent-store.ts';
import { DocumentController } from '../../../renderer/state/document-controller.ts';
import { includeLineFor } from '../../../renderer/state/include-line.ts';
import { libraryIncludeHost } from '../../../renderer/state/library-host.ts';
import { FakeChecker, FakeHost, ManualTimers } from '../renderer/fake-host.ts';

const org = path.resolve(import.meta.dirname, '../../fixtures/org');
const backend = readFileSync(path.join(org, 'backend.yaml'), 'utf8');
const library = readFileSync(path.join(org, 'shared/engineering.yaml'), 'utf8');
const shape = (diagnostics: readonly { code: string; line: number; column: number; file?: string; message: string }[]) =>
  diagnostics.map((d) => ({ code: d.code, line: d.line, column: d.column, file: d.file, message: d.message }));

const made: string[] = [];
afterEach(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the studio checks a framework with the libraries opened beside it', () => {
  // A zero-width space pasted into the library: a finding that belongs to the library's own line.
  const pasted = library.replace('Does the work with help', 'Does the work\u200b with help');

  it('finds what rungs validate finds, whether the library kept its folder or only its name', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rungs-studio-org-'));
    made.push(root);
    mkdirSync(path.join(root, 'shared'));
    writeFileSync(path.join(root, 'shared/engineering.yaml'), pasted);
    for (const family of ['backend.yaml', 'design.yaml']) {
      const text = readFileSync(path.join(org, family), 'utf8');
      const cli = checkFrameworkText(path.join(root, family), text, { root });
      expect(cli.diagnostics.some((d) => d.file !== undefined && d.code === 'text/invisible'), family).toBe(true);
      for (const libraries of [[{ path: 'shared/engineering.yaml', text: pasted }], [{ path: 'engineering.yaml', text: pasted }]]) {
        const studio = checkWithIncludes(family, text, libraryIncludeHost(libraries));
        expect(shape(studio.diagnostics)).toEqual(shape(cli.diagnostics).map((d) => ({ ...d, file: d.file && path.relative(root, d.file) })));
        expect(studio.framework.levels.map((l) => l.id)).toEqual(cli.framework.levels.map((l) => l.id));
      }
    }
  });

  it('without the library, the include is the one error: no guesses about the ids the library defines', () => {
    const alone = checkWithIncludes('backend.yaml', backend, libraryIncludeHost([]));
    expect(alone.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['include/unreadable']);
    const together = checkWithIncludes('backend.yaml', backend, libraryIncludeHost([{ path: 'engineering.yaml', text: library }]));
    expect(together.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('says in one line at the include that a library is not open, and never guesses between two of one name', () => {
    const missing = checkWithIncludes('backend.yaml', backend, libraryIncludeHost([]));
    const line = backend.split('\n').indexOf('  - shared/engineering.yaml') + 1;
    const unreadable = missing.diagnostics.find((d) => d.code === 'include/unreadable');
    expect(unreadable).toMatchObject({ line, message: 'shared/engineering.yaml is not open: open it together with the framework (pick both files, or drop them together).' });
    const twins = libraryIncludeHost([
      { path: 'a/engineering.yaml', text: library },
      { path: 'b/engineering.yaml', text: library },
    ]);
    expect(twins.read('shared/engineering.yaml')).toEqual({ error: expect.stringContaining('a/engineering.yaml and b/engineering.yaml share its name') });
  });

  it('reads nothing but the files it was given, and refuses absolute paths', () => {
    const host = libraryIncludeHost([{ path: '../shared/core.yaml', text: library }]);
    expect(host.resolve('backend.yaml', '../shared/./core.yaml')).toEqual({ file: '../shared/core.yaml' });
    expect(host.read('../shared/core.yaml')).toEqual({ text: library });
    expect(host.resolve('backend.yaml', '/etc/passwd')).toMatchObject({ error: expect.stringContaining('absolute path') });
    expect(host.read('/etc/passwd')).toMatchObject({ error: expect.stringContaining('is not open') });
  });
});

describe('the desktop app reads a framework’s libraries with it', () => {
  it('follows include on disk and names each library relative to the framework', () => {
    expect(readLibraries(path.join(org, 'backend.yaml'), backend)).toEqual({ libraries: [{ path: 'shared/engineering.yaml', text: library }], problems: [] });
    expect(readLibraries(path.join(org, 'backend.yaml'), 'rungs: 1\ntracks: []\n')).toEqual({ libraries: [], problems: [] });
  });

  it('never reads outside the folder, and the studio then reports what rungs validate reports', () => {
    const base = mkdtempSync(path.join(tmpdir(), 'rungs-studio-libraries-'));
    made.push(base);
    mkdirSync(path.join(base, 'ladders'));
    writeFileSync(path.join(base, 'secret.yaml'), library);
    const text = backend.replace('  - shared/engineering.yaml', '  - ../secret.yaml\n  - missing.yaml');
    const file = path.join(base, 'ladders', 'backend.yaml');
    writeFileSync(file, text);
    // Outside a repository, the framework's own folder is the root: ../secret.yaml is refused unread.
    const outside = readLibraries(file, text);
    expect(outside.libraries).toEqual([]);
    expect(outside.problems.map(({ path: p, stage }) => ({ path: p, stage }))).toEqual([
      { path: '../secret.yaml', stage: 'resolve' },
      { path: 'missing.yaml', stage: 'read' },
    ]);
    const cli = checkFrameworkText(file, text, { root: path.join(base, 'ladders') });
    const studio = checkWithIncludes('backend.yaml', text, libraryIncludeHost(outside.libraries, outside.problems, 'electron'));
    expect(shape(studio.diagnostics)).toEqual(shape(cli.diagnostics));
    expect(studio.diagnostics.map((d) => d.code)).toEqual(['include/outside-root', 'include/unreadable']);
    // Inside a repository, the repository is the root, as for `rungs validate`.
    mkdirSync(path.join(base, '.git'));
    expect(readLibraries(file, text).libraries).toEqual([{ path: '../secret.yaml', text: library }]);
  });

  it('advises a save, not a file pick, for a library the desktop app has not read yet', () => {
    const desktop = checkWithIncludes('backend.yaml', backend, libraryIncludeHost([], [], 'electron'));
    expect(desktop.diagnostics.find((d) => d.code === 'include/unreadable')?.message).toBe(
      'shared/engineering.yaml was not read when the file was opened or last saved: save it to read its libraries again.',
    );
  });
});

describe('files picked or dropped together', () => {
  it('edit the framework among them and keep the rest as its libraries, relative to its folder', () => {
    const chosen = frameworkWithLibraries([
      { name: 'engineering.yaml', path: 'org/shared/engineering.yaml', text: library },
      { name: 'backend.yaml', path: 'org/backend.yaml', text: backend },
      { name: 'notes.md', path: 'org/notes.md', text: '# notes' },
    ]);
    expect(chosen?.main.name).toBe('backend.yaml');
    expect(chosen?.libraries).toEqual([{ path: 'shared/engineering.yaml', text: library }]);
    expect(frameworkWithLibraries([{ name: 'engineering.yaml', path: 'engineering.yaml', text: library }])?.main.name).toBe('engineering.yaml');
    expect(frameworkWithLibraries([])).toBeNull();
  });

  it('come back with Open Recent, and a save keeps them', () => {
    const recent = new RecentStore(memoryStore(), () => 1, () => 'r1');
    const libraries: IncludedFile[] = [{ path: 'shared/engineering.yaml', text: library }];
    recent.remember('backend.yaml', 'backend.yaml', backend, libraries);
    recent.remember('backend.yaml', 'backend.yaml', `${backend}\n`);
    expect(recent.list()[0]).toMatchObject({ text: `${backend}\n`, libraries });
  });
});

describe('the document controller hands the checker each document’s libraries', () => {
  it('with the document, before its first check; revert keeps them; a template has none', async () => {
    const host = new FakeHost();
    const opened: OpenedDocument = { documentId: 'doc-1', name: 'backend.yaml', displayPath: '/org/backend.yaml', text: backend, libraries: [{ path: 'shared/engineering.yaml', text: library }] };
    host.answers.initialDocument = () => Promise.resolve(opened);
    let checker: FakeChecker | undefined;
    const controller = new DocumentController({ host, createChecker: (c) => (checker = new FakeChecker(c)), confirm: () => true, store: memoryStore(), defaultTemplate: 'startup', timers: new ManualTimers() });
    await controller.start();
    expect(checker!.libraries).toEqual([{ document: 'backend.yaml', paths: ['shared/engineering.yaml'] }]);
    expect(controller.getState().doc?.libraries).toEqual(opened.libraries);

    host.answers.revert = () => Promise.resolve({ ...opened, libraries: undefined, text: `${backend}\n` });
    await controller.revert();
    expect(checker!.libraries.at(-1)).toEqual({ document: 'backend.yaml', paths: ['shared/engineering.yaml'] });

    await controller.newDocument('startup');
    expect(checker!.libraries.at(-1)).toEqual({ document: 'startup.yaml', paths: [] });
  });

  it('checks again with the libraries the host read on save, and keeps its own when the host read none', async () => {
    const host = new FakeHost();
    const opened: OpenedDocument = { documentId: 'doc-1', name: 'backend.yaml', displayPath: '/org/backend.yaml', text: backend };
    host.answers.initialDocument = () => Promise.resolve(opened);
    let checker: FakeChecker | undefined;
    const controller = new DocumentController({ host, createChecker: (c) => (checker = new FakeChecker(c)), confirm: () => true, store: memoryStore(), defaultTemplate: 'startup', timers: new ManualTimers() });
    await controller.start();
    controller.edit(`${backend}\n`);
    host.answers.save = async (documentId, _text, name) => ({
      ok: true,
      documentId: documentId ?? 'doc-1',
      name,
      displayPath: `/org/${name}`,
      libraries: [{ path: 'shared/engineering.yaml', text: library }],
      libraryProblems: [{ path: 'gone.yaml', stage: 'read', message: 'gone.yaml does not exist.' }],
    });
    const checksBefore = checker!.requests.length;
    await controller.save();
    expect(checker!.libraries.at(-1)).toEqual({ document: 'backend.yaml', paths: ['shared/engineering.yaml'], problems: ['gone.yaml'] });
    expect(checker!.requests.length).toBe(checksBefore + 1);
    expect(controller.getState().doc?.libraries.map((l) => l.path)).toEqual(['shared/engineering.yaml']);

    // A browser save reads nothing again: the libraries stay as they were.
    host.answers.save = async (documentId, _text, name) => ({ ok: true, documentId: documentId ?? 'doc-1', name, displayPath: name });
    controller.edit(`${backend}\n\n`);
    await controller.save();
    expect(controller.getState().doc?.libraries.map((l) => l.path)).toEqual(['shared/engineering.yaml']);
    expect(controller.getState().doc?.libraryProblems?.map((p) => p.path)).toEqual(['gone.yaml']);
  });
});

describe('completion knows the ids a library defines', () => {
  it('puts the library’s levels, dimensions and steps in front of the file’s own, marked with their file', () => {
    const index = withLibraryIds(buildIdIndex(parseFramework(backend)), [{ file: 'shared/engineering.yaml', parsed: parseFramework(library) }]);
    const levels = index.definitions.filter((d) => d.kind === 'level');
    expect(levels.map((d) => d.id)).toEqual(['L1', 'L2', 'L3', 'L4']);
    expect(levels.every((d) => d.file === 'shared/engineering.yaml')).toBe(true);
    const dimensions = index.definitions.filter((d) => d.kind === 'dimension');
    expect(dimensions.at(-1)).toMatchObject({ id: 'operations' });
    expect(dimensions.at(-1)?.file).toBeUndefined();
    expect(index.references).toEqual(buildIdIndex(parseFramework(backend)).references);
  });

  it('never places a library’s definitions in the document: its lines are the library’s', () => {
    const index = withLibraryIds(buildIdIndex(parseFramework(backend)), [{ file: 'shared/engineering.yaml', parsed: parseFramework(library) }]);
    const l2 = index.definitions.find((d) => d.kind === 'level' && d.id === 'L2')!;
    // The library's `id: L2` position, looked up in the framework's text, is no id of the framework.
    expect(idAt(index, l2.range.line, l2.range.column)).toEqual(idAt(buildIdIndex(parseFramework(backend)), l2.range.line, l2.range.column));
    const uses = referencesTo(index, 'level', 'L2', true);
    expect(uses).toEqual(referencesTo(index, 'level', 'L2', false));
    expect(uses.length).toBeGreaterThan(0);
  });
});

describe('a library’s problem in the Problems panel', () => {
  it('shows the include that brings the library in', () => {
    const line = backend.split('\n').indexOf('  - shared/engineering.yaml') + 1;
    expect(includeLineFor(backend, 'shared/engineering.yaml')).toBe(line);
    expect(includeLineFor(backend, 'deeper/base.yaml')).toBe(backend.split('\n').indexOf('include:') + 1);
    expect(includeLineFor('rungs: 1\ntracks: []\n', 'x.yaml')).toBeNull();
    // A library named a.yaml is not the entry of data.yaml.
    const two = 'rungs: 1\ninclude:\n  - shared/data.yaml\n  - a.yaml\ntracks: []\n';
    expect(includeLineFor(two, 'a.yaml')).toBe(4);
    expect(includeLineFor(two, 'shared/data.yaml')).toBe(3);
    expect(includeLineFor('rungs: 1\ninclude: [shared/data.yaml, "a.yaml"]\n', 'a.yaml')).toBe(2);
  });
});

describe('Open Folder in the document controller', () => {
  const folder: OpenedFolder = {
    name: 'org',
    files: [
      { fileId: 'f-backend', path: 'backend.yaml', kind: 'framework' },
      { fileId: 'f-data', path: 'data.yaml', kind: 'framework' },
      { fileId: 'f-lib', path: 'shared/engineering.yaml', kind: 'library' },
    ],
  };
  const opened = (name: string): OpenedDocument => ({ documentId: `doc-${name}`, name, displayPath: `/org/${name}`, text: backend, libraries: [{ path: 'shared/engineering.yaml', text: library }] });

  async function startedController(answers: Partial<FakeHost['answers']>, confirm = () => true) {
    const host = new FakeHost();
    Object.assign(host.answers, answers);
    const controller = new DocumentController({ host, createChecker: (c) => new FakeChecker(c), confirm, store: memoryStore(), defaultTemplate: 'startup', timers: new ManualTimers() });
    await controller.start();
    return { host, controller };
  }

  it('lists the folder, opens a file of it with its libraries and marks it as the current one', async () => {
    const { host, controller } = await startedController({ openFolderDialog: async () => folder, openFolderFile: async (id) => opened(id === 'f-data' ? 'data.yaml' : 'backend.yaml') });
    await controller.openFolder();
    expect(controller.getState().folder).toEqual(folder);
    // Two frameworks: the user chooses; nothing is opened for them.
    expect(host.called('openFolderFile')).toEqual([]);
    await controller.openFromFolder('f-data');
    expect(host.called('openFolderFile')).toEqual([['f-data']]);
    expect(controller.getState().doc).toMatchObject({ name: 'data.yaml', folderFileId: 'f-data', libraries: [{ path: 'shared/engineering.yaml' }] });
    controller.closeFolder();
    expect(controller.getState().folder).toBeNull();
    expect(controller.getState().doc?.name).toBe('data.yaml');
  });

  it('opens the one framework of a folder that has only one, and asks before dropping unsaved changes', async () => {
    const one: OpenedFolder = { name: 'solo', files: [folder.files[0]!, folder.files[2]!] };
    const questions: string[] = [];
    const { host, controller } = await startedController({ openFolderDialog: async () => one, openFolderFile: async () => opened('backend.yaml') }, () => {
      questions.push('asked');
      return false;
    });
    controller.edit(`${controller.getState().text}\n# mine`);
    await controller.openFolder();
    await new Promise((done) => setTimeout(done, 0));
    expect(questions).toEqual(['asked']);
    expect(host.called('openFolderFile')).toEqual([]);
    expect(controller.getState().text).toContain('# mine');
  });

  it('says so when a folder holds no frameworks, and does nothing when the picker is cancelled', async () => {
    const { controller } = await startedController({ openFolderDialog: async () => ({ name: 'empty', files: [] }) });
    await controller.openFolder();
    expect(controller.getState().notice?.message).toBe('empty holds no frameworks or libraries (YAML files with `rungs: 1`).');
    const cancelled = await startedController({});
    await cancelled.controller.openFolder();
    expect(cancelled.controller.getState().folder).toBeNull();
  });
});

describe('libraries of a picked folder', () => {
  it('are named relative to the framework opened, as its include names them', () => {
    const files = [
      { path: 'teams/backend.yaml', text: backend, kind: 'framework' as const },
      { path: 'shared/core.yaml', text: library, kind: 'library' as const },
      { path: 'teams/local.yaml', text: library, kind: 'library' as const },
    ];
    expect(librariesBeside('teams/backend.yaml', files).map((l) => l.path)).toEqual(['../shared/core.yaml', 'local.yaml']);
    expect(librariesBeside('backend.yaml', files).map((l) => l.path)).toEqual(['shared/core.yaml', 'teams/local.yaml']);
  });
});

// Open Folder's listing, as both the desktop app and `rungs validate <folder>` see a repository of
// ladders: frameworks and libraries in path order, everything else left out.
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { folderSearch } from '../../../core/include/folder-search.ts';
import { listFrameworkFolder } from '../../../node/list-folder.ts';

const { maxYamlFiles: MAX_FOLDER_FILES, maxEntries: MAX_FOLDER_ENTRIES } = folderSearch;

const fixtures = path.resolve(import.meta.dirname, '../../fixtures');
const made: string[] = [];
afterEach(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function repository(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'rungs-folder-'));
  made.push(root);
  cpSync(path.join(fixtures, 'org'), root, { recursive: true });
  const put = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  put('ci.yml', 'stages: [test]\n');
  put('node_modules/pkg/framework.yaml', 'rungs: 1\ntracks: []\n');
  put('.github/workflows/rungs.yml', 'rungs: 1\ntracks: []\n');
  put('notes.md', 'tracks: []\n');
  // A framework whose YAML is broken is still a framework: opened, it shows its syntax error.
  put('teams/broken.yaml', 'rungs: 1\ntracks:\n  - id: [\n');
  return root;
}

describe('listFrameworkFolder', () => {
  it('lists the frameworks and libraries below a folder in path order, nothing else', async () => {
    const root = repository();
    symlinkSync(path.join(root, 'backend.yaml'), path.join(root, 'linked.yaml'));
    const { files, truncated } = await listFrameworkFolder(root);
    expect(files).toEqual([
      { path: 'backend.yaml', kind: 'framework' },
      { path: 'data.yaml', kind: 'framework' },
      { path: 'design.yaml', kind: 'framework' },
      { path: 'shared/engineering.yaml', kind: 'library' },
      { path: 'teams/broken.yaml', kind: 'framework' },
    ]);
    expect(truncated).toBe(false);
  });

  it('stops at a bound in a folder far larger than a repository of ladders, and says so', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rungs-folder-big-'));
    made.push(root);
    for (let i = 0; i <= MAX_FOLDER_FILES; i += 1) writeFileSync(path.join(root, `f${String(i).padStart(4, '0')}.yaml`), 'rungs: 1\n');
    const { files, truncated } = await listFrameworkFolder(root);
    expect(files).toHaveLength(MAX_FOLDER_FILES);
    expect(truncated).toBe(true);
  });

  it('stops after so many entries of any kind, so a home folder is cut short rather than walked for minutes', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rungs-folder-wide-'));
    made.push(root);
    for (let i = 0; i < MAX_FOLDER_ENTRIES; i += 1) writeFileSync(path.join(root, `a${String(i).padStart(5, '0')}.txt`), '');
    writeFileSync(path.join(root, 'z.yaml'), 'rungs: 1\ntracks: []\n');
    const { files, truncated } = await listFrameworkFolder(root);
    expect(files).toEqual([]);
    expect(truncated).toBe(true);
  });

  it('gives an empty list for a folder that cannot be read', async () => {
    expect(await listFrameworkFolder(path.join(tmpdir(), 'rungs-no-such-folder-xyz'))).toEqual({ files: [], truncated: false });
  });
});

/**
 * Every file the studio writes (Save, Save As, exports, drafts, the recent list, the window state)
 * goes through the one atomic writer, so a full disk or an I/O error at any step leaves the
 * previous file exactly as it was.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportToFile } from '../../../electron/main/exporter.ts';
import { realSteps, type WriteSteps } from '../../../node/atomic-write.ts';
import { DocumentStore } from '../../../node/document-store.ts';
import { DraftStore } from '../../../node/drafts.ts';
import { RecentFiles } from '../../../node/recent-files.ts';
import { WindowStateStore } from '../../../node/window-state.ts';
import { templateText } from '../../../core/templates/index.ts';
import { useTempFolders } from '../electron/temp-folder.ts';

const tempFolder = useTempFolders();
const template = templateText('startup') ?? '';

function failingAt(step: 'write' | 'sync' | 'rename', code: string): WriteSteps {
  return { ...realSteps, [step]: async () => Promise.reject(Object.assign(new Error(`simulated ${code}`), { code })) };
}

/** Each studio write path: given the file it writes and the failing steps, it tries to write new content. */
const paths: Record<string, (file: string, steps: WriteSteps) => Promise<unknown>> = {
  save: async (file, steps) => {
    const store = new DocumentStore({ steps });
    const opened = await store.open(file);
    if (!opened.ok) throw new Error(opened.message);
    return store.save(opened.document.documentId, 'rungs: 1\nname: New\n');
  },
  'save as': (file, steps) => new DocumentStore({ steps }).saveAs(file, 'rungs: 1\nname: New\n'),
  export: (file, steps) => exportToFile({ format: 'html', text: template, baseName: 'x' }, file, { print: async () => new Uint8Array(), steps }),
  'export pdf': (file, steps) => exportToFile({ format: 'pdf', text: template, baseName: 'x' }, file, { print: async () => new TextEncoder().encode('%PDF-1.7'), steps }),
  draft: async (file, steps) => {
    const store = new DraftStore(path.dirname(file), { steps });
    return store.save({ draftId: path.basename(file, '.json'), filePath: null, name: 'x', text: 'new' }).catch((error: unknown) => error);
  },
  'recent files': (file, steps) => new RecentFiles(file, { steps, exists: async () => true }).add('/somewhere/ladder.yaml'),
  'window state': async (file, steps) => {
    const store = new WindowStateStore(file, steps);
    await store.update({ maximized: true, bounds: { x: 1, y: 2, width: 800, height: 600 } });
    return store.save();
  },
};

describe('every studio write path under a failing disk', () => {
  for (const [name, write] of Object.entries(paths)) {
    it(`${name}: ENOSPC or EIO at write, fsync or rename leaves the previous file intact`, async () => {
      for (const [step, code] of [['write', 'ENOSPC'], ['sync', 'EIO'], ['rename', 'ENOSPC']] as const) {
        const dir = await tempFolder();
        const file = path.join(dir, name === 'draft' ? '0b7c3a52-1c2d-4e5f-8a9b-0c1d2e3f4a5b.json' : 'target.yaml');
        const previous = name === 'save' ? 'rungs: 1\nname: Previous\n' : '{"previous": true}';
        await writeFile(file, previous);
        await write(file, failingAt(step, code));
        expect(await readFile(file, 'utf8'), `${name} ${step} ${code}`).toBe(previous);
        expect(await readdir(dir), `${name} ${step} ${code} leaves no temp file`).toEqual([path.basename(file)]);
      }
      // With a healthy disk the same path does replace the file.
      const dir = await tempFolder();
      const file = path.join(dir, name === 'draft' ? '0b7c3a52-1c2d-4e5f-8a9b-0c1d2e3f4a5b.json' : 'target.yaml');
      await writeFile(file, name === 'save' ? 'rungs: 1\nname: Previous\n' : '{"previous": true}');
      await write(file, realSteps);
      expect(await readFile(file, 'utf8')).not.toMatch(/Previous|"previous"/);
    });
  }
});

import { describe, expect, it } from 'vitest';
import { commands, type CommandId } from '../../../host-api/commands.ts';
import { runCommand, type CommandTargets } from '../../../renderer/shell/command-runner.ts';
import type { DocumentController } from '../../../renderer/state/document-controller.ts';
import { defaultLayout, type Layout } from '../../../renderer/state/layout-store.ts';
import { sortProblems } from '../../../renderer/problems/sort-problems.ts';
import { draftOrigin } from '../../../renderer/state/draft-origin.ts';
import type { Diagnostic } from '../../../core/diagnostics.ts';

/** Records what each command did, through every target it can reach. */
function recordingTargets(done: string[]): CommandTargets {
  const controller = new Proxy({} as DocumentController, {
    get: (_target, method: string) => (...args: unknown[]) => {
      done.push(`controller.${method}(${args.filter((a) => typeof a !== 'function').map(String).join(',')})`);
      return Promise.resolve();
    },
  });
  let layout: Layout = { ...defaultLayout, previewOpen: false, outlineOpen: true, problemsOpen: false };
  return {
    controller,
    host: { openDialog: () => Promise.resolve(null) },
    editor: (action) => done.push(`editor.${action}`),
    setLayout: (change) => {
      const next = change(layout);
      for (const key of Object.keys(next) as (keyof Layout)[]) if (next[key] !== layout[key]) done.push(`layout.${key}=${String(next[key])}`);
      layout = next;
    },
    openGallery: (mode) => done.push(`gallery.${mode}`),
    togglePalette: () => done.push('palette'),
    openCompare: (kind) => done.push(`compare.${kind}`),
  };
}

describe('running commands', () => {
  it('gives every command of the table something to do', () => {
    for (const spec of commands) {
      const done: string[] = [];
      runCommand(spec.id, recordingTargets(done));
      expect(done, spec.id).not.toEqual([]);
    }
  });

  it('sends each command where it belongs', () => {
    const run = (id: CommandId) => {
      const done: string[] = [];
      runCommand(id, recordingTargets(done));
      return done;
    };
    expect(run('export-pdf')).toEqual(['controller.exportAs(pdf)']);
    expect(run('save-as')).toEqual(['controller.save(true)']);
    expect(run('format-document')).toEqual(['editor.format']);
    expect(run('import-track')).toEqual(['gallery.add-track']);
    expect(run('show-parity')).toEqual(['layout.previewOpen=true', 'controller.toggleParity()']);
    expect(run('toggle-outline')).toEqual(['layout.outlineOpen=false']);
    expect(run('command-palette')).toEqual(['palette']);
    expect(run('compare-roles')).toEqual(['compare.roles']);
    expect(run('compare-versions')).toEqual(['compare.versions']);
  });
});

describe('problems and draft notices', () => {
  const at = (severity: Diagnostic['severity'], line: number) => ({ severity, line, column: 1 }) as Diagnostic;

  it('lists errors first, then warnings, then notes, each in file order', () => {
    const sorted = sortProblems([at('info', 1), at('warning', 9), at('error', 30), at('warning', 2), at('error', 4)]);
    expect(sorted.map((d) => `${d.severity}:${d.line}`)).toEqual(['error:4', 'error:30', 'warning:2', 'warning:9', 'info:1']);
  });

  it('tells a crash from a reload', () => {
    const draft = { draftId: 'd', documentId: null, name: 'a.yaml', text: '', savedAt: 0 };
    expect(draftOrigin([{ ...draft, ending: 'crashed' }])).toBe('recovered after the studio closed unexpectedly');
    expect(draftOrigin([{ ...draft, ending: 'closed' }])).toBe('kept when the studio was last reloaded or closed');
    expect(draftOrigin([{ ...draft, ending: 'closed' }, { ...draft, ending: 'crashed' }])).toBe('left by an earlier session');
  });
});

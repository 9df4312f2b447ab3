import type * as Monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import type { Diagnostic } from '../../core/diagnostics.ts';
import { markerMatches } from './markers.ts';
import { latestIds } from '../state/document-ids.ts';
import { quickFixesFor, type TitleOf } from './quick-fixes.ts';

const openLinkCommand = 'rungs.openLink';

/**
 * Offers our quick fixes in the lightbulb and on Ctrl+. for the markers under the cursor.
 * Loaded with Monaco (not at start), since computing fixes needs the YAML parser.
 * `diagnostics` returns only diagnostics of the model's current version (none while a check of
 * newer text is pending), so a fix never edits a range computed for older text.
 */
export function registerQuickFixes(monaco: typeof Monaco, diagnostics: (model: Monaco.editor.ITextModel) => readonly Diagnostic[]): Monaco.IDisposable {
  // Fixes that are advice open a page; window.open reaches the OS browser in the desktop app too.
  const openLink = monaco.editor.registerCommand(openLinkCommand, (_accessor, url: unknown) => {
    if (typeof url === 'string' && /^https:/.test(url)) window.open(url, '_blank', 'noopener,noreferrer');
  });
  const provider = monaco.languages.registerCodeActionProvider(
    'yaml',
    {
      provideCodeActions(model, _range, context) {
        const actions: Monaco.languages.CodeAction[] = [];
        const text = model.getValue();
        const current = diagnostics(model);
        // Titles need no positions, so the last check's index serves even while a newer one is on its way.
        const definitions = latestIds()?.index.definitions ?? [];
        const titleOf: TitleOf = (kind, id) => definitions.find((d) => d.kind === kind && d.id === id)?.title;
        for (const marker of context.markers) {
          const diagnostic = current.find((d) => markerMatches(marker, d));
          if (!diagnostic) continue;
          for (const fix of quickFixesFor(text, diagnostic, titleOf)) {
            actions.push({
              title: fix.title,
              kind: 'quickfix',
              isPreferred: fix.preferred,
              diagnostics: [marker],
              ...(fix.link ? { command: { id: openLinkCommand, title: fix.title, arguments: [fix.link] } } : {}),
              edit: {
                edits: fix.edits.map((edit) => ({
                  resource: model.uri,
                  versionId: model.getVersionId(),
                  textEdit: {
                    range: new monaco.Range(edit.range.line, edit.range.column, edit.range.endLine, edit.range.endColumn),
                    text: edit.text,
                  },
                })),
              },
            });
          }
        }
        return { actions, dispose: () => undefined };
      },
    },
    { providedCodeActionKinds: ['quickfix'] },
  );
  return { dispose: () => (provider.dispose(), openLink.dispose()) };
}

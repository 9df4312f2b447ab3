import type * as Monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import { defaultProficiencyScale } from '../../core/model/build.ts';
import { parseFramework } from '../../core/parse.ts';
import type { SourceRange } from '../../core/positions.ts';
import { latestIds } from '../state/document-ids.ts';
import { buildIdIndex, definitionsOf, emptyIdIndex, idAt, referencesTo, type IdDefinition, type IdIndex, type IdKind } from './id-index.ts';
import { referenceSlotAt } from './reference-slot.ts';

const kindNames: Record<IdKind, string> = { level: 'level', role: 'role', dimension: 'dimension', track: 'track', step: 'proficiency step' };

/**
 * An index whose positions match the model's current text: the check worker's when it describes
 * this very text (the usual case, since it arrives right after typing pauses), else one built
 * here. Navigation is a deliberate act, so a parse on the typing thread is acceptable there; it is
 * kept per model version.
 */
function currentIndex(model: Monaco.editor.ITextModel, cache: { version: number; index: IdIndex } | undefined): { version: number; index: IdIndex } {
  const version = model.getVersionId();
  if (cache?.version === version) return cache;
  const text = model.getValue();
  const published = latestIds();
  if (published?.text === text) return { version, index: published.index };
  // The libraries have not changed since the last check: their ids carry over.
  const own = buildIdIndex(parseFramework(text));
  const shared = published?.index.definitions.filter((d) => d.file !== undefined) ?? [];
  return { version, index: { definitions: [...shared, ...own.definitions], references: own.references } };
}

/** The default scale as definitions, for a file that names no `proficiency` steps of its own. */
const defaultSteps: IdDefinition[] = defaultProficiencyScale.map((step) => ({
  kind: 'step',
  id: step.id,
  title: step.name,
  ...(step.description ? { description: step.description } : {}),
  range: { line: 1, column: 1, endLine: 1, endColumn: 1 },
}));

/** One entry per id (a duplicate definition is a problem the checker already reports). */
function uniqueDefinitions(index: IdIndex, kind: IdKind): IdDefinition[] {
  const seen = new Set<string>();
  const own = index.definitions.filter((d) => d.kind === kind && !seen.has(d.id) && seen.add(d.id));
  return kind === 'step' && own.length === 0 ? defaultSteps : own;
}

/**
 * Completion of the document's own ids where a reference goes (`level: `, an expectations key, a
 * move's `from`, …), each with its title, plus go to definition (F12, Ctrl+click; into a
 * library's read-only model for a shared id) and find references (Shift+F12) on those ids. Completion reads the ids of the last check, which needs
 * no positions and so never parses on a keystroke.
 */
export function registerIdFeatures(monaco: typeof Monaco, libraryModel: (file: string) => Monaco.editor.ITextModel | undefined = () => undefined): Monaco.IDisposable {
  let cache: { version: number; index: IdIndex } | undefined;
  const indexFor = (model: Monaco.editor.ITextModel) => {
    cache = currentIndex(model, cache);
    return cache.index;
  };
  const toRange = (r: SourceRange) => new monaco.Range(r.line, r.column, r.endLine, r.endColumn);
  const disposables = [
    monaco.languages.registerCompletionItemProvider('yaml', {
      triggerCharacters: [' ', '[', ',', '{'],
      provideCompletionItems(model, position) {
        const slot = referenceSlotAt((n) => model.getLineContent(n), position.lineNumber, position.column);
        if (!slot) return { suggestions: [] };
        const index = latestIds()?.index ?? emptyIdIndex;
        const range = new monaco.Range(position.lineNumber, slot.startColumn, position.lineNumber, slot.endColumn);
        const asSnippet = slot.kind === 'dimension' && slot.role === 'key' && slot.needsColon;
        const suggestions = uniqueDefinitions(index, slot.kind).map((definition, i): Monaco.languages.CompletionItem => ({
          label: { label: definition.id, description: definition.title },
          kind: monaco.languages.CompletionItemKind.Reference,
          detail: `${definition.title ? `${definition.title} (${kindNames[slot.kind]})` : kindNames[slot.kind]}${definition.file !== undefined ? `, from ${definition.file}` : ''}`,
          // Expectations are lists of bullets: the key comes with its first bullet.
          insertText: asSnippet ? `${definition.id}:\n  - $0` : slot.needsColon ? `${definition.id}: ` : definition.id,
          ...(asSnippet ? { insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet } : {}),
          filterText: definition.id,
          // The file's own ids first, in the order the file defines them (seniority for levels).
          sortText: `!${String(i).padStart(6, '0')}`,
          range,
        }));
        return { suggestions };
      },
    }),
    // Hovering a step shows what it means, so a reviewer need not scroll to the scale.
    monaco.languages.registerHoverProvider('yaml', {
      provideHover(model, position) {
        const index = indexFor(model);
        const hit = index.references.find((r) => r.kind === 'step' && r.range.line === position.lineNumber && position.column >= r.range.column && position.column <= r.range.endColumn);
        if (!hit) return null;
        const step = uniqueDefinitions(index, 'step').find((d) => d.id === hit.id);
        if (!step) return null;
        return { range: toRange(hit.range), contents: [{ value: `**${step.title ?? step.id}** (proficiency step)${step.description ? `: ${step.description}` : ''}` }] };
      },
    }),
    monaco.languages.registerDefinitionProvider('yaml', {
      provideDefinition(model, position) {
        const index = indexFor(model);
        const hit = idAt(index, position.lineNumber, position.column);
        if (!hit) return [];
        // A shared id is defined in its library's read-only model (see library-models.ts).
        return definitionsOf(index, hit.kind, hit.id).flatMap((d) => {
          if (d.file === undefined) return [{ uri: model.uri, range: toRange(d.range) }];
          const library = libraryModel(d.file);
          return library ? [{ uri: library.uri, range: toRange(d.range) }] : [];
        });
      },
    }),
    monaco.languages.registerReferenceProvider('yaml', {
      provideReferences(model, position, context) {
        const index = indexFor(model);
        const hit = idAt(index, position.lineNumber, position.column);
        if (!hit) return [];
        return referencesTo(index, hit.kind, hit.id, context.includeDeclaration).map((range) => ({ uri: model.uri, range: toRange(range) }));
      },
    }),
  ];
  return { dispose: () => disposables.forEach((d) => d.dispose()) };
}

import type * as Monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import type { IncludedFile } from '../../host-api/api.ts';
import { findLibrary } from '../state/library-host.ts';

/** The URI scheme of a library shown beside the framework: never saved, never the document. */
export const libraryScheme = 'rungs-library';

/**
 * The open document's libraries as read-only Monaco models, so go to definition on a shared id
 * opens the library's line in a peek view beside the framework. `show` replaces the set (an empty
 * one disposes them all); `find` gives the model of a library as the checker names it.
 */
export function createLibraryModels(monaco: typeof Monaco): { show(libraries: readonly IncludedFile[]): void; find(file: string): Monaco.editor.ITextModel | undefined; dispose(): void } {
  let models: (IncludedFile & { model: Monaco.editor.ITextModel; guard: Monaco.IDisposable })[] = [];
  const clear = () => {
    for (const { model, guard } of models) {
      guard.dispose();
      model.dispose();
    }
    models = [];
  };
  return {
    show(libraries) {
      clear();
      models = libraries.map((library) => {
        const model = monaco.editor.createModel(library.text, 'yaml', monaco.Uri.from({ scheme: libraryScheme, path: `/${library.path}` }));
        // Read-only here: a library is edited in its own file (Open Folder), or its edits would be lost.
        const guard = model.onDidChangeContent(() => {
          if (model.getValue() !== library.text) queueMicrotask(() => model.getValue() !== library.text && model.setValue(library.text));
        });
        return { ...library, model, guard };
      });
    },
    find(file) {
      const found = findLibrary(models, file);
      return found && !('ambiguous' in found) ? found.model : undefined;
    },
    dispose: clear,
  };
}

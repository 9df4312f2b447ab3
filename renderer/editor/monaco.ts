/**
 * A lean Monaco: the editor API core plus only the contributions the studio uses, and only the
 * YAML language. Importing 'monaco-editor' itself would pull in every language, every worker
 * and every contribution (several megabytes we never run). This module is loaded lazily, after
 * the studio's first paint.
 */
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';

// Editing basics: cursor commands, clipboard, undo of cursor moves, line and word operations.
import 'monaco-editor/esm/vs/editor/browser/coreCommands.js';
import 'monaco-editor/esm/vs/editor/contrib/clipboard/browser/clipboard.js';
import 'monaco-editor/esm/vs/editor/contrib/cursorUndo/browser/cursorUndo.js';
import 'monaco-editor/esm/vs/editor/contrib/linesOperations/browser/linesOperations.js';
import 'monaco-editor/esm/vs/editor/contrib/wordOperations/browser/wordOperations.js';
import 'monaco-editor/esm/vs/editor/contrib/multicursor/browser/multicursor.js';
import 'monaco-editor/esm/vs/editor/contrib/indentation/browser/indentation.js';
import 'monaco-editor/esm/vs/editor/contrib/comment/browser/comment.js';
import 'monaco-editor/esm/vs/editor/contrib/smartSelect/browser/smartSelect.js';
// Reading a long file: find/replace, folding, bracket matching, highlights, sticky headers.
import 'monaco-editor/esm/vs/editor/contrib/find/browser/findController.js';
import 'monaco-editor/esm/vs/editor/contrib/folding/browser/folding.js';
import 'monaco-editor/esm/vs/editor/contrib/bracketMatching/browser/bracketMatching.js';
import 'monaco-editor/esm/vs/editor/contrib/wordHighlighter/browser/wordHighlighter.js';
import 'monaco-editor/esm/vs/editor/contrib/stickyScroll/browser/stickyScrollContribution.js';
// Hostile files: make invisible and bidi characters visible.
import 'monaco-editor/esm/vs/editor/contrib/unicodeHighlighter/browser/unicodeHighlighter.js';
// Language features fed by monaco-yaml (hover, completion, snippets, format) and by our checks
// (problems with F8, quick fixes with the lightbulb).
import 'monaco-editor/esm/vs/editor/contrib/hover/browser/hoverContribution.js';
import 'monaco-editor/esm/vs/editor/contrib/suggest/browser/suggestController.js';
import 'monaco-editor/esm/vs/editor/contrib/snippet/browser/snippetController2.js';
import 'monaco-editor/esm/vs/editor/contrib/format/browser/formatActions.js';
import 'monaco-editor/esm/vs/editor/contrib/gotoError/browser/gotoError.js';
import 'monaco-editor/esm/vs/editor/contrib/codeAction/browser/codeActionContributions.js';
import 'monaco-editor/esm/vs/editor/contrib/contextmenu/browser/contextmenu.js';
import 'monaco-editor/esm/vs/editor/contrib/inlineProgress/browser/inlineProgress.js';
// Go to definition (F12, Ctrl+click) and find references (Shift+F12) on ids; document symbols
// for Ctrl+Shift+O and the breadcrumbs of long files.
import 'monaco-editor/esm/vs/editor/contrib/gotoSymbol/browser/goToCommands.js';
import 'monaco-editor/esm/vs/editor/contrib/gotoSymbol/browser/link/goToDefinitionAtPosition.js';
// The references view (peek) that Shift+F12 opens; standalone Monaco registers it here.
import 'monaco-editor/esm/vs/editor/standalone/browser/referenceSearch/standaloneReferenceSearch.js';
import 'monaco-editor/esm/vs/editor/contrib/documentSymbols/browser/documentSymbols.js';
import 'monaco-editor/esm/vs/editor/standalone/browser/quickAccess/standaloneGotoSymbolQuickAccess.js';
// Ctrl+G, and the strings and icons the widgets above display.
import 'monaco-editor/esm/vs/editor/standalone/browser/quickAccess/standaloneGotoLineQuickAccess.js';
import 'monaco-editor/esm/vs/editor/common/standaloneStrings.js';
import 'monaco-editor/esm/vs/base/browser/ui/codicons/codiconStyles.js';
import './editor-widgets.css';
// The one language we edit: Monarch tokens for colouring; monaco-yaml adds the rest.
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js';

import { configureMonacoYaml } from 'monaco-yaml';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import YamlWorker from 'monaco-yaml/yaml.worker.js?worker';
import { ignoreMonacoCancellations } from './monaco-cancellation.ts';
import { frameworkModelPath, schemaAssociations } from './schema-associations.ts';

ignoreMonacoCancellations(window);

globalThis.MonacoEnvironment = {
  // Only the editor's own worker comes through here; the YAML worker is started below.
  getWorker(): Worker {
    return new EditorWorker();
  },
};

/** The model URI every framework document uses, so monaco-yaml applies our schema to it. */
export const frameworkModelUri = monaco.Uri.parse(frameworkModelPath);

/** The options monaco-worker-manager (inside monaco-yaml) still passes: the pre-0.54 worker API. */
interface LegacyWorkerOptions {
  createData?: unknown;
}

/**
 * monaco-yaml asks for its worker with the old `createWebWorker({ moduleId, label, createData })`
 * call; Monaco 0.54 wants the Worker itself. Start the YAML worker here and hand it its settings
 * the way Monaco's own language workers do (a wake-up message, then the create data).
 */
const monacoForYaml: typeof monaco = {
  ...monaco,
  editor: {
    ...monaco.editor,
    createWebWorker(options) {
      const worker = new YamlWorker();
      worker.postMessage('ignore');
      worker.postMessage((options as typeof options & LegacyWorkerOptions).createData);
      return monaco.editor.createWebWorker({ worker, host: options.host, keepIdleModels: options.keepIdleModels });
    },
  },
};

configureMonacoYaml(monacoForYaml, {
  enableSchemaRequest: false,
  // Diagnostics come only from core (one truth); monaco-yaml keeps completion, hover, snippets
  // and formatting, all driven by the same schema file.
  validate: false,
  completion: true,
  hover: true,
  schemas: schemaAssociations,
});

export { monaco };

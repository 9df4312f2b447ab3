import type { ExportSettings } from '../../core/render/index.ts';
import type { HostKind, IncludedFile, LibraryProblem } from '../../host-api/api.ts';
import type { CheckResponse, ExportAnswer, LibrariesMessage, PreviewResult, PreviewView } from './check-protocol.ts';
import { createCheckScheduler, type CheckedResult } from './check-scheduler.ts';
import CheckWorker from './check.worker.ts?worker';
import { publishIds } from './document-ids.ts';
import { mark } from './marks.ts';

export { checkDebounceMs, type CheckedResult } from './check-scheduler.ts';
export type { PreviewResult } from './check-protocol.ts';

export interface CheckClient {
  /** Schedules a check of `text`; the latest call wins. */
  schedule(text: string, view: PreviewView, immediate?: boolean): void;
  /** The open document's name and its libraries, for every later check and export; call before scheduling its first check. */
  setLibraries(document: string, libraries: readonly IncludedFile[], problems?: readonly LibraryProblem[]): void;
  /** Exports `text` in the worker, from the model it built when it checked that text. */
  exportText(text: string, settings: ExportSettings): Promise<ExportAnswer>;
  dispose(): void;
}

/**
 * Runs checks in the worker, debounced, and hands back only the answers to the newest text (see
 * check-scheduler.ts): a slow answer to older text never overwrites or misplaces a newer one.
 * Each check answers twice: `onResult` with the diagnostics and outline, then `onPreview` with
 * the preview HTML, so the editor's markers never wait for the preview to render.
 */
export function createCheckClient(
  onResult: (result: CheckedResult) => void,
  onPreview: (preview: PreviewResult) => void,
  onFailure: (message: string) => void,
  hostKind: HostKind = 'browser',
): CheckClient {
  const worker = new CheckWorker();
  const scheduler = createCheckScheduler({
    post(request) {
      mark('rungs-check-sent');
      worker.postMessage(request);
    },
    onResult,
    onIds: ({ text, ids }) => publishIds({ text, index: ids }),
    onPreview,
    onFailure,
  });
  // Exports answer by their own ids, beside the scheduler's check answers.
  const exports = new Map<number, (answer: ExportAnswer) => void>();
  let nextExportId = 0;
  worker.onmessage = (event: MessageEvent<CheckResponse | ExportAnswer>) => {
    const data = event.data;
    if ('exportId' in data) {
      exports.get(data.exportId)?.(data);
      exports.delete(data.exportId);
      return;
    }
    scheduler.receive(data);
  };
  worker.onerror = (event) => onFailure(event.message || 'The checker stopped unexpectedly.');
  return {
    schedule: (text, view, immediate) => scheduler.schedule(text, view, immediate),
    setLibraries(document, libraries, problems = []) {
      worker.postMessage({ kind: 'libraries', document, libraries: [...libraries], problems: [...problems], host: hostKind } satisfies LibrariesMessage);
    },
    exportText(text, settings) {
      nextExportId += 1;
      const exportId = nextExportId;
      return new Promise<ExportAnswer>((resolve) => {
        exports.set(exportId, resolve);
        worker.postMessage({ kind: 'export', exportId, text, settings });
      });
    },
    dispose() {
      scheduler.dispose();
      for (const [exportId, resolve] of exports) resolve({ exportId, ok: false, message: 'The studio closed the document before the export finished.' });
      exports.clear();
      worker.terminate();
    },
  };
}

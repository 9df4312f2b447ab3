import type { CheckResponse, PreviewResult, PreviewView } from './check-protocol.ts';
import { createCheckScheduler, type CheckedResult } from './check-scheduler.ts';
import CheckWorker from './check.worker.ts?worker';
import { publishIds } from './document-ids.ts';
import { mark } from './marks.ts';

export { checkDebounceMs, type CheckedResult } from './check-scheduler.ts';
export type { PreviewResult } from './check-protocol.ts';

export interface CheckClient {
  /** Schedules a check of `text`; the latest call wins. */
  schedule(text: string, view: PreviewView, immediate?: boolean): void;
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
): CheckClient {
  const worker = new CheckWorker();
  const scheduler = createCheckScheduler({
    post(request) {
      mark('rungs-check-sent');
      worker.postMessage(request);
    },
    onResult(result) {
      publishIds({ text: result.text, index: result.ids });
      onResult(result);
    },
    onPreview,
    onFailure,
  });
  worker.onmessage = (event: MessageEvent<CheckResponse>) => scheduler.receive(event.data);
  worker.onerror = (event) => onFailure(event.message || 'The checker stopped unexpectedly.');
  return {
    schedule: (text, view, immediate) => scheduler.schedule(text, view, immediate),
    dispose() {
      scheduler.dispose();
      worker.terminate();
    },
  };
}

import type { CheckRequest, CheckResponse, CheckResult, PreviewView } from './check-protocol.ts';
import CheckWorker from './check.worker.ts?worker';
import { mark } from './marks.ts';

/** How long typing must pause before the document is checked again. */
export const checkDebounceMs = 150;

export interface CheckClient {
  /** Schedules a check of `text`; the latest call wins. */
  schedule(text: string, view: PreviewView, immediate?: boolean): void;
  dispose(): void;
}

/**
 * Runs checks in the worker, debounced, and hands back only the answer to the newest text:
 * a slow answer to an older request never overwrites a newer one.
 */
export function createCheckClient(onResult: (result: CheckResult) => void, onFailure: (message: string) => void): CheckClient {
  const worker = new CheckWorker();
  let nextId = 0;
  let latestId = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  worker.onmessage = (event: MessageEvent<CheckResponse>) => {
    const response = event.data;
    if (response.id !== latestId) return;
    if ('failure' in response) onFailure(response.failure);
    else onResult(response);
  };
  worker.onerror = (event) => onFailure(event.message || 'The checker stopped unexpectedly.');

  const send = (text: string, view: PreviewView) => {
    nextId += 1;
    latestId = nextId;
    mark('rungs-check-sent');
    const request: CheckRequest = { id: latestId, text, view };
    worker.postMessage(request);
  };

  return {
    schedule(text, view, immediate = false) {
      if (timer !== undefined) clearTimeout(timer);
      if (immediate) {
        timer = undefined;
        send(text, view);
        return;
      }
      timer = setTimeout(() => {
        timer = undefined;
        send(text, view);
      }, checkDebounceMs);
    },
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      worker.terminate();
    },
  };
}

import type { CheckRequest, CheckResponse, CheckResult, PreviewResult, PreviewView } from './check-protocol.ts';

/**
 * How long typing must pause before the document is checked again. A keystroke's incremental
 * check costs 1–8 ms in the worker even at 500 KB (npm run bench), and the preview renders after
 * the diagnostics are posted, so the debounce is most of the keystroke → squiggle delay: 80 ms
 * still coalesces a burst of typing (keys repeat every 30–60 ms) without a visible lag.
 */
export const checkDebounceMs = 80;

/** A check answer together with the exact text it describes. */
export interface CheckedResult extends CheckResult {
  /** The text that was checked: diagnostics positions are only valid in this text. */
  text: string;
}

export interface CheckScheduler {
  /** Schedules a check of `text`; the latest call wins, and earlier answers are void from this moment. */
  schedule(text: string, view: PreviewView, immediate?: boolean): void;
  /** Feeds an answer from the worker. */
  receive(response: CheckResponse): void;
  dispose(): void;
}

export interface SchedulerDeps {
  post(request: CheckRequest): void;
  /** The diagnostics and outline of the newest text: always delivered before that text's preview. */
  onResult(result: CheckedResult): void;
  /** The preview of the newest text, delivered after its onResult. */
  onPreview?(preview: PreviewResult): void;
  onFailure(message: string): void;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  debounceMs?: number;
}

/**
 * Debounces checks and drops answers to text that has changed since. The generation moves on
 * every `schedule`, not when the debounced request is finally sent: an answer for text N that
 * arrives after the user typed N+1 (still waiting out the debounce) must not place N's markers,
 * problem positions and quick-fix ranges on N+1's text. The worker answers each request in two
 * parts (diagnostics, then preview); each part is delivered as it arrives, under the same rule,
 * and a preview is delivered only after its own request's diagnostics.
 */
export function createCheckScheduler(deps: SchedulerDeps): CheckScheduler {
  const setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const debounceMs = deps.debounceMs ?? checkDebounceMs;
  let generation = 0;
  /** The generation whose request is in flight, and its text (kept here, not sent back by the worker). */
  let sent: { id: number; text: string; checked: boolean } | undefined;
  let timer: unknown;

  const send = (id: number, text: string, view: PreviewView) => {
    sent = { id, text, checked: false };
    deps.post({ id, text, view });
  };

  return {
    schedule(text, view, immediate = false) {
      if (timer !== undefined) clearTimer(timer);
      timer = undefined;
      generation += 1;
      const id = generation;
      if (immediate) {
        send(id, text, view);
        return;
      }
      timer = setTimer(() => {
        timer = undefined;
        send(id, text, view);
      }, debounceMs);
    },
    receive(response) {
      if (response.id !== generation || sent?.id !== response.id) return;
      if ('failure' in response) deps.onFailure(response.failure);
      else if (response.part === 'check') {
        sent.checked = true;
        deps.onResult({ ...response, text: sent.text });
      } else if (sent.checked) deps.onPreview?.(response);
    },
    dispose() {
      if (timer !== undefined) clearTimer(timer);
      timer = undefined;
      generation += 1;
    },
  };
}

import type { CheckRequest, CheckResponse, CheckResult, PreviewView } from './check-protocol.ts';

/** How long typing must pause before the document is checked again. */
export const checkDebounceMs = 150;

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
  onResult(result: CheckedResult): void;
  onFailure(message: string): void;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  debounceMs?: number;
}

/**
 * Debounces checks and drops answers to text that has changed since. The generation moves on
 * every `schedule`, not when the debounced request is finally sent: an answer for text N that
 * arrives after the user typed N+1 (still waiting out the debounce) must not place N's markers,
 * problem positions and quick-fix ranges on N+1's text.
 */
export function createCheckScheduler(deps: SchedulerDeps): CheckScheduler {
  const setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const debounceMs = deps.debounceMs ?? checkDebounceMs;
  let generation = 0;
  /** The generation whose request is in flight, and its text (kept here, not sent back by the worker). */
  let sent: { id: number; text: string } | undefined;
  let timer: unknown;

  const send = (id: number, text: string, view: PreviewView) => {
    sent = { id, text };
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
      else deps.onResult({ ...response, text: sent.text });
    },
    dispose() {
      if (timer !== undefined) clearTimer(timer);
      timer = undefined;
      generation += 1;
    },
  };
}

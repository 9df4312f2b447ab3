import type { CheckRequest, CheckResponse, CheckResult, IdsResult, PreviewResult, PreviewView } from './check-protocol.ts';

/**
 * The longest pause in typing the studio waits for before checking: a slow check (a very large
 * file) still coalesces a burst of keys, which repeat every 30–60 ms.
 */
export const checkDebounceMs = 80;

/**
 * A check whose round trip (post → diagnostics back) is at most this long runs on every keystroke:
 * waiting would cost more than checking. The incremental checker answers a 50 KB file in a few
 * milliseconds (npm run bench).
 */
export const cheapCheckMs = 12;

/**
 * How long to wait for typing to pause, given the measured cost of a check: none when checking is
 * cheap, else twice the cost (so checks never take more than about a third of the worker's time
 * while typing), capped at `maxMs`. Unknown cost (no check yet) waits the longest.
 */
export function typingPauseMs(costMs: number | undefined, maxMs: number = checkDebounceMs): number {
  if (costMs === undefined) return maxMs;
  if (costMs <= cheapCheckMs) return 0;
  return Math.min(maxMs, Math.round(costMs * 2));
}

/**
 * How long the worker waits after a check before rendering the preview, given what the last
 * render cost: none when rendering is cheap, else twice the cost, capped at `maxMs`. A render
 * cannot be interrupted, so one started between two keystrokes makes the next check (and its
 * squiggle) wait for it; while typing goes on, each new check cancels the waiting render.
 */
export function previewPauseMs(renderMs: number | undefined, maxMs = 300): number {
  if (renderMs === undefined || renderMs <= 16) return 0;
  return Math.min(maxMs, Math.round(renderMs * 2));
}

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
  /** The id index of the newest text, with that text, delivered after its onResult. */
  onIds?(ids: IdsResult & { text: string }): void;
  /** The preview of the newest text, delivered after its onResult. */
  onPreview?(preview: PreviewResult): void;
  onFailure(message: string): void;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  /** The longest typing pause (see typingPauseMs). */
  debounceMs?: number;
  /** A millisecond clock for measuring check cost; performance.now by default. */
  now?: () => number;
}

/**
 * Debounces checks and drops answers to text that has changed since. The generation moves on
 * every `schedule`, not when the debounced request is finally sent: an answer for text N that
 * arrives after the user typed N+1 (still waiting out the debounce) must not place N's markers,
 * problem positions and quick-fix ranges on N+1's text. The worker answers each request in two
 * parts (diagnostics, then preview); each part is delivered as it arrives, under the same rule,
 * and a preview is delivered only after its own request's diagnostics.
 *
 * The typing pause adapts to the measured cost of a check (typingPauseMs), and at most one
 * request waits for its diagnostics at a time: text typed meanwhile is sent, newest only, as soon
 * as they arrive, so a slow check never builds a queue in the worker.
 */
export function createCheckScheduler(deps: SchedulerDeps): CheckScheduler {
  const setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const maxPause = deps.debounceMs ?? checkDebounceMs;
  const now = deps.now ?? (() => performance.now());
  let generation = 0;
  /** The generation whose request was sent last, its text, and when it was sent. */
  let sent: { id: number; text: string; checked: boolean; at: number } | undefined;
  /** Text whose pause is over but which waits for the request in flight to be answered. */
  let held: { id: number; text: string; view: PreviewView } | undefined;
  let timer: unknown;
  /** Cost of the latest check in the worker, in milliseconds; undefined until the first answer. */
  let costMs: number | undefined;
  /** When `schedule` was last called; opening the document counts as the first activity. */
  let lastScheduledAt = now();

  const send = (id: number, text: string, view: PreviewView) => {
    if (sent && !sent.checked) {
      held = { id, text, view };
      return;
    }
    held = undefined;
    sent = { id, text, checked: false, at: now() };
    deps.post({ id, text, view });
  };

  // The cost is the worker's own time on the check when it reports one: time spent queued behind
  // the previous preview is not what a pause saves, and counting it made every keystroke wait.
  const answered = (checkMs?: number) => {
    if (!sent || sent.checked) return;
    sent.checked = true;
    const cost = checkMs ?? now() - sent.at;
    // The latest check decides: the first one runs on cold code and can cost a hundred times
    // more than the next, and an average would keep every keystroke waiting long after.
    costMs = cost;
    if (held) send(held.id, held.text, held.view);
  };

  return {
    schedule(text, view, immediate = false) {
      if (timer !== undefined) clearTimer(timer);
      timer = undefined;
      generation += 1;
      const id = generation;
      // Anything held is older than this text: it is never worth sending now.
      held = undefined;
      // The first keystroke after a pause in typing at least as long as the wait is checked at
      // once: a timer started at the keystroke before would have fired by now anyway, so this
      // checks no more often than the pause does. Keys that follow it, within a burst, wait.
      const at = now();
      const wait = typingPauseMs(costMs, maxPause);
      const quiet = at - lastScheduledAt >= wait;
      lastScheduledAt = at;
      const pause = immediate || quiet ? 0 : wait;
      if (pause === 0) {
        send(id, text, view);
        return;
      }
      timer = setTimer(() => {
        timer = undefined;
        send(id, text, view);
      }, pause);
    },
    receive(response) {
      const current = sent?.id === response.id;
      // The first answer to the request in flight (diagnostics or a failure) frees the worker.
      if (current && 'failure' in response) answered();
      else if (current && 'part' in response && response.part === 'check') answered(response.checkMs);
      if (!current || response.id !== generation) {
        // A stale answer; its request may have been superseded while it was held back.
        return;
      }
      if ('failure' in response) deps.onFailure(response.failure);
      else if (response.part === 'check') deps.onResult({ ...response, text: sent?.text ?? '' });
      else if (!sent?.checked) return;
      else if (response.part === 'ids') deps.onIds?.({ ...response, text: sent.text });
      else deps.onPreview?.(response);
    },
    dispose() {
      if (timer !== undefined) clearTimer(timer);
      timer = undefined;
      held = undefined;
      generation += 1;
    },
  };
}

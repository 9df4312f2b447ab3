import { describe, expect, it } from 'vitest';
import type { CheckRequest, CheckResponse, PreviewResult } from '../../../renderer/state/check-protocol.ts';
import { cheapCheckMs, checkDebounceMs, createCheckScheduler, previewPauseMs, typingPauseMs, type CheckedResult } from '../../../renderer/state/check-scheduler.ts';

/** A scheduler with a hand-driven timer and a worker that answers only when told. */
function harness() {
  const posted: CheckRequest[] = [];
  const results: CheckedResult[] = [];
  const previews: PreviewResult[] = [];
  /** Every delivery in order, to check that a request's diagnostics come before its preview. */
  const log: string[] = [];
  const failures: string[] = [];
  let pending: (() => void) | undefined;
  const scheduler = createCheckScheduler({
    post: (request) => posted.push(request),
    onResult: (result) => {
      results.push(result);
      log.push(`check ${result.id}`);
    },
    onPreview: (preview) => {
      previews.push(preview);
      log.push(`preview ${preview.id}`);
    },
    onFailure: (message) => failures.push(message),
    setTimer: (run) => (pending = run),
    clearTimer: () => (pending = undefined),
  });
  const answer = (request: CheckRequest | undefined): CheckResponse => ({
    id: request?.id ?? -1,
    part: 'check',
    diagnostics: [],
    outline: [],
    checkMs: 1,
  });
  const previewOf = (request: CheckRequest | undefined): CheckResponse => ({
    id: request?.id ?? -1,
    part: 'preview',
    html: `<p>${request?.text ?? ''}</p>`,
    view: 'rubric',
    renderMs: 1,
  });
  const fire = () => {
    const run = pending;
    pending = undefined;
    run?.();
  };
  return { scheduler, posted, results, previews, log, failures, answer, previewOf, fire };
}

describe('check scheduling', () => {
  it('hands over the id index after the diagnostics, with their text, and never for text since changed', () => {
    const ids: { text: string; id: number }[] = [];
    const { posted } = harness();
    const scheduler = createCheckScheduler({
      post: (request) => posted.push(request),
      onResult: () => ids.push({ text: 'result', id: -1 }),
      onIds: (answer) => ids.push({ text: answer.text, id: answer.id }),
      onFailure: () => undefined,
      setTimer: (run) => run(),
      clearTimer: () => undefined,
    });
    const index = { definitions: [], references: [] };
    scheduler.schedule('a', 'rubric', true);
    const first = posted[0]?.id ?? 0;
    scheduler.receive({ id: first, part: 'ids', ids: index }); // before its diagnostics: not yet
    scheduler.receive({ id: first, part: 'check', diagnostics: [], outline: [], checkMs: 1 });
    scheduler.receive({ id: first, part: 'ids', ids: index });
    scheduler.schedule('b', 'rubric', true);
    scheduler.receive({ id: first, part: 'ids', ids: index }); // text changed since: dropped
    expect(ids).toEqual([{ text: 'result', id: -1 }, { text: 'a', id: first }]);
  });

  it('drops the answer to text N once text N+1 is scheduled, before its debounce has fired', () => {
    const { scheduler, posted, results, answer, fire } = harness();
    scheduler.schedule('level: L9', 'rubric');
    fire();
    expect(posted.map((r) => r.text)).toEqual(['level: L9']);
    scheduler.schedule('level: L99', 'rubric'); // still waiting out the debounce
    scheduler.receive(answer(posted[0]));
    expect(results).toEqual([]);
    fire();
    scheduler.receive(answer(posted[1]));
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ id: posted[1]?.id, text: 'level: L99' });
  });

  it('hands back the exact text each answer describes, without the worker sending it back', () => {
    const { scheduler, posted, results, answer } = harness();
    scheduler.schedule('rungs: 1\n', 'rubric', true);
    scheduler.receive(answer({ id: posted[0]?.id ?? 0, text: '', view: 'rubric' }));
    expect(results[0]?.text).toBe('rungs: 1\n');
  });

  it('reports failures only for the newest text, and nothing after dispose', () => {
    const { scheduler, posted, results, failures, answer } = harness();
    scheduler.schedule('a', 'rubric', true);
    scheduler.schedule('b', 'rubric', true);
    scheduler.receive({ id: posted[0]?.id ?? 0, failure: 'old' });
    scheduler.receive({ id: posted[1]?.id ?? 0, failure: 'new' });
    expect(failures).toEqual(['new']);
    scheduler.schedule('c', 'rubric', true);
    scheduler.dispose();
    scheduler.receive(answer(posted[2]));
    expect(results).toEqual([]);
  });

  it('drops a late preview for an old request, even when its diagnostics were delivered', () => {
    const { scheduler, posted, previews, log, answer, previewOf, fire } = harness();
    scheduler.schedule('a', 'rubric', true);
    scheduler.receive(answer(posted[0]));
    scheduler.schedule('ab', 'rubric'); // typed on before the preview for 'a' arrived
    scheduler.receive(previewOf(posted[0]));
    expect(previews).toEqual([]);
    fire();
    scheduler.receive(previewOf(posted[0])); // even later, with 'ab' in flight
    scheduler.receive(answer(posted[1]));
    scheduler.receive(previewOf(posted[1]));
    expect(log).toEqual([`check ${posted[0]?.id}`, `check ${posted[1]?.id}`, `preview ${posted[1]?.id}`]);
    expect(previews[0]?.html).toBe('<p>ab</p>');
  });

  it('applies a request\'s diagnostics before its preview, and never a preview without them', () => {
    const { scheduler, posted, previews, log, answer, previewOf } = harness();
    scheduler.schedule('a', 'rubric', true);
    // A preview that somehow overtook its diagnostics is not shown ahead of them.
    scheduler.receive(previewOf(posted[0]));
    expect(previews).toEqual([]);
    scheduler.receive(answer(posted[0]));
    scheduler.receive(previewOf(posted[0]));
    expect(log).toEqual([`check ${posted[0]?.id}`, `preview ${posted[0]?.id}`]);
  });

  it('debounces for checkDebounceMs by default', () => {
    const delays: number[] = [];
    const scheduler = createCheckScheduler({
      post: () => undefined,
      onResult: () => undefined,
      onFailure: () => undefined,
      setTimer: (_run, ms) => delays.push(ms),
      clearTimer: () => undefined,
    });
    scheduler.schedule('a', 'rubric');
    expect(delays).toEqual([checkDebounceMs]);
  });

  it('renders the preview at once when rendering is cheap, and after a pause twice its cost when not', () => {
    expect(previewPauseMs(undefined)).toBe(0);
    expect(previewPauseMs(10)).toBe(0);
    expect(previewPauseMs(60)).toBe(120);
    expect(previewPauseMs(5000)).toBe(300);
  });

  it('adapts the typing pause to the measured cost: none when a check is cheap, twice the cost when not', () => {
    expect(typingPauseMs(undefined)).toBe(checkDebounceMs);
    expect(typingPauseMs(cheapCheckMs)).toBe(0);
    expect(typingPauseMs(20)).toBe(40);
    expect(typingPauseMs(500)).toBe(checkDebounceMs);

    let clock = 0;
    const delays: number[] = [];
    const posted: CheckRequest[] = [];
    const scheduler = createCheckScheduler({
      post: (request) => posted.push(request),
      onResult: () => undefined,
      onFailure: () => undefined,
      setTimer: (run, ms) => {
        delays.push(ms);
        run();
      },
      clearTimer: () => undefined,
      now: () => clock,
    });
    const answerAfter = (ms: number) => {
      clock += ms;
      const request = posted[posted.length - 1]!;
      scheduler.receive({ id: request.id, part: 'check', diagnostics: [], outline: [], checkMs: ms });
    };
    scheduler.schedule('a', 'rubric');
    expect(delays).toEqual([checkDebounceMs]);
    answerAfter(4);
    // Cheap: the next keystroke is checked at once, without a timer.
    scheduler.schedule('ab', 'rubric');
    expect(delays).toEqual([checkDebounceMs]);
    expect(posted.map((r) => r.text)).toEqual(['a', 'ab']);
    answerAfter(30);
    // Costly now (30 ms): a key that follows within the burst waits twice that.
    clock += 10;
    scheduler.schedule('abc', 'rubric');
    expect(delays[1]).toBe(60);
    // A key after a pause longer than that wait is checked at once: a timer would have fired already.
    answerAfter(30);
    clock += 100;
    scheduler.schedule('abcd', 'rubric');
    expect(delays).toHaveLength(2);
    expect(posted.map((r) => r.text)).toEqual(['a', 'ab', 'abc', 'abcd']);
  });

  it('counts the worker time of a check, not the time it waited behind a preview, as its cost', () => {
    let clock = 0;
    const delays: number[] = [];
    const posted: CheckRequest[] = [];
    const scheduler = createCheckScheduler({
      post: (request) => posted.push(request),
      onResult: () => undefined,
      onFailure: () => undefined,
      setTimer: (run, ms) => {
        delays.push(ms);
        run();
      },
      clearTimer: () => undefined,
      now: () => clock,
    });
    scheduler.schedule('a', 'rubric', true);
    // 60 ms pass before the answer (the worker was rendering a preview), but the check took 3 ms.
    clock += 60;
    scheduler.receive({ id: posted[0]!.id, part: 'check', diagnostics: [], outline: [], checkMs: 3 });
    scheduler.schedule('ab', 'rubric');
    expect(delays).toEqual([]);
    expect(posted.map((r) => r.text)).toEqual(['a', 'ab']);
  });

  it('keeps one request in flight: text typed meanwhile is sent, newest only, when its diagnostics arrive', () => {
    const { scheduler, posted, results, answer } = harness();
    scheduler.schedule('a', 'rubric', true);
    scheduler.schedule('ab', 'rubric', true);
    scheduler.schedule('abc', 'rubric', true);
    expect(posted.map((r) => r.text)).toEqual(['a']);
    scheduler.receive(answer(posted[0]));
    expect(posted.map((r) => r.text)).toEqual(['a', 'abc']);
    expect(results).toEqual([]);
    scheduler.receive(answer(posted[1]));
    expect(results.map((r) => r.text)).toEqual(['abc']);
  });
});

/// <reference lib="webworker" />
/**
 * The check worker: runs the whole core pipeline (parse, validate, analyze, model) and renders
 * the preview on every edit, so typing never waits for it. Answers carry the request id; the
 * client drops answers to text that has since changed.
 */
import { createIncrementalChecker } from '../../core/incremental/index.ts';
import { renderHtml } from '../../core/render/index.ts';
import type { CheckRequest, CheckResponse } from './check-protocol.ts';
import { buildOutline } from './outline.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// One checker for the worker's life: it keeps the previous text and re-parses only the YAML
// blocks an edit touched, with exactly checkFramework's results (core/incremental).
const checker = createIncrementalChecker();

scope.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { id, text, view } = event.data;
  let response: CheckResponse;
  try {
    const started = performance.now();
    const { framework, diagnostics, parsed } = checker.check(text);
    const checked = performance.now();
    const html = renderHtml(framework, view === 'parity' ? { sections: ['title', 'parity'] } : {});
    const outline = buildOutline(framework, parsed);
    response = { id, diagnostics, html, view, outline, checkMs: checked - started, renderMs: performance.now() - checked };
  } catch (error) {
    // A bug in core must not leave the studio with stale problems and no explanation.
    response = { id, failure: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};

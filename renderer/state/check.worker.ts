/// <reference lib="webworker" />
/**
 * The check worker: runs the whole core pipeline (parse, validate, analyze, model) and renders
 * the preview on every edit, so typing never waits for it. Each request gets two answers, both
 * carrying the request id: the diagnostics and outline as soon as the check is done, then the
 * preview HTML. The client drops answers to text that has since changed.
 */
import { createIncrementalChecker } from '../../core/incremental/index.ts';
import type { Framework } from '../../core/model/index.ts';
import { renderHtml } from '../../core/render/index.ts';
import type { CheckRequest, CheckResponse, PreviewView } from './check-protocol.ts';
import { buildOutline } from './outline.ts';
import { buildIdIndex } from '../editor/id-index.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// One checker for the worker's life: it keeps the previous text and re-parses only the YAML
// blocks an edit touched, with exactly checkFramework's results (core/incremental).
const checker = createIncrementalChecker();
/** The newest request seen: a preview for an older one is not worth rendering. */
let latestId = 0;

const failure = (id: number, error: unknown): CheckResponse => ({ id, failure: error instanceof Error ? error.message : String(error) });

function renderPreview(id: number, framework: Framework, view: PreviewView): void {
  // A newer request arrived while this one waited: its own preview supersedes this one.
  if (id !== latestId) return;
  let response: CheckResponse;
  try {
    const started = performance.now();
    const html = renderHtml(framework, view === 'parity' ? { sections: ['title', 'parity'] } : {});
    response = { id, part: 'preview', html, view, renderMs: performance.now() - started };
  } catch (error) {
    response = failure(id, error);
  }
  scope.postMessage(response);
}

scope.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { id, text, view } = event.data;
  latestId = Math.max(latestId, id);
  let framework: Framework;
  let response: CheckResponse;
  try {
    const started = performance.now();
    const checked = checker.check(text);
    framework = checked.framework;
    const outline = buildOutline(checked.framework, checked.parsed);
    const ids = buildIdIndex(checked.parsed);
    response = { id, part: 'check', diagnostics: checked.diagnostics, outline, ids, checkMs: performance.now() - started };
  } catch (error) {
    // A bug in core must not leave the studio with stale problems and no explanation.
    scope.postMessage(failure(id, error));
    return;
  }
  scope.postMessage(response);
  // Render after yielding, so a request that arrived meanwhile is seen (and this render skipped).
  setTimeout(() => renderPreview(id, framework, view), 0);
};

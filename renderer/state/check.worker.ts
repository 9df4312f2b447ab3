/// <reference lib="webworker" />
/**
 * The check worker: runs the whole core pipeline (parse, validate, analyze, model) and renders
 * the preview on every edit, so typing never waits for it. Each request gets two answers, both
 * carrying the request id: the diagnostics and outline as soon as the check is done, then the
 * preview HTML. The client drops answers to text that has since changed.
 */
import type { CheckResult as CoreCheckResult } from '../../core/check.ts';
import { checkWithIncludes, type IncludeCheckResult } from '../../core/include/check.ts';
import { documentKind, includeEntries } from '../../core/include/document-kind.ts';
import type { IncludeHost } from '../../core/include/host.ts';
import { createIncrementalChecker } from '../../core/incremental/index.ts';
import type { Framework } from '../../core/model/index.ts';
import { exportFramework, renderHtml } from '../../core/render/index.ts';
import type { CheckRequest, CheckResponse, ExportAnswer, ExportJob, LibrariesMessage, PreviewView } from './check-protocol.ts';
import { libraryIncludeHost } from './library-host.ts';
import { previewPauseMs } from './check-scheduler.ts';
import { buildOutline } from './outline.ts';
import { buildIdIndex, withLibraryIds } from '../editor/id-index.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// One checker for the worker's life: it keeps the previous text and re-parses only the YAML
// blocks an edit touched, with exactly checkFramework's results (core/incremental).
const checker = createIncrementalChecker();
/** The newest request seen: a preview for an older one is not worth rendering. */
let latestId = 0;
/** The preview waiting for typing to pause (see previewPauseMs), and what the last render cost. */
let previewTimer: ReturnType<typeof setTimeout> | undefined;
let renderCostMs: number | undefined;
/** The open document's name and the libraries opened with it. */
let libraries: { document: string; host: IncludeHost } = { document: 'framework.yaml', host: libraryIncludeHost([]) };
/** The last check made with libraries, while the text still uses them: an export of that text reuses it. */
let lastWithLibraries: { text: string; result: IncludeCheckResult } | undefined;

const usesLibraries = (data: unknown) => documentKind(data) === 'library' || includeEntries(data).length > 0;

/**
 * The check of the editor's text: the incremental checker's, unless the file includes libraries
 * or is one, which is checked with them as the command line checks it (a full check each time:
 * the merge reads every library). A file that used libraries at its last check goes straight
 * there, without an incremental check whose result would be thrown away.
 */
function checkText(text: string): CoreCheckResult & { libraryDocuments?: IncludeCheckResult['libraryDocuments'] } {
  if (lastWithLibraries?.text === text) return lastWithLibraries.result;
  if (!lastWithLibraries) {
    const checked = checker.check(text);
    if (checked.parsed.broken || !usesLibraries(checked.parsed.data)) return checked;
  }
  const result = checkWithIncludes(libraries.document, text, libraries.host);
  lastWithLibraries = !result.parsed.broken && usesLibraries(result.parsed.data) ? { text, result } : undefined;
  return result;
}

/**
 * Exports with the model already built for this text (the studio exports what it just checked),
 * through core's one export service. PDF comes back as the page to print: the browser's print
 * dialog, on the page's side, is the printer.
 */
async function runExport(job: ExportJob): Promise<ExportAnswer> {
  // The checker hands back its last result, model included, when the text is the one it last
  // checked, which is what the studio exports; only other text is checked here first.
  const check = checkText(job.text);
  let printHtml: string | undefined;
  const result = await exportFramework(check, job.settings, {
    async print(input) {
      printHtml = input.html;
      return null;
    },
  });
  if (!result.ok) {
    const blocker = result.reason === 'blocked' ? result.blockers[0] : undefined;
    const hint = blocker?.kind === 'errors' ? ` Fix ${blocker.count === 1 ? 'it' : 'them'} first (see Problems), then export again.` : '';
    return { exportId: job.exportId, ok: false, message: `${blocker?.message ?? result.message}${hint}` };
  }
  if (printHtml !== undefined) return { exportId: job.exportId, ok: true, format: result.format.id, printHtml };
  return { exportId: job.exportId, ok: true, format: result.format.id, data: typeof result.data === 'string' ? result.data : '' };
}

const failure = (id: number, error: unknown): CheckResponse => ({ id, failure: error instanceof Error ? error.message : String(error) });

function renderPreview(id: number, framework: Framework, view: PreviewView): void {
  // A newer request arrived while this one waited: its own preview supersedes this one.
  if (id !== latestId) return;
  let response: CheckResponse;
  try {
    const started = performance.now();
    const html = renderHtml(framework, view === 'parity' ? { sections: ['title', 'parity'] } : {});
    renderCostMs = performance.now() - started;
    response = { id, part: 'preview', html, view, renderMs: renderCostMs };
  } catch (error) {
    response = failure(id, error);
  }
  scope.postMessage(response);
}

scope.onmessage = (event: MessageEvent<CheckRequest | ExportJob | LibrariesMessage>) => {
  if ('kind' in event.data && event.data.kind === 'libraries') {
    const { document, libraries: files, problems, host } = event.data;
    libraries = { document, host: libraryIncludeHost(files, problems, host) };
    lastWithLibraries = undefined;
    return;
  }
  if ('kind' in event.data) {
    const job = event.data;
    runExport(job).then(
      (answer) => scope.postMessage(answer),
      (error: unknown) => scope.postMessage({ exportId: job.exportId, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies ExportAnswer),
    );
    return;
  }
  const { id, text, view } = event.data;
  latestId = Math.max(latestId, id);
  if (previewTimer !== undefined) clearTimeout(previewTimer);
  previewTimer = undefined;
  let framework: Framework;
  let response: CheckResponse;
  let checked: ReturnType<typeof checkText>;
  try {
    const started = performance.now();
    checked = checkText(text);
    framework = checked.framework;
    const outline = buildOutline(checked.framework, checked.parsed);
    response = { id, part: 'check', diagnostics: checked.diagnostics, outline, checkMs: performance.now() - started };
  } catch (error) {
    // A bug in core must not leave the studio with stale problems and no explanation.
    scope.postMessage(failure(id, error));
    return;
  }
  scope.postMessage(response);
  try {
    scope.postMessage({ id, part: 'ids', ids: withLibraryIds(buildIdIndex(checked.parsed), checked.libraryDocuments ?? []) } satisfies CheckResponse);
  } catch (error) {
    scope.postMessage(failure(id, error));
    return;
  }
  // Render after yielding and, when rendering is slow, after a pause in typing: a request that
  // arrives meanwhile cancels this render and schedules its own.
  previewTimer = setTimeout(() => {
    previewTimer = undefined;
    renderPreview(id, framework, view);
  }, previewPauseMs(renderCostMs));
};

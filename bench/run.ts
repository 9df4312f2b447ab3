/**
 * `npm run bench`: times the core pipeline, exports and the browser studio on generated
 * frameworks of about 50 KB, 500 KB and 5 MB, compares validation with yaml-language-server in
 * the same process, prints a table and writes bench/results/latest.json.
 *
 * Options: --sizes 50KB,500KB (subset), --no-browser (skip Chromium), --no-growth (skip the
 * 2,000 → 20,000 role growth measures), --quick (fewer runs).
 * The CLI start-up ratio comes from bench/cli-start.ts, the 20-framework site build from
 * bench/site-build.ts.
 * Every figure printed is measured in this run; nothing is estimated.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Browser } from 'playwright-core';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'yaml-language-server';
import { analyze } from '../core/analyze/index.ts';
import { checkFramework } from '../core/check.ts';
import { createIncrementalChecker } from '../core/incremental/index.ts';
import { buildFramework } from '../core/model/build.ts';
import type { Framework } from '../core/model/index.ts';
import { forgetRemembered } from '../core/memo.ts';
import { parseFramework } from '../core/parse.ts';
import { printInput, renderHtml, renderMarkdown } from '../core/render/index.ts';
import { validateSchema } from '../core/validate.ts';
import { launchChromium } from '../cli/chromium.ts';
import { printPdf } from '../cli/pdf.ts';
import { diagnosticsToMarkers } from '../renderer/editor/markers.ts';
import schema from '../schemas/framework.schema.json' with { type: 'json' };
import { npmStart } from '../scripts/npm-script-process.ts';
import { bundleSizes, ensureWebBuild, measureColdStart, measureKeystrokes, serveStatic, type BundleSizes, type ColdStart, type KeystrokeLatency } from './browser.ts';
import { benchCliStart, cliStartTarget } from './cli-start.ts';
import { BENCH_SIZES, generateFramework } from './generate-framework.ts';
import { benchGrowth, GROWTH_LIMIT, GROWTH_ROLES, type GrowthResult } from './growth.ts';
import { benchSiteBuild, siteBuildTarget } from './site-build.ts';
import { measure, ms, type Timing } from './stats.ts';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string' },
    'no-browser': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    'no-growth': { type: 'boolean', default: false },
  },
});

// Heap figures need a real collection before each reading.
v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const log = (line: string) => process.stderr.write(`${line}\n`);

interface SizeResult {
  name: string;
  bytes: number;
  lines: number;
  diagnostics: number;
  timings: Record<string, Timing>;
  /** Incremental checks that ran block-wise (the rest fell back to a full check). */
  incrementalRuns: string;
  heapAfterParseBytes: number;
  heapIncrementalStateBytes: number;
  ratios: { keystrokeVsYamlLs: number; fullCheckVsYamlLs: number };
  /** Set when core refuses the document (size limit): nothing else was measured for it. */
  refused?: string;
}

/** Where a user would be typing: inside a bullet near `fraction` of the document. */
function typingSpot(text: string, fraction: number): number {
  const from = Math.floor(text.length * fraction);
  const bullet = text.indexOf('            - ', from);
  const line = bullet >= 0 ? bullet : text.indexOf('\n', from);
  return text.indexOf(' ', line + 20) + 1;
}

/** Holds what a heap reading measures, so the collector cannot drop it before the reading. */
const heapSink: { value: unknown } = { value: undefined };

function heapDelta(make: () => unknown): number {
  heapSink.value = undefined;
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  heapSink.value = make();
  gc();
  gc();
  const after = process.memoryUsage().heapUsed;
  heapSink.value = undefined;
  return after - before;
}

async function benchSize(size: { name: string; bytes: number; seed: number }, quick: boolean): Promise<SizeResult> {
  const big = size.bytes >= 1_000_000;
  const runs = quick ? (big ? 2 : 5) : big ? 5 : size.bytes >= 200_000 ? 15 : 30;
  const warmup = quick ? 1 : big ? 1 : 5;
  const text = generateFramework({ targetBytes: size.bytes, seed: size.seed });
  log(`${size.name}: ${text.length} characters, ${runs} runs per measure`);
  const timings: Record<string, Timing> = {};

  // Heap first, on a quiet heap, after one unmeasured parse (so one-time allocations of the
  // yaml library are not charged to the document); the median of three readings smooths out
  // collector timing.
  parseFramework(text);
  createIncrementalChecker().check(text);
  const median3 = (read: () => number) => [read(), read(), read()].sort((a, b) => a - b)[1] as number;
  const heapAfterParseBytes = median3(() => heapDelta(() => parseFramework(text)));
  const heapIncrementalStateBytes = median3(() =>
    heapDelta(() => {
      const c = createIncrementalChecker();
      c.check(text);
      return c;
    }),
  );

  const parsed = parseFramework(text);
  const framework = buildFramework(parsed.data);
  const clean = checkFramework(text);
  const refusal = clean.diagnostics.find((d) => d.code === 'file/too-large');
  if (refusal) {
    log(`${size.name}: core refuses it (${refusal.message}); not measured.`);
    return {
      name: size.name,
      bytes: text.length,
      lines: text.split('\n').length,
      diagnostics: clean.diagnostics.length,
      timings,
      incrementalRuns: '0/0',
      heapAfterParseBytes: Number.NaN,
      heapIncrementalStateBytes: Number.NaN,
      ratios: { keystrokeVsYamlLs: Number.NaN, fullCheckVsYamlLs: Number.NaN },
      refused: refusal.message,
    };
  }
  if (clean.diagnostics.length > 0) log(`${size.name}: warning, the generated framework has ${clean.diagnostics.length} diagnostics`);

  timings.parse = await measure(runs, warmup, () => parseFramework(text));
  timings.validate = await measure(runs, warmup, () => validateSchema(parsed));
  timings.model = await measure(runs, warmup, () => buildFramework(parsed.data));
  timings.analyze = await measure(runs, warmup, () => analyze(framework, parsed));

  // Each run types one more letter at one of three spots, as a user typing a word would.
  const spots = [0.1, 0.5, 0.9].map((f) => typingSpot(text, f));
  let typed = text;
  let inserted = spots.map(() => 0);
  const restart = () => {
    typed = text;
    inserted = spots.map(() => 0);
  };
  const typeNext = (i: number): string => {
    const k = Math.abs(i) % spots.length;
    // Letters typed at earlier spots move the later ones; each spot grows a word left to right.
    let at = spots[k] as number;
    for (let j = 0; j <= k; j += 1) at += inserted[j] as number;
    typed = `${typed.slice(0, at)}${'etaoin'[inserted[k] as number % 6]}${typed.slice(at)}`;
    inserted[k] = (inserted[k] as number) + 1;
    return typed;
  };

  timings.fullCheck = await measure(runs, warmup, (i) => checkFramework(typeNext(i)));

  restart();
  const checker = createIncrementalChecker();
  checker.check(typed);
  let incremental = 0;
  let total = 0;
  timings.keystroke = await measure(runs * 2, warmup, (i) => {
    const result = checker.check(typeNext(i));
    diagnosticsToMarkers(result.diagnostics);
    if (i >= 0) {
      total += 1;
      if (checker.stats.mode === 'incremental') incremental += 1;
    }
    return result;
  });

  // The same path when the keystroke breaks or mends a reference, so positions are computed too.
  const reference = text.indexOf('level: L', Math.floor(text.length / 2)) + 'level: L'.length;
  const broken = `${text.slice(0, reference)}x${text.slice(reference)}`;
  const errorChecker = createIncrementalChecker();
  errorChecker.check(text);
  timings.keystrokeError = await measure(runs * 2, warmup, (i) => {
    const result = errorChecker.check(Math.abs(i) % 2 === 0 ? broken : text);
    diagnosticsToMarkers(result.diagnostics);
    return result;
  });

  // yaml-language-server, as VS Code's YAML extension and monaco-yaml run it: same text, same schema.
  const languageService = getLanguageService({
    schemaRequestService: () => Promise.resolve(JSON.stringify(schema)),
    workspaceContext: { resolveRelativePath: (relativePath: string) => relativePath },
  });
  languageService.configure({ validate: true, schemas: [{ uri: 'https://rungs.dev/schemas/framework.schema.json', fileMatch: ['*'], schema }] });
  restart();
  let version = 0;
  timings.yamlLanguageServer = await measure(runs, Math.max(2, warmup), async (i) => {
    version += 1;
    // A new version per run: the service caches parses by version, as it would between keystrokes.
    return languageService.doValidation(TextDocument.create('file:///bench.yaml', 'yaml', version, typeNext(i)), false);
  });

  // The preview path: each run renders the model of the text with one more letter typed in a
  // bullet, as the studio re-renders after a keystroke (content caches warm from earlier renders).
  restart();
  const edited = Array.from({ length: runs + warmup }, (_, i) => checkFramework(typeNext(i)).framework);
  renderHtml(framework);
  timings.html = await measure(runs, warmup, (i) => renderHtml(edited[i < 0 ? -1 - i : warmup + i] as Framework));
  // The first export of a process (the command line's case): every content cache empty.
  timings.htmlCold = await measure(runs, warmup, () => {
    forgetRemembered();
    return renderHtml(framework);
  });
  timings.markdown = await measure(runs, warmup, () => renderMarkdown(framework));


  return {
    name: size.name,
    bytes: text.length,
    lines: text.split('\n').length,
    diagnostics: clean.diagnostics.length,
    timings,
    incrementalRuns: `${incremental}/${total}`,
    heapAfterParseBytes,
    heapIncrementalStateBytes,
    ratios: {
      keystrokeVsYamlLs: timings.keystroke.median / timings.yamlLanguageServer.median,
      fullCheckVsYamlLs: timings.fullCheck.median / timings.yamlLanguageServer.median,
    },
  };
}

async function benchPdf(quick: boolean): Promise<{ cold: number; warm: Timing; bytes: number } | { error: string }> {
  const text = generateFramework({ targetBytes: 50_000, seed: 50 });
  const framework = checkFramework(text).framework;
  try {
    // Cold: what `rungs export --format pdf` does, Chromium launch included.
    const started = performance.now();
    const pdf = await printPdf(printInput(framework));
    const cold = performance.now() - started;
    const browser = await launchChromium();
    try {
      const warm = await measure(quick ? 2 : 5, 1, () => printPdf(printInput(framework), browser));
      return { cold, warm, bytes: pdf.length };
    } finally {
      await browser.close();
    }
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** How the studio was served: as `npm start` serves it, and the built app on a plain static server. */
type StudioPath = 'npm start' | 'built app';

interface StudioFigures {
  coldStart?: ColdStart;
  keystrokes: Record<string, KeystrokeLatency>;
  error?: string;
}

interface BrowserResult {
  bundle?: BundleSizes;
  paths: Partial<Record<StudioPath, StudioFigures>>;
  error?: string;
}

/** Cold start and keystroke latency of the studio at one address. */
async function benchStudio(browser: Browser, url: string, quick: boolean, sizes: readonly { name: string; bytes: number; seed: number }[], path: StudioPath): Promise<StudioFigures> {
  const figures: StudioFigures = { keystrokes: {} };
  try {
    log(`studio (${path}): cold start`);
    figures.coldStart = await measureColdStart(browser, url, quick ? 3 : 7);
    // The studio is measured up to 500 KB: beyond that Monaco itself, not the checker, dominates.
    for (const size of sizes.filter((s) => s.bytes <= 500_000)) {
      log(`studio (${path}): keystroke to markers at ${size.name}`);
      const text = generateFramework({ targetBytes: size.bytes, seed: size.seed });
      figures.keystrokes[size.name] = await measureKeystrokes(browser, url, text, `(${Math.round(size.bytes / 1000)} KB)`, quick ? 4 : 10);
    }
  } catch (error) {
    figures.error = error instanceof Error ? error.message : String(error);
  }
  return figures;
}

async function benchBrowser(quick: boolean, sizes: readonly { name: string; bytes: number; seed: number }[]): Promise<BrowserResult> {
  const result: BrowserResult = { paths: {} };
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    // What a newcomer runs: `npm start` without a display or an Electron binary (the browser studio).
    log('studio: npm start');
    const started = await npmStart('start').catch((error: unknown) => error as Error);
    if (started instanceof Error) result.paths['npm start'] = { keystrokes: {}, error: started.message.split('\n')[0] };
    else {
      try {
        result.paths['npm start'] = await benchStudio(browser, started.url, quick, sizes, 'npm start');
      } finally {
        await started.stop();
      }
    }
    const root = ensureWebBuild(repoRoot, log);
    result.bundle = bundleSizes(root);
    const served = await serveStatic(root);
    try {
      result.paths['built app'] = await benchStudio(browser, served.url, quick, sizes, 'built app');
    } finally {
      await new Promise<void>((done) => served.server.close(() => done()));
    }
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  } finally {
    await browser?.close();
  }
  return result;
}

interface Target {
  measure: string;
  size: string;
  limit: string;
  actual: string;
  met: boolean | null;
}

/** The studio's own ready marks when it sets them, else the time seen from Node. */
function coldStartFigure(start: ColdStart): number {
  return Number.isNaN(start.ready.median) ? start.wall.median : start.ready.median;
}

function targets(results: SizeResult[], pdf: Awaited<ReturnType<typeof benchPdf>>, browser: BrowserResult | undefined, growth: GrowthResult[]): Target[] {
  const list: Target[] = [];
  const keystroke: Record<string, number> = { '50KB': 2, '500KB': 5, '5MB': 50 };
  const html: Record<string, number> = { '50KB': 1, '500KB': 10, '5MB': 250 };
  for (const r of results) {
    if (r.refused) {
      list.push({ measure: 'all measures', size: r.name, limit: '—', actual: `refused by core: ${r.refused}`, met: null });
      continue;
    }
    const k = keystroke[r.name];
    if (k !== undefined) list.push({ measure: 'keystroke → markers + preview model (median)', size: r.name, limit: `≤ ${k} ms`, actual: `${ms(r.timings.keystroke?.median)} ms`, met: (r.timings.keystroke?.median ?? Infinity) <= k });
    const h = html[r.name];
    if (h !== undefined) {
      list.push({ measure: 'HTML export after a keystroke (median)', size: r.name, limit: `≤ ${h} ms`, actual: `${ms(r.timings.html?.median)} ms`, met: (r.timings.html?.median ?? Infinity) <= h });
      list.push({ measure: 'HTML export, first of a process (median)', size: r.name, limit: `≤ ${h} ms`, actual: `${ms(r.timings.htmlCold?.median)} ms`, met: (r.timings.htmlCold?.median ?? Infinity) <= h });
    }
    list.push({ measure: 'full check / yaml-language-server', size: r.name, limit: '≤ 0.33', actual: r.ratios.fullCheckVsYamlLs.toFixed(3), met: r.ratios.fullCheckVsYamlLs <= 0.33 });
    const heapRatio = r.heapAfterParseBytes / r.bytes;
    if (r.name !== '50KB') list.push({ measure: 'heap after parse', size: r.name, limit: '≤ 3× document', actual: `${heapRatio.toFixed(1)}×`, met: heapRatio <= 3 });
  }
  for (const g of growth) {
    for (const measure of ['check', 'html']) {
      const factor = g.factors[measure] ?? Number.NaN;
      list.push({ measure: `${measure === 'check' ? 'full check' : 'HTML export'} growth, ${GROWTH_ROLES[0]} → ${GROWTH_ROLES[1]} roles`, size: g.shape, limit: `≤ ${GROWTH_LIMIT}×`, actual: `${factor.toFixed(1)}×`, met: factor <= GROWTH_LIMIT });
    }
  }
  if ('cold' in pdf) list.push({ measure: 'PDF export, Chromium launch included', size: '50KB', limit: '≤ 3000 ms', actual: `${ms(pdf.cold)} ms`, met: pdf.cold <= 3000 });
  else list.push({ measure: 'PDF export', size: '50KB', limit: '≤ 3000 ms', actual: pdf.error, met: null });
  const squiggle: Record<string, number> = { '50KB': 50, '500KB': 100 };
  for (const [path, figures] of Object.entries(browser?.paths ?? {})) {
    if (figures.coldStart) {
      const start = coldStartFigure(figures.coldStart);
      list.push({ measure: `studio cold start, ${path} (median)`, size: 'default template', limit: '≤ 1000 ms', actual: `${ms(start)} ms`, met: start <= 1000 });
    } else list.push({ measure: `studio cold start, ${path}`, size: 'default template', limit: '≤ 1000 ms', actual: figures.error ?? 'not measured', met: null });
    for (const [name, k] of Object.entries(figures.keystrokes)) {
      const limit = squiggle[name];
      if (limit !== undefined) list.push({ measure: `keystroke → squiggle, ${path} (median)`, size: name, limit: `≤ ${limit} ms`, actual: `${ms(k.toSquiggle.median)} ms`, met: k.toSquiggle.median <= limit });
    }
  }
  if (browser?.error) list.push({ measure: 'studio', size: '—', limit: '—', actual: browser.error, met: null });
  return list;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function printTable(results: SizeResult[], pdf: Awaited<ReturnType<typeof benchPdf>>, browser: BrowserResult | undefined, list: Target[]): void {
  const rows: [string, string][] = [
    ['parse', 'parse'],
    ['validate', 'validate (schema)'],
    ['model', 'model (buildFramework)'],
    ['analyze', 'analyze'],
    ['fullCheck', 'full check (checkFramework)'],
    ['keystroke', 'keystroke → markers + model (incremental)'],
    ['keystrokeError', '  same, keystroke adds/removes an error'],
    ['yamlLanguageServer', 'yaml-language-server doValidation'],
    ['html', 'HTML render after a keystroke'],
    ['htmlCold', '  same, first render of a process'],
    ['markdown', 'Markdown render'],
  ];
  const cpus = os.cpus();
  const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
  process.stdout.write(`${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, Node ${process.version}, load average ${load} (other work on the machine skews timings)\n\n`);
  const first = 44;
  const col = 22;
  const out: string[] = [];
  out.push(pad('median / p90 (ms)', first) + results.map((r) => pad(`${r.name} (${(r.bytes / 1000).toFixed(0)} KB)`, col)).join(''));
  for (const [key, label] of rows) {
    out.push(pad(label, first) + results.map((r) => pad(`${ms(r.timings[key]?.median)} / ${ms(r.timings[key]?.p90)}`, col)).join(''));
  }
  out.push(pad('ours / yaml-language-server (keystroke)', first) + results.map((r) => pad(r.ratios.keystrokeVsYamlLs.toFixed(3), col)).join(''));
  out.push(pad('ours / yaml-language-server (full check)', first) + results.map((r) => pad(r.ratios.fullCheckVsYamlLs.toFixed(3), col)).join(''));
  out.push(pad('heap after parse (MB, × document)', first) + results.map((r) => pad(`${(r.heapAfterParseBytes / 1e6).toFixed(1)} (${(r.heapAfterParseBytes / r.bytes).toFixed(1)}×)`, col)).join(''));
  out.push(pad('incremental checker state (MB)', first) + results.map((r) => pad((r.heapIncrementalStateBytes / 1e6).toFixed(1), col)).join(''));
  out.push(pad('keystrokes checked block-wise', first) + results.map((r) => pad(r.incrementalRuns, col)).join(''));
  for (const r of results) if (r.refused) out.push(`${r.name}: not measured, core refuses it: ${r.refused}`);
  out.push('');
  if ('cold' in pdf) out.push(`PDF export of the 50 KB framework: ${ms(pdf.cold)} ms with Chromium launch; ${ms(pdf.warm.median)} / ${ms(pdf.warm.p90)} ms (median / p90) with Chromium running; ${(pdf.bytes / 1000).toFixed(0)} KB`);
  else out.push(`PDF export: not measured (${pdf.error})`);
  if (browser) {
    for (const [path, figures] of Object.entries(browser.paths)) {
      if (figures.coldStart) {
        const c = figures.coldStart;
        out.push(
          `Studio (${path}) cold start to editable editor + rendered preview: ${ms(c.ready.median)} / ${ms(c.ready.p90)} ms by the studio's marks, ` +
            `${ms(c.wall.median)} / ${ms(c.wall.p90)} ms seen from Node (first contentful paint ${ms(c.firstContentfulPaint.median)} ms)`,
        );
      }
      for (const [name, k] of Object.entries(figures.keystrokes)) {
        out.push(
          `Studio (${path}) keystroke at ${name}: squiggle painted ${ms(k.toSquiggle.median)} / ${ms(k.toSquiggle.p90)} ms, markers applied ${ms(k.toMarkers.median)} ms ` +
            `(of which typing pause ${ms(k.debounce.median)} ms, worker round trip ${ms(k.worker.median)} ms)`,
        );
      }
      if (figures.error) out.push(`Studio (${path}): ${figures.error}`);
    }
    if (browser.bundle) {
      const b = browser.bundle;
      out.push(`Studio bundle: ${(b.entryJsBytes / 1e6).toFixed(2)} MB of JavaScript loaded by index.html, ${(b.totalJsBytes / 1e6).toFixed(2)} MB in ${b.jsFiles} files in all (uncompressed)`);
    }
    if (browser.error) out.push(`Studio: ${browser.error}`);
  }
  out.push('');
  out.push('Targets (medians on this machine):');
  for (const t of list) out.push(`  ${t.met === null ? '?' : t.met ? '✓' : '✗'} ${pad(t.measure, 46)} ${pad(t.size, 17)} ${pad(t.limit, 16)} ${t.actual}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

/** Medians at each role count and the factor between them, per shape and measure. */
function printGrowth(growth: GrowthResult[]): void {
  if (growth.length === 0) return;
  const out = ['', `Growth with the number of roles (median ms; factor for 10× the roles, linear ≈ 10×, target ≤ ${GROWTH_LIMIT}×):`];
  for (const g of growth) {
    const measures = Object.keys(g.factors);
    out.push(`  ${pad(g.shape, 10)} ${measures.map((m) => pad(m, 24)).join('')}`);
    for (const run of g.runs) out.push(`  ${pad(`${run.roles}`, 10)} ${measures.map((m) => pad(`${ms(run.timings[m]?.median)}`, 24)).join('')}`);
    out.push(`  ${pad('factor', 10)} ${measures.map((m) => pad(`${(g.factors[m] ?? Number.NaN).toFixed(1)}×`, 24)).join('')}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

async function main(): Promise<void> {
  const quick = args.quick ?? false;
  const wanted = args.sizes?.split(',').map((s) => s.trim().toUpperCase());
  const sizes = BENCH_SIZES.filter((s) => !wanted || wanted.includes(s.name.toUpperCase()));
  const started = performance.now();
  const results: SizeResult[] = [];
  for (const size of sizes) results.push(await benchSize(size, quick));
  log('PDF export');
  const pdf = await benchPdf(quick);
  const browser = args['no-browser'] ? undefined : await benchBrowser(quick, sizes);
  log('CLI start (whole processes)');
  const cliStart = benchCliStart(quick ? 5 : 15);
  log('rungs site of 20 frameworks (whole processes)');
  const siteBuild = benchSiteBuild(quick ? 2 : 5);
  const growth = args['no-growth'] ? [] : await benchGrowth(quick ? 2 : 3, log);
  const list = [...targets(results, pdf, browser, growth), cliStartTarget(cliStart), siteBuildTarget(siteBuild)];
  printTable(results, pdf, browser, list);
  printGrowth(growth);
  const cpus = os.cpus();
  const report = {
    date: new Date().toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    machine: { cpus: cpus.length, cpu: cpus[0]?.model ?? 'unknown', memoryGB: Math.round(os.totalmem() / 1e9), loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))), node: process.version, platform: `${process.platform} ${os.release()}` },
    durationSeconds: Math.round((performance.now() - started) / 1000),
    sizes: results,
    pdf,
    browser: browser ?? null,
    cliStart,
    siteBuild,
    growth,
    targets: list,
  };
  const dir = join(repoRoot, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  log(`Wrote bench/results/latest.json (${report.durationSeconds} s).`);
}

await main();

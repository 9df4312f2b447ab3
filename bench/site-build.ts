/**
 * How long `rungs site` takes for an organisation of 20 job families, as a whole process: the five
 * templates, each published four times under its own family name (about 500 KB of YAML, over 200
 * role pages), the shape of a company that keeps one framework per discipline. The target is
 * ≤ 3 s. Run on its own with `npx tsx bench/site-build.ts [--runs N]`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { summarise, type Timing } from './stats.ts';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));

export const SITE_FRAMEWORKS = 20;
export const SITE_LIMIT_MS = 3000;

export interface SiteBuild {
  frameworks: number;
  yamlBytes: number;
  files: number;
  wall: Timing;
  runs: number;
}

/** A folder of SITE_FRAMEWORKS frameworks made from the templates, each family named apart. */
function organisation(folder: string): number {
  const templates = readdirSync(path.join(repoRoot, 'templates')).filter((f) => f.endsWith('.yaml')).sort();
  let bytes = 0;
  for (let i = 0; i < SITE_FRAMEWORKS; i += 1) {
    const template = templates[i % templates.length]!;
    const family = `family-${String(i + 1).padStart(2, '0')}`;
    const text = readFileSync(path.join(repoRoot, 'templates', template), 'utf8').replace(/^name: (.*)$/m, `name: $1 (${family})`);
    writeFileSync(path.join(folder, `${family}.yaml`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

function buildOnce(ladders: string, output: string): { ms: number; files: number } {
  rmSync(output, { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin/rungs.mjs'), 'site', ladders, '-o', output], { encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`rungs site exited ${result.status}: ${result.stderr.trim()}`);
  const files = Number(/, (\d+) files/.exec(result.stderr)?.[1] ?? Number.NaN);
  return { ms: elapsed, files };
}

/** Builds the site `runs` times after one warm-up (which also rebuilds a stale CLI bundle). */
export function benchSiteBuild(runs: number): SiteBuild {
  const work = mkdtempSync(path.join(tmpdir(), 'rungs-bench-site-'));
  try {
    const ladders = path.join(work, 'ladders');
    mkdirSync(ladders);
    const yamlBytes = organisation(ladders);
    const output = path.join(work, 'site');
    const { files } = buildOnce(ladders, output);
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) times.push(buildOnce(ladders, output).ms);
    return { frameworks: SITE_FRAMEWORKS, yamlBytes, files, wall: summarise(times), runs };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The row `npm run bench` adds to its targets table. */
export function siteBuildTarget(result: SiteBuild): { measure: string; size: string; limit: string; actual: string; met: boolean } {
  return {
    measure: 'rungs site (whole process, median)',
    size: `${result.frameworks} frameworks`,
    limit: `≤ ${SITE_LIMIT_MS} ms`,
    actual: `${result.wall.median.toFixed(0)} ms (${(result.yamlBytes / 1000).toFixed(0)} KB of YAML, ${result.files} files written)`,
    met: result.wall.median <= SITE_LIMIT_MS,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
  const result = benchSiteBuild(Number(values.runs));
  const row = siteBuildTarget(result);
  process.stdout.write(`${row.measure}, ${row.size}: ${row.actual}; min ${result.wall.min.toFixed(0)}, max ${result.wall.max.toFixed(0)} ms (target ${row.limit})\n`);
}

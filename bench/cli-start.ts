/**
 * How long `rungs validate` of a template takes as a whole process, against `node -e 0` (Node's
 * own start-up, the floor any command line pays). A CI job that checks many framework files pays
 * this once per file, so the target is a ratio: at most 3× `node -e 0`.
 *
 * The two commands run in turn (A B A B …) after a warm-up, each ratio is taken pair by pair and
 * the median of those is reported, so a machine whose speed drifts during the run skews both sides
 * alike. Run on its own with `npx tsx bench/cli-start.ts [--runs N]`.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { summarise, type Timing } from './stats.ts';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));

/** The command timed, run from the checkout exactly as `npx rungs validate` runs it. */
export const cliStartCommand = ['bin/rungs.mjs', 'validate', 'templates/spotify-style-dual-track.yaml'];

export interface CliStart {
  command: string;
  rungs: Timing;
  node: Timing;
  /** Median of the per-pair ratios rungs / node. */
  ratio: number;
  runs: number;
}

function wallMs(args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr.trim()}`);
  return elapsed;
}

/** Times `rungs validate` of the default template against `node -e 0`, `runs` pairs after 2 warm-ups. */
export function benchCliStart(runs: number): CliStart {
  const floor = ['-e', '0'];
  // The first run also rebuilds the bundle if a source changed; neither warm-up is counted.
  for (let i = 0; i < 2; i += 1) {
    wallMs(cliStartCommand);
    wallMs(floor);
  }
  const rungs: number[] = [];
  const node: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const a = wallMs(cliStartCommand);
    const b = wallMs(floor);
    rungs.push(a);
    node.push(b);
    ratios.push(a / b);
  }
  return { command: `node ${cliStartCommand.join(' ')}`, rungs: summarise(rungs), node: summarise(node), ratio: summarise(ratios).median, runs };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
  const result = benchCliStart(Number(values.runs));
  const ms = (t: Timing) => `${t.median.toFixed(0)} ms (min ${t.min.toFixed(0)}, max ${t.max.toFixed(0)})`;
  process.stdout.write(`${result.command}: ${ms(result.rungs)}\nnode -e 0: ${ms(result.node)}\nratio (median of ${result.runs} pairs): ${result.ratio.toFixed(2)} (target ≤ 3)\n`);
}

/** The row `npm run bench` adds to its targets table. */
export function cliStartTarget(result: CliStart): { measure: string; size: string; limit: string; actual: string; met: boolean } {
  return {
    measure: 'rungs validate / node -e 0 (whole process)',
    size: 'default template',
    limit: '≤ 3×',
    actual: `${result.ratio.toFixed(2)}× (${result.rungs.median.toFixed(0)} vs ${result.node.median.toFixed(0)} ms, median of ${result.runs})`,
    met: result.ratio <= 3,
  };
}

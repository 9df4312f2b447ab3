/**
 * What only a real `rungs` process shows: a kill in the middle of a write never leaves a cut file,
 * and hostile input to the importers is refused in one line with exit 2, quickly.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { crashSigns, spawnRungs } from '../hostile/cli-runner.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'rungs-cli-process-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A valid framework big enough that its HTML export takes a while to write (a few MB). */
function bigFramework(roles: number): string {
  return stringify({
    rungs: 1,
    name: 'Big ladder',
    dimensions: [{ id: 'craft', name: 'Craft', kind: 'hard' }],
    levels: Array.from({ length: roles }, (_, i) => ({ id: `L${i + 1}` })),
    tracks: [
      {
        id: 'ic',
        name: 'IC',
        kind: 'ic',
        roles: Array.from({ length: roles }, (_, i) => ({
          id: `role-${i + 1}`,
          title: `Engineer ${i + 1}`,
          level: `L${i + 1}`,
          expectations: { craft: Array.from({ length: 20 }, (_, k) => `Level ${i + 1} expectation ${k}: ${'delivers work that others build on. '.repeat(3)}`) },
        })),
      },
    ],
  });
}

/** Starts `rungs args…` and kills it with SIGKILL after `delayMs`, or lets it finish. */
function runAndKill(args: string[], delayMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'bin/rungs.mjs'), ...args], { cwd: root, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('killing rungs in the middle of a write', () => {
  it('always leaves the target with its old or its new content, never a part', async () => {
    const framework = path.join(dir, 'big.yaml');
    writeFileSync(framework, bigFramework(120));
    const target = path.join(dir, 'out.html');
    const full = spawnRungs(['export', framework, '-o', target]);
    expect(full.code, full.stderr).toBe(0);
    const fresh = readFileSync(target, 'utf8');
    expect(fresh.length).toBeGreaterThan(1_000_000);

    const old = 'the previous export\n';
    const seen = new Set<string>();
    // From before the file is opened to after it is renamed. The first rounds kill at once, so some
    // kill lands before the rename however fast the machine is; the later ones spread over the write.
    for (let round = 0; round < 16; round += 1) {
      writeFileSync(target, old);
      await runAndKill(['export', framework, '-o', target], round < 2 ? round * 20 : 150 + round * 100);
      const now = readFileSync(target, 'utf8');
      const state = now === old ? 'old' : now === fresh ? 'new' : `cut at ${now.length} bytes`;
      seen.add(state);
      expect(['old', 'new'], `round ${round}`).toContain(state);
      // A kill can leave a hidden temp file behind; never a visible one, never in place of the target.
      expect(readdirSync(dir).filter((f) => !f.startsWith('.')).sort()).toEqual(['big.yaml', 'out.html']);
    }
    // The early kills land before the rename; the test would prove nothing if none did.
    expect(seen.has('old')).toBe(true);
  }, 180_000);
});

describe('hostile input to import and import-track, as a real process', () => {
  const csvText = 'Competency,Junior (L1),Senior (L2)\nCraft,Ships.,Designs.\n';
  const yamlText = 'rungs: 1\nname: Acme\nlevels: [{ id: L1 }]\n';
  const inputs: Record<string, (plain: string) => Buffer> = {
    binary: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    'UTF-16': (plain) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(plain, 'utf16le')]),
    'invalid UTF-8': (plain) => Buffer.concat([Buffer.from(plain), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]),
  };
  const expected: Record<string, RegExp> = {
    binary: /is a binary file, not text/,
    'UTF-16': /is saved as UTF-16 text, which Rungs does not read: save it as UTF-8/,
    'invalid UTF-8': /:\d+:\d+ is not UTF-8 text: save it as UTF-8/,
    '40 MB': /is 40 MB, over the 8 MB limit/,
  };

  for (const command of ['import', 'import-track'] as const) {
    for (const kind of [...Object.keys(inputs), '40 MB']) {
      it(`${command}: ${kind} exits 2 with one line, within 2 s`, () => {
        const file = path.join(dir, `${command}-${kind.replace(/\W+/g, '-')}.${command === 'import' ? 'csv' : 'yaml'}`);
        if (kind === '40 MB') {
          writeFileSync(file, '');
          truncateSync(file, 40_000_000);
        } else {
          writeFileSync(file, inputs[kind]?.(command === 'import' ? csvText : yamlText) ?? '');
        }
        const out = path.join(dir, `${command}-out.yaml`);
        const args = command === 'import' ? ['import', file, '-o', out] : ['import-track', file, '--template', 'startup', '--track', 'ic', '-o', out];
        const started = Date.now();
        const run = spawnRungs(args);
        const elapsed = Date.now() - started;
        expect(run.code, run.stderr).toBe(2);
        expect(crashSigns(run.stderr)).toEqual([]);
        const lines = run.stderr.trim().split('\n');
        expect(lines, run.stderr).toHaveLength(1);
        expect(lines[0]).toMatch(expected[kind] ?? /^$/);
        expect(run.stdout).toBe('');
        expect(readdirSync(dir)).not.toContain(path.basename(out));
        expect(elapsed).toBeLessThan(2000);
      });
    }
  }
});

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, where bin/rungs.mjs and the fixtures live. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** A small library: shared levels and a dimension, no tracks. */
export const LIBRARY = 'rungs: 1\nname: Shared engineering\nlevels:\n  - id: L1\n  - id: L2\ndimensions:\n  - { id: craft, name: Craft, kind: hard }\n';

/**
 * An organisation's repository in a temporary folder, as `rungs validate <folder>` meets one:
 * two frameworks (one with a warning), a library, and files it must skip (a CI config, a
 * framework inside node_modules and one inside a hidden folder, a text file). Returns the folder
 * that holds `org/`, to run the CLI in.
 */
export function makeOrgFolder(): string {
  const cwd = mkdtempSync(path.join(tmpdir(), 'rungs-org-'));
  const put = (file: string, text?: string, from?: string) => {
    const target = path.join(cwd, 'org', file);
    mkdirSync(path.dirname(target), { recursive: true });
    if (from !== undefined) copyFileSync(path.join(root, 'tests/fixtures', from), target);
    else writeFileSync(target, text ?? '');
  };
  put('backend.yaml', undefined, 'valid/minimal.yaml');
  put('data/data-engineering.yml', undefined, 'invalid/missing-ic-twin.yaml');
  put('shared/engineering.yaml', LIBRARY);
  put('ci.yml', 'stages: [test]\ntest:\n  script: [npm test]\n');
  put('node_modules/some-package/framework.yaml', undefined, 'invalid/unknown-level.yaml');
  put('.github/workflows/framework.yaml', undefined, 'invalid/unknown-level.yaml');
  put('.hidden.yaml', undefined, 'invalid/unknown-level.yaml');
  put('notes.md', '# Notes\n');
  return cwd;
}

/** Runs the built CLI as a user would, in `cwd`. */
export function rungsIn(cwd: string, args: string[], input?: string) {
  const result = spawnSync(process.execPath, [path.join(root, 'bin/rungs.mjs'), ...args], { cwd, encoding: 'utf8', input, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The claims in SECURITY.md that live in code no unit test runs (the React preview, Electron's
 * start-up), checked in the source so that weakening one fails here. The behaviour itself is
 * exercised by the Electron and browser end-to-end specs.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const source = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe('SECURITY.md claims', () => {
  it('shows the preview in a frame whose sandbox forbids scripts', () => {
    const frames = [...source('renderer/preview/PreviewPane.tsx').matchAll(/<iframe[\s\S]*?\/>/g)].map((m) => m[0]);
    expect(frames).toHaveLength(1);
    const sandbox = /sandbox="([^"]*)"/.exec(frames[0] ?? '')?.[1];
    expect(sandbox).toBeDefined();
    expect(sandbox?.split(/\s+/)).not.toContain('allow-scripts');
  });

  it('refuses every permission request and check in the desktop app', () => {
    const main = source('electron/main/index.ts');
    expect(main).toMatch(/setPermissionRequestHandler\(\(_contents, _permission, callback\) => callback\(false\)\)/);
    expect(main).toMatch(/setPermissionCheckHandler\(\(\) => false\)/);
  });

  it('names only test files that exist', () => {
    const named = [...source('SECURITY.md').matchAll(/`((?:tests\/)?[\w/.-]+\.test\.ts)`/g)].map((m) => m[1] ?? '');
    expect(named.length).toBeGreaterThan(10);
    for (const name of named) {
      // Short names in a list ("ipc.test.ts") sit beside the first test named in full before them.
      const candidates = name.startsWith('tests/') ? [name] : ['tests/unit/electron/', 'tests/unit/node/', 'tests/unit/'].map((d) => `${d}${name}`);
      expect(candidates.some((c) => existsSync(path.join(root, c))), `${name} in SECURITY.md`).toBe(true);
    }
  });
});

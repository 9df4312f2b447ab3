/**
 * Vitest global setup for the e2e project: builds the browser studio once per run into a
 * private temporary folder (so parallel runs never replace each other's files mid-test) and
 * serves it on a free localhost port. Specs read the address with `inject('studioUrl')`.
 * Set RUNGS_STUDIO_DIST to a finished build (e.g. dist-web) to serve it as is instead.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../../scripts/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    studioUrl: string;
  }
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const prebuilt = process.env.RUNGS_STUDIO_DIST;
  const outDir = prebuilt ? resolve(prebuilt) : mkdtempSync(join(tmpdir(), 'rungs-studio-'));
  if (!prebuilt) {
    await build({ configFile: join(repoRoot, 'vite.web.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } else if (!existsSync(join(outDir, 'index.html'))) {
    throw new Error(`RUNGS_STUDIO_DIST=${prebuilt} holds no built studio (index.html is missing).`);
  }
  const { server, url } = await serveStatic(outDir);
  project.provide('studioUrl', url);
  return async () => {
    await new Promise<void>((done) => server.close(() => done()));
    if (!prebuilt) rmSync(outDir, { recursive: true, force: true });
  };
}

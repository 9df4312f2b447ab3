/**
 * Vitest global setup for the e2e project: builds the browser studio once per run into a
 * private temporary folder (so parallel runs never replace each other's files mid-test) and
 * serves it on a free localhost port. Specs read the address with `inject('studioUrl')`.
 * Set RUNGS_STUDIO_DIST to a finished build (e.g. dist-web) to serve it as is instead.
 */
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    studioUrl: string;
  }
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** A static file server for the build: only files under dist-web/, nothing else on disk. */
function serve(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ server, url: `http://127.0.0.1:${port}/` });
    });
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const prebuilt = process.env.RUNGS_STUDIO_DIST;
  const outDir = prebuilt ? resolve(prebuilt) : mkdtempSync(join(tmpdir(), 'rungs-studio-'));
  if (!prebuilt) {
    await build({ configFile: join(repoRoot, 'vite.web.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } else if (!existsSync(join(outDir, 'index.html'))) {
    throw new Error(`RUNGS_STUDIO_DIST=${prebuilt} holds no built studio (index.html is missing).`);
  }
  const { server, url } = await serve(outDir);
  project.provide('studioUrl', url);
  return async () => {
    await new Promise<void>((done) => server.close(() => done()));
    if (!prebuilt) rmSync(outDir, { recursive: true, force: true });
  };
}

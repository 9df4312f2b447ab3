import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, searchForWorkspaceRoot, type Plugin, type UserConfig } from 'vite';
import { devStudioCsp, studioCsp, studioCspHeader } from './host-api/studio-csp.ts';

/**
 * Adds the CSP meta tag to the built index.html. The policy itself lives in host-api/studio-csp.ts,
 * the one source shared with the Electron main process. The dev server cannot carry this strict
 * meta tag (Vite injects an inline React Refresh script); it sends a development variant as a
 * header instead (studioCspDevHeaders below).
 */
function studioCspPlugin(): Plugin {
  return {
    name: 'rungs-studio-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after the charset (which must come first), before any script the policy governs.
      handler: (html) =>
        html.replace(/<meta charset="[^"]*"\s*\/?>/i, (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${studioCsp}" />`),
    },
  };
}

/**
 * Sends the development policy on every dev-server response, so `npm run web` and the browser
 * fallback of `npm start` are protected too. Set per request rather than in `server.headers`
 * because the HMR socket's address depends on the host and port the server actually got
 * (strictPort is off); a Host header that is not a plain host[:port] gets the policy without it.
 */
function studioCspDevHeaders(): Plugin {
  return {
    name: 'rungs-studio-csp-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const host = req.headers.host;
        const serverUrl = host && /^[A-Za-z0-9.:[\]-]{1,255}$/.test(host) ? `http://${host}` : undefined;
        res.setHeader('Content-Security-Policy', devStudioCsp(serverUrl));
        next();
      });
    },
  };
}

const rendererRoot = fileURLToPath(new URL('./renderer', import.meta.url));

/**
 * The renderer's Vite settings, shared by the browser build below and the Electron build
 * (electron.vite.config.ts spreads this into its `renderer` entry).
 */
export const rendererViteConfig: UserConfig = {
  root: rendererRoot,
  // Relative asset URLs, so the same build works from file:// in Electron and from any web path.
  base: './',
  plugins: [react(), studioCspPlugin(), studioCspDevHeaders()],
  worker: { format: 'es' },
  optimizeDeps: {
    // monaco-yaml's worker imports path-browserify, a CommonJS module. The dev server's scan does
    // not follow `?worker` imports, so without this the worker loads it raw and dies with
    // "module is not defined" (remcohaszing/monaco-yaml#270): no completion, hover or format.
    include: ['monaco-yaml > path-browserify'],
  },
  build: {
    target: 'es2022',
    // Monaco's editor core is one large chunk by nature; it loads after first paint.
    chunkSizeWarningLimit: 4096,
    reportCompressedSize: false,
  },
};

export default defineConfig({
  ...rendererViteConfig,
  build: {
    ...rendererViteConfig.build,
    outDir: fileURLToPath(new URL('./dist-web', import.meta.url)),
    emptyOutDir: true,
  },
  server: {
    port: 5173,
    strictPort: false,
    // A node_modules that is a symlink (a git worktree sharing another checkout's install) lies
    // outside the workspace root; without this the dev server refuses Monaco's icon font (403).
    fs: { allow: [searchForWorkspaceRoot(process.cwd()), realpathSync(fileURLToPath(new URL('./node_modules', import.meta.url)))] },
  },
  // `vite preview` serves the built page, which carries the meta tag; the header adds frame-ancestors.
  preview: { port: 4173, strictPort: false, headers: { 'Content-Security-Policy': studioCspHeader } },
});

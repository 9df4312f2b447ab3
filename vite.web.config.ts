import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

/**
 * The studio's Content Security Policy. Scripts only from our own files (no inline script, no
 * eval: the validator is precompiled), workers from our files or blobs (Monaco), styles inline
 * because Monaco and the rendered rubric inject <style> elements.
 */
export const studioCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "worker-src 'self' blob:",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "frame-src 'self' blob: data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

/**
 * Adds the CSP meta tag to the built index.html only: Vite's dev server injects an inline
 * script for React refresh, which this policy would (rightly) block.
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

const rendererRoot = fileURLToPath(new URL('./renderer', import.meta.url));

/**
 * The renderer's Vite settings, shared by the browser build below and the Electron build
 * (electron.vite.config.ts spreads this into its `renderer` entry).
 */
export const rendererViteConfig: UserConfig = {
  root: rendererRoot,
  // Relative asset URLs, so the same build works from file:// in Electron and from any web path.
  base: './',
  plugins: [react(), studioCspPlugin()],
  worker: { format: 'es' },
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
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import { rendererViteConfig } from './vite.web.config.ts';

const at = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/**
 * The desktop build: main (ESM, Node), preload (one CommonJS file, because sandboxed preloads can
 * neither be ES modules nor require anything but `electron`), and the same renderer settings as
 * the browser build, so the two studios cannot drift apart.
 */
export default defineConfig({
  main: {
    build: {
      outDir: at('./out/main'),
      lib: { entry: at('./electron/main/index.ts'), formats: ['es'], fileName: () => 'index.js' },
      // Dependencies stay in node_modules (and in the asar) instead of being inlined.
      externalizeDeps: true,
    },
  },
  preload: {
    build: {
      outDir: at('./out/preload'),
      // Bundle channels.ts in; nothing may be left to require() at run time in the sandbox.
      externalizeDeps: false,
      isolatedEntries: true,
      lib: { entry: at('./electron/preload/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
      rollupOptions: { external: ['electron'] },
    },
  },
  renderer: {
    ...rendererViteConfig,
    build: {
      ...rendererViteConfig.build,
      outDir: at('./out/renderer'),
      emptyOutDir: true,
      rollupOptions: { input: at('./renderer/index.html') },
    },
  },
});

// ESLint: typescript-eslint's recommended rules plus the layering rule of ARCHITECTURE.md §2.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * Who may import whom (ARCHITECTURE.md §2), as `no-restricted-imports` patterns per folder. The
 * regexes match the import specifier, so they catch both relative paths (`../electron/main/x.ts`)
 * and packages (`electron`, `node:fs`).
 */
const segment = (names) => `(^|/)(${names})(/|$)`;
const layering = {
  core: [
    { regex: segment('electron|renderer|cli|node|host-api|tests|scripts|bench'), message: 'core/ is pure TypeScript: it may not import the app, the Node layer, the CLI or tests.' },
    { regex: '^(node:|fs$|path$|os$|child_process$|react($|/)|react-dom|monaco-editor|monaco-yaml|playwright-core)', message: 'core/ runs in Node, the browser and Electron: no I/O, no Electron, no DOM libraries.' },
  ],
  renderer: [
    { regex: '^(node:|electron($|/))', message: 'The renderer runs sandboxed: no Node, no Electron. Use the host in renderer/host/.' },
    { regex: segment('cli|electron|node'), message: 'renderer/ talks to the host only through the host-api/ contract.' },
    { regex: '(^|/)host-api/(api|channels)(\\.ts)?$', allowTypeImports: true, message: 'Import the host contract with `import type` only.' },
  ],
  preload: [
    { regex: '^node:', message: 'The preload is sandboxed: electron and host-api/ only.' },
    { regex: segment('core|renderer|cli|main|node'), message: 'preload/ is a thin bridge: electron and host-api/ only.' },
  ],
  main: [{ regex: segment('renderer|cli|preload'), message: 'main/ may use core, node/, host-api/ and node:* only.' }],
  hostApi: [
    { regex: segment('electron|renderer|cli|node|tests|scripts|bench'), message: 'host-api/ is the contract both sides own: it may import core types only.' },
    { regex: '^(node:|electron($|/)|react|monaco)', message: 'host-api/ runs on both sides of the bridge: no Node, no Electron, no DOM libraries.' },
  ],
  cli: [{ regex: segment('electron|renderer'), message: 'cli/ is a Node adapter over core and node/.' }],
  node: [
    { regex: segment('electron|renderer|cli|host-api|tests|scripts|bench'), message: 'node/ is the Node layer both shells share: it may import core and node:* only.' },
    { regex: '^(electron($|/)|react|monaco|playwright-core)', message: 'node/ runs in the CLI and in Electron main alike: no Electron, no DOM libraries, no browser.' },
  ],
};
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'dist-web/', 'release/', 'test-results/', 'core/generated/', '**/*.generated.ts', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['core/**/*.ts'], rules: restrict(layering.core) },
  { files: ['renderer/**/*.ts', 'renderer/**/*.tsx'], languageOptions: { globals: globals.browser }, rules: restrict(layering.renderer) },
  { files: ['electron/preload/**/*.ts'], rules: restrict(layering.preload) },
  { files: ['electron/main/**/*.ts'], rules: restrict(layering.main) },
  { files: ['cli/**/*.ts'], rules: restrict(layering.cli) },
  { files: ['node/**/*.ts'], rules: restrict(layering.node) },
  { files: ['host-api/**/*.ts'], rules: restrict(layering.hostApi) },
  {
    files: ['cli/**/*.ts', 'node/**/*.ts', 'electron/main/**/*.ts', 'scripts/**', 'tests/**', 'bench/**', 'bin/**', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
);

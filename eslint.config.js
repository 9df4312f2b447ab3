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
    { regex: segment('electron|renderer|cli|tests|scripts|bench'), message: 'core/ is pure TypeScript: it may not import the app, the CLI or tests.' },
    { regex: '^(node:|fs$|path$|os$|child_process$|react($|/)|react-dom|monaco-editor|monaco-yaml|playwright-core)', message: 'core/ runs in Node, the browser and Electron: no I/O, no Electron, no DOM libraries.' },
  ],
  renderer: [
    { regex: '^(node:|electron($|/))', message: 'The renderer runs sandboxed: no Node, no Electron. Use the host in renderer/host/.' },
    { regex: `${segment('cli')}|(^|/)electron/(?!api(\\.ts)?$)`, message: 'renderer/ talks to the host only through the electron/api.ts contract.' },
    { regex: '(^|/)electron/api(\\.ts)?$', allowTypeImports: true, message: 'Import the host contract with `import type` only.' },
  ],
  preload: [
    { regex: '^node:', message: 'The preload is sandboxed: electron and electron/api.ts only.' },
    { regex: segment('core|renderer|cli|main'), message: 'preload/ is a thin bridge: electron and electron/api.ts only.' },
  ],
  main: [{ regex: segment('renderer|cli|preload'), message: 'main/ may use core, electron/api.ts and node:* only.' }],
  cli: [{ regex: segment('electron|renderer'), message: 'cli/ is a Node adapter over core.' }],
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
  {
    files: ['cli/**/*.ts', 'electron/main/**/*.ts', 'scripts/**', 'tests/**', 'bench/**', 'bin/**', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
);

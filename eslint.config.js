// ESLint: typescript-eslint's recommended rules plus the layering rule of ARCHITECTURE.md §2.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

/** Who may import whom (ARCHITECTURE.md §2). Each zone forbids `target` from importing `from`. */
const layering = [
  // core is pure: no Electron, no renderer, no CLI, no Node built-ins.
  { target: './core', from: ['./electron', './renderer', './cli', './tests', './scripts', './bench'], message: 'core/ is pure TypeScript: it may import only yaml, ajv and other pure libraries.' },
  // the renderer sees the host only through electron/api.ts (type-only, checked below).
  { target: './renderer', from: ['./electron/main', './electron/preload', './cli'], message: 'renderer/ talks to the host only through the electron/api.ts contract.' },
  { target: './electron/preload', from: ['./core', './renderer', './cli', './electron/main'], message: 'preload/ is a thin bridge: electron and electron/api.ts only.' },
  { target: './electron/main', from: ['./renderer', './cli', './electron/preload'], message: 'main/ may use core, electron/api.ts and node:* only.' },
  { target: './cli', from: ['./electron', './renderer'], message: 'cli/ is a Node adapter over core.' },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'dist-web/', 'release/', 'test-results/', 'core/generated/', '**/*.generated.ts', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layering }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'electron', 'react', 'react-dom', 'monaco-editor', 'playwright-core'], message: 'core/ runs in Node, the browser and Electron: no I/O, no Electron, no DOM libraries.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          // A group entry 'electron' would also match the path ../electron/api.ts (allowed below as a type import).
          { regex: '^(node:|electron($|/))', message: 'The renderer runs sandboxed: no Node, no Electron. Use the host in renderer/host/.' },
          { group: ['**/electron/api', '**/electron/api.ts'], allowTypeImports: true, message: 'Import the host contract with `import type` only.' },
        ],
      }],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*'], message: 'The preload is sandboxed: electron and electron/api.ts only.' }] }],
    },
  },
  {
    files: ['cli/**/*.ts', 'electron/main/**/*.ts', 'scripts/**', 'tests/**', 'bench/**', 'bin/**', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
);

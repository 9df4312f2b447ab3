import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering table of ARCHITECTURE.md §2 is only real if the linter refuses each forbidden
// import and accepts each allowed one. These lint virtual files with the project's own config.
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const refused: [string, string, string][] = [
  ['core', 'core/sample.ts', "import { readFileSync } from 'node:fs';"],
  ['core', 'core/render/sample.ts', "import type { RungsApi } from '../../host-api/api.ts';"],
  ['core', 'core/sample.ts', "import { buildProgram } from '../cli/program.ts';"],
  ['core', 'core/sample.ts', "import { createRoot } from 'react-dom/client';"],
  ['renderer', 'renderer/sample.ts', "import { ipcRenderer } from 'electron';"],
  ['renderer', 'renderer/sample.ts', "import { readFile } from 'node:fs/promises';"],
  ['renderer', 'renderer/editor/sample.ts', "import { channels } from '../../host-api/channels.ts';"],
  ['renderer', 'renderer/sample.ts', "import { registerIpc } from '../electron/main/ipc.ts';"],
  ['renderer', 'renderer/sample.ts', "import * as api from '../host-api/api.ts';"],
  ['renderer', 'renderer/sample.ts', "import { buildProgram } from '../cli/program.ts';"],
  ['preload', 'electron/preload/sample.ts', "import { checkFramework } from '../../core/index.ts';"],
  ['preload', 'electron/preload/sample.ts', "import { readFileSync } from 'node:fs';"],
  ['preload', 'electron/preload/sample.ts', "import { registerIpc } from '../main/ipc.ts';"],
  ['main', 'electron/main/sample.ts', "import { App } from '../../renderer/App.tsx';"],
  ['main', 'electron/main/sample.ts', "import { buildProgram } from '../../cli/program.ts';"],
  ['cli', 'cli/sample.ts', "import { registerIpc } from '../electron/main/ipc.ts';"],
  ['cli', 'cli/sample.ts', "import { getHost } from '../renderer/host/index.ts';"],
  ['renderer', 'renderer/host/sample.ts', "import type { RungsApi } from '../../electron/api.ts';"],
  ['host-api', 'host-api/sample.ts', "import { readFileSync } from 'node:fs';"],
  ['host-api', 'host-api/sample.ts', "import { ipcRenderer } from 'electron';"],
  ['host-api', 'host-api/sample.ts', "import { App } from '../renderer/App.tsx';"],
  ['node', 'node/sample.ts', "import { app } from 'electron';"],
  ['node', 'node/sample.ts', "import { registerIpc } from '../electron/main/ipc.ts';"],
  ['node', 'node/sample.ts', "import { buildProgram } from '../cli/program.ts';"],
  ['node', 'node/sample.ts', "import type { RungsApi } from '../host-api/api.ts';"],
  ['renderer', 'renderer/sample.ts', "import { readTextFile } from '../node/read-text-file.ts';"],
  ['core', 'core/sample.ts', "import { atomicWrite } from '../node/atomic-write.ts';"],
];

const allowed: [string, string, string][] = [
  ['core', 'core/sample.ts', "import { parseDocument } from 'yaml';"],
  ['core', 'core/render/sample.ts', "import type { Framework } from '../model/types.ts';"],
  ['renderer', 'renderer/sample.ts', "import type { RungsApi } from '../host-api/api.ts';"],
  ['renderer', 'renderer/sample.ts', "import { checkFramework } from '../core/index.ts';"],
  ['renderer', 'renderer/shell/sample.ts', "import { commands } from '../../host-api/commands.ts';"],
  ['preload', 'electron/preload/sample.ts', "import { contextBridge } from 'electron';"],
  ['preload', 'electron/preload/sample.ts', "import { channels } from '../../host-api/channels.ts';"],
  ['main', 'electron/main/sample.ts', "import { channels } from '../../host-api/channels.ts';"],
  ['host-api', 'host-api/sample.ts', "import type { Diagnostic } from '../core/diagnostics.ts';"],
  ['main', 'electron/main/sample.ts', "import { checkFramework } from '../../core/index.ts';"],
  ['main', 'electron/main/sample.ts', "import { readFile } from 'node:fs/promises';"],
  ['cli', 'cli/sample.ts', "import { checkFramework } from '../core/index.ts';"],
  ['cli', 'cli/sample.ts', "import { atomicWrite } from '../node/atomic-write.ts';"],
  ['main', 'electron/main/sample.ts', "import { DocumentStore } from '../../node/document-store.ts';"],
  ['node', 'node/sample.ts', "import { MAX_TEXT_LENGTH } from '../core/parse.ts';"],
  ['node', 'node/sample.ts', "import { promises } from 'node:fs';"],
];

describe('the layering rule (ARCHITECTURE.md §2)', () => {
  it.each(refused)('refuses in %s: %s %s', async (_layer, filePath, code) => {
    expect(await restrictedImports(filePath, code)).not.toEqual([]);
  });
  it.each(allowed)('allows in %s: %s %s', async (_layer, filePath, code) => {
    expect(await restrictedImports(filePath, code)).toEqual([]);
  });
});

import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLanguageService } from 'yaml-language-server';
import { checkFramework } from '../../../core/check.ts';
import { importTrack } from '../../../core/import/track.ts';
import { parsePlain } from '../../../core/parse-plain.ts';
import { templateText } from '../../../core/templates/index.ts';
import { frameworkModelPath, schemaAssociations } from '../../../renderer/editor/schema-associations.ts';
import schema from '../../../schemas/framework.schema.json' with { type: 'json' };

const root = path.resolve(import.meta.dirname, '../../..');
const modeline = /^# yaml-language-server: \$schema=(\S+)\n/;

function rungs(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, 'bin/rungs.mjs'), ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The files `npm pack` would put in the package, as paths inside it. */
function packedFiles(): string[] {
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  expect(result.status, result.stderr).toBe(0);
  const [pack] = JSON.parse(result.stdout) as Array<{ files: Array<{ path: string }> }>;
  return pack!.files.map((f) => f.path);
}

/** yaml-language-server as VS Code's YAML extension runs it: schemas are read from where the header points. */
function vscodeYaml() {
  const service = getLanguageService({
    schemaRequestService: async (uri: string) => readFile(fileURLToPath(uri), 'utf8'),
    workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).toString() },
  });
  service.configure({ validate: true, schemas: [] });
  return service;
}

let dir = '';
let packed: string[] = [];
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'rungs-header-'));
  packed = packedFiles();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('rungs new writes a $schema header', () => {
  it('points at the schema a project installed, relative to the file, and VS Code validates with it', async () => {
    const project = path.join(dir, 'project');
    const installed = path.join(project, 'node_modules/rungs');
    const shipped = packed.find((file) => file === 'schemas/framework.schema.json');
    expect(shipped, 'the package ships the framework schema').toBeDefined();
    await mkdir(path.join(installed, 'schemas'), { recursive: true });
    await copyFile(path.join(root, shipped!), path.join(installed, shipped!));

    const file = path.join(project, 'rungs/team.rungs.yaml');
    await mkdir(path.dirname(file), { recursive: true });
    expect(rungs(project, 'new', '-t', 'startup', '-o', file).code).toBe(0);
    const text = await readFile(file, 'utf8');
    const reference = modeline.exec(text)?.[1];
    expect(reference).toBe('../node_modules/rungs/schemas/framework.schema.json');
    expect(path.resolve(path.dirname(file), reference!)).toBe(path.join(installed, shipped!));
    expect(text.slice(text.indexOf('\n') + 1)).toBe(templateText('startup'));
    expect(rungs(project, 'validate', '--strict', file).code).toBe(0);

    const service = vscodeYaml();
    const uri = pathToFileURL(file).toString();
    expect(await service.doValidation(TextDocument.create(uri, 'yaml', 1, text), false)).toEqual([]);
    // The same service reports a schema error once the file breaks the schema: the header is what brought it in.
    const broken = text.replace(/^rungs: 1$/m, 'rungs: one');
    const problems = await service.doValidation(TextDocument.create(uri, 'yaml', 2, broken), false);
    expect(problems.length).toBeGreaterThan(0);
  });

  it('falls back to the public $id URL outside a project, the address the catalog names', async () => {
    const catalog = JSON.parse(await readFile(path.join(root, 'schemas/catalog.json'), 'utf8')) as { schemas: Array<{ url: string }> };
    const loose = path.join(dir, 'loose');
    await mkdir(loose);
    const { code, stdout } = rungs(loose, 'new', '-t', 'big-tech');
    expect(code).toBe(0);
    expect(modeline.exec(stdout)?.[1]).toBe(schema.$id);
    expect(catalog.schemas.map((s) => s.url)).toContain(schema.$id);
    expect(packed).toContain('schemas/framework.schema.json');
    expect(packed).toContain('schemas/catalog.json');
  });

  it('writes --schema as given for a URL, and relative to the file for a path', async () => {
    const url = 'https://example.com/rungs/framework.schema.json';
    expect(modeline.exec(rungs(dir, 'new', '-t', 'startup', '--schema', url).stdout)?.[1]).toBe(url);
    const file = path.join(dir, 'deep/down/ladder.yaml');
    await mkdir(path.dirname(file), { recursive: true });
    expect(rungs(dir, 'new', '-t', 'startup', '-o', file, '--schema', 'schemas/my.json').code).toBe(0);
    expect(modeline.exec(await readFile(file, 'utf8'))?.[1]).toBe('../../schemas/my.json');
  });

  it('keeps every reader working: the fast parse, the full check and import-track', () => {
    const text = `# yaml-language-server: $schema=${schema.$id}\n${templateText('spotify-style-dual-track')!}`;
    expect(parsePlain(text), 'the header stays on the fast parse path').toBeDefined();
    expect(checkFramework(text).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const imported = importTrack(text, 'multi-discipline', 'sre');
    expect(imported.text?.startsWith(`# yaml-language-server: $schema=${schema.$id}\n`)).toBe(true);
  });

  it('keeps the studio schema-aware whichever header rungs new wrote', async () => {
    // The studio's settings, with schema requests off as in the studio: a header it does not know loses hover.
    const service = getLanguageService({
      schemaRequestService: (uri: string) => Promise.reject(new Error(`no schema requests in the studio: ${uri}`)),
      workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).toString() },
    });
    service.configure({ hover: true, schemas: schemaAssociations });
    const references = [schema.$id, './node_modules/rungs/schemas/framework.schema.json', '../../node_modules/rungs/schemas/framework.schema.json'];
    for (const [version, reference] of references.entries()) {
      const text = `# yaml-language-server: $schema=${reference}\n${templateText('startup')!}`;
      const line = text.split('\n').findIndex((l) => l.startsWith('rungs:'));
      const hover = await service.doHover(TextDocument.create(frameworkModelPath, 'yaml', version + 1, text), { line, character: 1 });
      expect(JSON.stringify(hover?.contents ?? ''), reference).toContain('Format version');
    }
  });
});

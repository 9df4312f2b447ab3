#!/usr/bin/env node
// Generates the two artefacts that come from schemas/framework.schema.json, so the schema stays the
// single source: the TypeScript types of the file format and a standalone (CSP-safe, no
// `new Function` at run time) ajv validator. `--check` fails when the committed copies are stale;
// a unit test runs the same check.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { compile } from 'json-schema-to-typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schemaPath = path.join(root, 'schemas/framework.schema.json');
export const outputs = {
  types: path.join(root, 'core/model/framework.generated.ts'),
  validator: path.join(root, 'core/generated/validate-framework.js'),
};

/** Keywords the schema carries for editors (monaco-yaml) that ajv should accept and ignore. */
export const editorKeywords = ['defaultSnippets', 'markdownDescription'];

async function loadSchema() {
  return JSON.parse(await readFile(schemaPath, 'utf8'));
}

export async function generateTypes() {
  const schema = await loadSchema();
  const ts = await compile(schema, 'FrameworkDocument', {
    bannerComment:
      '/* Generated from schemas/framework.schema.json by `npm run generate`. Do not edit by hand. */\n/* eslint-disable */',
    additionalProperties: false,
    unreachableDefinitions: true,
    style: { singleQuote: true },
    cwd: path.join(root, 'schemas'),
  });
  return ts;
}

export async function generateValidator() {
  const schema = await loadSchema();
  const ajv = new Ajv2020.default({ allErrors: true, strict: true, allowUnionTypes: true, code: { source: true, esm: true, lines: false }, keywords: editorKeywords });
  const validate = ajv.compile(schema);
  // ajv's ESM output still `require`s its small runtime helpers; turn them into imports so the
  // module loads in the browser, the worker and Node alike.
  const imports = [];
  const code = standaloneCode.default(ajv, validate).replace(/require\("(ajv\/dist\/runtime\/[\w-]+)"\)/g, (_, mod) => {
    const name = `runtime${imports.length}`;
    imports.push(`import * as ${name} from "${mod}.js";`);
    // Node hands back module.exports as `default` ({ default: fn }); bundlers (vite, vitest) see
    // `__esModule` and hand back fn itself. Pick whichever object carries the helper as `default`.
    return `(typeof ${name}.default === "function" ? ${name} : ${name}.default)`;
  });
  return `// Generated from schemas/framework.schema.json by \`npm run generate\`. Do not edit by hand.\n/* eslint-disable */\n// @ts-nocheck\n${imports.join('\n')}\n${code}\n`;
}

async function main() {
  const check = process.argv.includes('--check');
  const wanted = { types: await generateTypes(), validator: await generateValidator() };
  let stale = false;
  for (const [key, file] of Object.entries(outputs)) {
    const current = await readFile(file, 'utf8').catch(() => '');
    if (current === wanted[key]) continue;
    if (check) {
      console.error(`${path.relative(root, file)} is out of date: run \`npm run generate\``);
      stale = true;
    } else {
      await writeFile(file, wanted[key]);
      console.log(`wrote ${path.relative(root, file)}`);
    }
  }
  if (stale) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();

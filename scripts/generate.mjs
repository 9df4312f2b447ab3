#!/usr/bin/env node
// Generates the artefacts that come from schemas/framework.schema.json, so the schema stays the
// single source: the TypeScript types of the file format, the schema of a library (a file other
// frameworks `include`), and standalone (CSP-safe, no `new Function` at run time) ajv validators
// for both. `--check` fails when the committed copies are stale;
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
  librarySchema: path.join(root, 'schemas/library.schema.json'),
  libraryValidator: path.join(root, 'core/generated/validate-library.js'),
};

/** What a library may hold: the shared parts of a framework, never tracks. */
const libraryKeys = ['$schema', 'rungs', 'name', 'description', 'include', 'proficiency', 'dimensions', 'levels'];

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

/**
 * The library schema, derived from the framework's so the two never drift: the same definitions
 * and descriptions, only the keys a library may hold, and nothing but `rungs` required.
 */
export async function librarySchema() {
  const framework = await loadSchema();
  const properties = Object.fromEntries(libraryKeys.map((key) => [key, framework.properties[key]]));
  return {
    $schema: framework.$schema,
    $id: 'https://rungs.dev/schemas/library.schema.json',
    title: 'Rungs library',
    description:
      'Dimensions, levels and a proficiency scale shared by several career frameworks. A framework lists this file under `include`; a library has no tracks of its own.',
    type: 'object',
    required: ['rungs'],
    additionalProperties: false,
    patternProperties: framework.patternProperties,
    properties,
    $defs: framework.$defs,
  };
}

export async function generateLibrarySchema() {
  return JSON.stringify(await librarySchema(), null, 2) + '\n';
}

export async function generateValidator() {
  return standaloneValidator(await loadSchema(), 'schemas/framework.schema.json');
}

export async function generateLibraryValidator() {
  return standaloneValidator(await librarySchema(), 'schemas/library.schema.json (itself made from framework.schema.json)');
}

async function standaloneValidator(schema, source) {
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
  return `// Generated from ${source} by \`npm run generate\`. Do not edit by hand.\n/* eslint-disable */\n// @ts-nocheck\n${imports.join('\n')}\n${code}\n`;
}

async function main() {
  const check = process.argv.includes('--check');
  const wanted = {
    types: await generateTypes(),
    validator: await generateValidator(),
    librarySchema: await generateLibrarySchema(),
    libraryValidator: await generateLibraryValidator(),
  };
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

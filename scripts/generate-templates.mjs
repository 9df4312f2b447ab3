#!/usr/bin/env node
// Embeds templates/*.yaml into core/templates/templates.generated.ts. core/ cannot read files (it
// runs in the browser and the checking worker too), so the template texts travel as a module.
// `--check` fails when the committed module is stale; a unit test runs the same comparison.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const templatesDir = path.join(root, 'templates');
export const output = path.join(root, 'core/templates/templates.generated.ts');

export async function generateTemplatesModule() {
  const files = (await readdir(templatesDir)).filter((f) => f.endsWith('.yaml')).sort();
  const entries = [];
  for (const file of files) {
    const text = await readFile(path.join(templatesDir, file), 'utf8');
    entries.push(`  ${JSON.stringify(file.slice(0, -'.yaml'.length))}: ${JSON.stringify(text)},`);
  }
  return [
    '/* Generated from templates/*.yaml by `npm run generate`. Do not edit by hand. */',
    '/* eslint-disable */',
    '',
    '/** The text of every built-in template, keyed by file name without `.yaml`. */',
    'export const templateTexts: Readonly<Record<string, string>> = {',
    ...entries,
    '};',
    '',
  ].join('\n');
}

async function main() {
  const wanted = await generateTemplatesModule();
  const current = await readFile(output, 'utf8').catch(() => '');
  if (current === wanted) return;
  if (process.argv.includes('--check')) {
    console.error(`${path.relative(root, output)} is out of date: run \`npm run generate\``);
    process.exit(1);
  }
  await writeFile(output, wanted);
  console.log(`wrote ${path.relative(root, output)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();

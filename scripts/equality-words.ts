// The phrases retext-equality looks for, as plain word lists, written to core/generated/equality-words.ts
// so `wording/inclusive` runs the (slow) retext pipeline only on texts that hold every word of one. The
// list comes from the installed retext-equality's own patterns, so it cannot drift from the words
// the library looks for; tests/unit/core/inclusive-wording.test.ts fails when the copy is stale.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const output = path.join(root, 'core/generated/equality-words.ts');

/**
 * The words of a text as retext-equality compares them (nlcst-normalize: lower case, no dashes or
 * apostrophes), plus the parts of hyphenated words. core/analyze/rules/inclusive-wording.ts splits
 * texts the same way; keep the two in step.
 */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const word of text.split(/[^\p{L}\p{N}'’-]+/u)) {
    if (word === '') continue;
    words.push(word.toLowerCase().replace(/[-'’]/g, ''));
    if (word.includes('-')) for (const piece of word.toLowerCase().split('-')) if (piece) words.push(piece.replace(/['’]/g, ''));
  }
  return words.filter(Boolean);
}

/** Every phrase retext-equality looks for, as its words, each phrase once. */
export async function equalityPhrases(): Promise<string[][]> {
  // The patterns are not in the package's exports; a file URL reaches them anyway.
  const file = path.join(root, 'node_modules/retext-equality/lib/patterns-en.js');
  const { patterns } = (await import(pathToFileURL(file).href)) as { patterns: { inconsiderate: Record<string, string> }[] };
  const phrases = new Map<string, string[]>();
  for (const pattern of patterns) {
    for (const phrase of Object.keys(pattern.inconsiderate)) {
      const words = [...new Set(phrase.split(/\s+/).flatMap(wordsOf))];
      if (words.length > 0) phrases.set(words.join(' '), words);
    }
  }
  return [...phrases.values()].sort((a, b) => a.join(' ').localeCompare(b.join(' ')));
}

export async function generateEqualityWords(): Promise<string> {
  const phrases = await equalityPhrases();
  const version = (JSON.parse(await readFile(path.join(root, 'node_modules/retext-equality/package.json'), 'utf8')) as { version: string }).version;
  return `// Generated from retext-equality ${version} by \`npm run generate\` (scripts/equality-words.ts). Do not edit by hand.\n/** The words of every phrase retext-equality looks for, normalised as it compares words. */\nexport const equalityPhrases: readonly (readonly string[])[] = ${JSON.stringify(phrases)};\n`;
}

async function main(): Promise<void> {
  const text = await generateEqualityWords();
  const current = await readFile(output, 'utf8').catch(() => '');
  if (current === text) return;
  await writeFile(output, text);
  console.log(`wrote ${path.relative(root, output)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();

// Writes README's shortcut table from the command table (host-api/commands.ts), between the
// `<!-- shortcuts:start -->` and `<!-- shortcuts:end -->` markers. A unit test fails when they differ.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { shortcutTableMarkdown } from '../host-api/commands.ts';

export const readmePath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'README.md');
const start = '<!-- shortcuts:start (generated from host-api/commands.ts by npm run generate) -->';
const end = '<!-- shortcuts:end -->';

/** README with its shortcut section replaced by the table made from the command table. */
export function withShortcutTable(readme: string): string {
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no '${start}' … '${end}' section`);
  return `${readme.slice(0, from + start.length)}\n${shortcutTableMarkdown()}\n${readme.slice(to)}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const readme = await readFile(readmePath, 'utf8');
  await writeFile(readmePath, withShortcutTable(readme));
}

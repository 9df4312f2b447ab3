// Rewrites the golden exports in tests/golden/ from the fixtures: `npm run goldens`.
// Review the diff before committing; the goldens are what reviewers read.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { goldenCases } from '../tests/golden/cases.ts';

let changed = 0;
for (const golden of goldenCases()) {
  const output = golden.render();
  let before = '';
  try {
    before = readFileSync(golden.file, 'utf8');
  } catch {
    // A new golden file.
  }
  if (before === output) continue;
  mkdirSync(path.dirname(golden.file), { recursive: true });
  writeFileSync(golden.file, output);
  changed += 1;
  process.stdout.write(`updated ${path.relative(process.cwd(), golden.file)}\n`);
}
process.stdout.write(changed === 0 ? 'Goldens are up to date.\n' : `${changed} golden ${changed === 1 ? 'file' : 'files'} updated: review them with git diff tests/golden.\n`);

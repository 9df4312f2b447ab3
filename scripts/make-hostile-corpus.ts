// Writes the big hostile files (10 MB, binary, 10,000-deep nesting, alias fan-out…) that the
// hostile corpus test builds in memory to tests/fixtures/hostile/generated/ (gitignored), to try
// them by hand: `npx tsx scripts/make-hostile-corpus.ts && npx rungs validate tests/fixtures/hostile/generated/*`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generatedFiles } from '../tests/unit/hostile/generated.ts';

const dir = path.resolve(import.meta.dirname, '../tests/fixtures/hostile/generated');
mkdirSync(dir, { recursive: true });
for (const file of generatedFiles) {
  const bytes = file.make();
  writeFileSync(path.join(dir, file.name), bytes);
  console.log(`${file.name.padEnd(32)} ${(bytes.length / 1e6).toFixed(2).padStart(6)} MB  ${file.about}`);
}

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM build script without types
import { generateLibrarySchema, generateLibraryValidator, generateTypes, generateValidator, outputs } from '../../scripts/generate.mjs';

// The schema is the single source of truth: the committed TypeScript types and the standalone
// validator must be exactly what the generator makes from it today, or the two have drifted.
describe('artefacts generated from the schema', () => {
  it('has up-to-date TypeScript model types', async () => {
    expect(await readFile(outputs.types, 'utf8')).toBe(await generateTypes());
  });
  it('has an up-to-date standalone validator', async () => {
    expect(await readFile(outputs.validator, 'utf8')).toBe(await generateValidator());
  });
  it('has an up-to-date library schema and validator, made from the framework schema', async () => {
    expect(await readFile(outputs.librarySchema, 'utf8')).toBe(await generateLibrarySchema());
    expect(await readFile(outputs.libraryValidator, 'utf8')).toBe(await generateLibraryValidator());
  });
});

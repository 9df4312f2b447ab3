import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkFramework, type Framework } from '../../../core/index.ts';

/** Loads a framework from tests/unit/render/fixtures or tests/fixtures/valid by file name. */
export function loadFixture(name: string): Framework {
  const local = fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
  const shared = fileURLToPath(new URL(`../../fixtures/valid/${name}`, import.meta.url));
  let text: string;
  try {
    text = readFileSync(local, 'utf8');
  } catch {
    text = readFileSync(shared, 'utf8');
  }
  return checkFramework(text).framework;
}

/** Builds a framework from YAML text written inline in a test. */
export function frameworkFrom(text: string): Framework {
  return checkFramework(text).framework;
}

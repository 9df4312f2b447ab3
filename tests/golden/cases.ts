// The golden exports: which fixtures, which formats, and where each expected file lives. Shared by
// tests/golden/exports.test.ts (compares) and scripts/refresh-goldens.ts (rewrites).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFramework } from '../../core/index.ts';
import { renderCsv, renderHtml, renderJson, renderMarkdown } from '../../core/render/index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const fixtures = ['dual-track', 'three-track'] as const;

export const formats = {
  html: renderHtml,
  md: renderMarkdown,
  csv: renderCsv,
  json: renderJson,
} as const;

export interface GoldenCase {
  fixture: string;
  format: keyof typeof formats;
  /** Absolute path of the expected output. */
  file: string;
  render: () => string;
}

export function goldenCases(): GoldenCase[] {
  return fixtures.flatMap((fixture) =>
    (Object.keys(formats) as (keyof typeof formats)[]).map((format) => ({
      fixture,
      format,
      file: path.join(root, 'tests/golden', fixture, `rubric.${format}`),
      render: () => {
        const { framework } = checkFramework(readFileSync(path.join(root, 'tests/fixtures/valid', `${fixture}.yaml`), 'utf8'));
        return formats[format](framework);
      },
    })),
  );
}

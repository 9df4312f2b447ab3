/**
 * Hostile text is shown, not obeyed and not lost: bidi controls (Trojan Source) and script payloads
 * come out of every export exactly as they were typed, as text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { checkFramework } from '../../../core/index.ts';
import { renderCsv, renderHtml, renderJson, renderMarkdown } from '../../../core/render/index.ts';
import { visibleText } from './invariants.ts';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/hostile');
const load = (name: string) => checkFramework(readFileSync(path.join(fixtures, name), 'utf8'));

describe('bidi control characters (Trojan Source)', () => {
  const { framework, diagnostics } = load('bidi-trojan.yaml');
  const titles = framework.tracks.flatMap((t) => t.roles.map((r) => r.title));
  const bullets = framework.tracks.flatMap((t) => t.roles.flatMap((r) => r.expectations.flatMap((x) => x.bullets)));

  it('are refused in ids, which must be plain letters, digits, dots, dashes and underscores', () => {
    const flagged = diagnostics.filter((d) => d.code === 'schema/pattern').map((d) => d.path);
    expect(flagged).toEqual(['/tracks/0/roles/0/id', '/tracks/0/roles/1/id']);
  });

  it('stay in titles and bullets in every export, exactly as typed', () => {
    expect(titles.some((t) => t.includes('\u202e'))).toBe(true);
    const html = visibleText(renderHtml(framework));
    const md = renderMarkdown(framework);
    const csvCells = Papa.parse<string[]>(renderCsv(framework).replace(/^\uFEFF/, '')).data.flat();
    const json = JSON.parse(renderJson(framework)) as { tracks: { roles: { title: string; expectations: Record<string, string[]> }[] }[] };
    for (const title of titles) {
      expect(html).toContain(title);
      expect(md).toContain(title);
      expect(csvCells).toContain(title);
    }
    expect(json.tracks.flatMap((t) => t.roles.map((r) => r.title))).toEqual(titles);
    for (const bullet of bullets) expect(html).toContain(bullet);
    expect(json.tracks.flatMap((t) => t.roles.flatMap((r) => Object.values(r.expectations).flat()))).toEqual(bullets);
  });
});

describe('script payloads in every field', () => {
  const { framework } = load('payloads-every-field.yaml');

  it('survive the JSON export byte for byte, so a re-import loses nothing', () => {
    const json = renderJson(framework);
    const again = checkFramework(json).framework;
    expect(again.name).toBe('<script>window.pwned=1</script>');
    expect(again.tracks.flatMap((t) => t.roles.map((r) => [r.id, r.title, r.summary, r.scope]))).toEqual(
      framework.tracks.flatMap((t) => t.roles.map((r) => [r.id, r.title, r.summary, r.scope])),
    );
  });

  it('show as text in the HTML rubric', () => {
    const text = visibleText(renderHtml(framework));
    expect(text).toContain('<script>window.pwned=1</script>');
    expect(text).toContain('"><img src=x onerror=window.pwned=1>');
    expect(text).toContain('<textarea></textarea><script>window.pwned=1</script>');
  });
});

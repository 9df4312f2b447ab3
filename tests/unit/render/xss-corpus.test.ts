/**
 * The XSS corpus, through every export format, each rendered the way its target renders it: HTML
 * (and the PDF's print page) parsed as a browser parses it, Markdown rendered by markdown-it with
 * raw HTML on and its own link check off (as a lax wiki does), CSV read back as a spreadsheet
 * reads it, JSON parsed back. Every payload goes into every text field of one framework.
 */
import markdownIt from 'markdown-it';
import Papa from 'papaparse';
import { parse as parseHtml } from 'parse5';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkFramework } from '../../../core/index.ts';
import { exportFormatIds, exportFramework, type Printer, type PrintInput } from '../../../core/render/index.ts';
import { hasUnfollowableLink } from '../../../core/render/markdown.ts';
import { htmlProblems } from '../hostile/invariants.ts';

/** Link tricks a CommonMark wiki falls for, each a way to smuggle a script link past a simple filter. */
const linkPayloads = [
  '[inline](javascript:alert(1))',
  '[upper](JAVASCRIPT:alert(1))',
  '[spaced]( javascript:alert(1) )',
  '[angle](<javascript:alert(1)>)',
  '[entity](&#106;avascript:alert(1))',
  '[named entity](javascript&colon;alert(1))',
  '[tab](java&#09;script:alert(1))',
  '[escaped \\] label](javascript:alert(1))',
  '[two\nlines](javascript:alert(1))',
  '[data](data:text/html,<script>alert(1)</script>)',
  '[vb](vbscript:msgbox(1))',
  '[file](file:///etc/passwd)',
  '[protocol-relative](//evil.example/)',
  '[relative](../../secrets.md)',
  '![image](javascript:alert(1))',
  '<javascript:alert(1)>',
  '[click][r]\n\n[r]: javascript:alert(1)',
  '- [r]: javascript:alert(1)\n\n[click][r]',
  '> [r]: javascript:alert(1)\n\n[click][r]',
  '1. [r]: javascript:alert(1)\n\n[click][r]',
  '[r\\]x]: javascript:alert(1)\n\n[click][r\\]x]',
  '[r]:\n  javascript:alert(1)\n\n[click][r]',
  '[multi\nline label]: javascript:alert(1)\n\n[click][multi line label]',
  '[click][r]',
  '[r]: javascript:alert(1)',
];

const htmlPayloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><a href=\"javascript:alert(1)\">x</a>",
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
];

const spreadsheetPayloads = ['=HYPERLINK("http://evil.example")', '+1+1', '-2+3', '@SUM(A1)', '\tTAB', '\rCR', '\n=1+1 after a line feed'];

const payloads = [...linkPayloads, ...htmlPayloads, ...spreadsheetPayloads];

/** One framework with the payload in every text field a user writes. */
function hostileFramework(payload: string): string {
  return stringify({
    rungs: 1,
    name: payload,
    organization: payload,
    version: '2026.1',
    description: payload,
    dimensions: [{ id: 'craft', name: payload, kind: 'hard', description: payload }],
    levels: [{ id: 'L1', name: payload, description: payload }, { id: 'L2' }],
    tracks: [
      {
        id: 'ic',
        name: payload,
        kind: 'ic',
        description: payload,
        roles: [
          { id: 'one', title: payload, level: 'L1', summary: payload, scope: payload, expectations: { craft: [payload, `Ships. ${payload}`] } },
          { id: 'two', title: `Senior ${payload}`, level: 'L2', summary: payload, expectations: { craft: [`${payload} and more`] } },
        ],
      },
    ],
    moves: [{ from: 'one', to: 'two', kind: 'promotion', note: payload }],
    mappings: [{ company: payload, levels: { L1: payload }, note: payload }],
  });
}

/** Where a link or image in rendered HTML leads; only anchors, http(s) and mailto are followable. */
function unfollowableUrls(html: string): string[] {
  const bad: string[] = [];
  const visit = (node: unknown): void => {
    const element = node as { tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: unknown[]; content?: unknown };
    for (const attr of element.attrs ?? []) {
      if (attr.name !== 'href' && attr.name !== 'src') continue;
      // eslint-disable-next-line no-control-regex -- a browser ignores these in a URL
      const url = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      if (!url.startsWith('#') && !/^(https?|mailto):/.test(url)) bad.push(`<${element.tagName} ${attr.name}="${attr.value}">`);
    }
    for (const child of element.childNodes ?? []) visit(child);
    if (element.content) visit(element.content);
  };
  visit(parseHtml(html));
  return bad;
}

/** The Markdown export as a wiki shows it: raw HTML on, bare URLs linked, no link check of its own. */
function wikiRender(md: string): string {
  const wiki = markdownIt({ html: true, linkify: true });
  wiki.validateLink = () => true;
  return wiki.render(md);
}

const printed: PrintInput[] = [];
const printer: Printer = {
  async print(input) {
    printed.push(input);
    return new Uint8Array([37, 80, 68, 70]);
  },
};

describe('the XSS corpus in every export format', () => {
  it('covers every format in the format table', () => {
    expect(exportFormatIds).toEqual(['html', 'pdf', 'md', 'csv', 'json']);
  });

  it.each(payloads.map((p) => [JSON.stringify(p).slice(0, 60), p]))('%s', async (_name, payload) => {
    const check = checkFramework(hostileFramework(payload));
    expect(check.diagnostics.filter((d) => d.code.startsWith('yaml/') || d.code.startsWith('schema/'))).toEqual([]);
    const exports: Record<string, string | Uint8Array | null> = {};
    for (const format of exportFormatIds) {
      const result = await exportFramework(check, { format, force: true }, printer);
      if (!result.ok) throw new Error(`${format}: ${result.message}`);
      exports[format] = result.data;
    }

    const html = String(exports.html);
    expect(htmlProblems(html)).toEqual([]);
    expect(unfollowableUrls(html)).toEqual([]);

    const page = printed.at(-1);
    expect(htmlProblems(page?.html ?? '')).toEqual([]);
    expect(unfollowableUrls(page?.html ?? '')).toEqual([]);
    for (const template of [page?.pdf.headerTemplate ?? '', page?.pdf.footerTemplate ?? '']) {
      expect(htmlProblems(template, { requireCsp: false })).toEqual([]);
    }

    const md = String(exports.md);
    expect(hasUnfollowableLink(md)).toBe(false);
    const wiki = wikiRender(md);
    expect(htmlProblems(wiki, { requireCsp: false, allowImages: true })).toEqual([]);
    expect(unfollowableUrls(wiki)).toEqual([]);

    const rows = Papa.parse<string[]>(String(exports.csv).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    for (const cell of rows.flat()) expect(cell, JSON.stringify(cell)).not.toMatch(/^[=+\-@\t\r\n]/);

    const json = JSON.parse(String(exports.json)) as { name: string };
    expect(json.name).toBe(payload);
  });

  it('keeps links readers may follow, and text that only looks like a link', async () => {
    const check = checkFramework(
      hostileFramework('See [the guide](https://example.com/guide), [mail](mailto:people@example.com), `[code](javascript:x)` and [L1](#levels-and-parity).'),
    );
    const result = await exportFramework(check, { format: 'md', force: true });
    if (!result.ok) throw new Error(result.message);
    const wiki = wikiRender(String(result.data));
    expect(wiki).toContain('<a href="https://example.com/guide">the guide</a>');
    expect(wiki).toContain('<a href="mailto:people@example.com">mail</a>');
    expect(wiki).toContain('<code>[code](javascript:x)</code>');
  });
});

import { describe, expect, it } from 'vitest';
import { renderHtml, renderMarkdown, printInput } from '../../../core/render/index.ts';
import { blockHtml, inlineHtml } from '../../../core/render/text.ts';
import { frameworkFrom } from './helpers.ts';

const payloads = [
  '<script>window.pwned = 1</script>',
  '<img src=x onerror="window.pwned = 1">',
  '[click me](javascript:alert(1))',
  '"><svg onload=alert(1)>',
  "'><a href=\"javascript:alert(1)\">x</a>",
];

/**
 * The tags of an HTML string with their attribute values blanked. Escaped user text never holds
 * a raw `<`, `>` or `"`, so every real tag and every real attribute shows up here, and text that
 * merely looks like markup does not.
 */
function tags(html: string): { name: string; attributes: string; hrefs: string[] }[] {
  return [...html.matchAll(/<([a-zA-Z][\w:-]*)([^<>]*)>/g)].map((m) => ({
    name: (m[1] ?? '').toLowerCase(),
    attributes: (m[2] ?? '').replace(/"[^"]*"|'[^']*'/g, '""'),
    hrefs: [...(m[2] ?? '').matchAll(/\shref="([^"]*)"/g)].map((h) => h[1] ?? ''),
  }));
}

export function expectInert(html: string): void {
  for (const tag of tags(html)) {
    expect(['script', 'iframe', 'object', 'embed', 'img', 'form', 'input', 'base'], `<${tag.name}>`).not.toContain(tag.name);
    expect(tag.attributes, `<${tag.name}${tag.attributes}>`).not.toMatch(/\son\w+\s*=/i);
    for (const href of tag.hrefs) expect(href).toMatch(/^(#|https?:\/\/|mailto:)/);
  }
}

function hostile(payload: string): string {
  const q = JSON.stringify(payload);
  return `rungs: 1
name: ${q}
organization: ${q}
version: ${q}
description: ${q}
dimensions:
  - { id: craft, name: ${q}, kind: hard, description: ${q} }
levels:
  - { id: L1, name: ${q} }
  - { id: L2, name: ${q} }
tracks:
  - id: ic
    name: ${q}
    kind: ic
    description: ${q}
    roles:
      - { id: a, title: ${q}, level: L1, summary: ${q}, scope: ${q}, expectations: { craft: [${q}] } }
      - { id: b, title: ${q}, level: L2, summary: ${q}, scope: ${q}, expectations: { craft: [${q}, ${q} ] } }
  - id: em
    name: ${q}
    kind: management
    roles:
      - { id: c, title: ${q}, level: L2, summary: ${q}, expectations: { craft: [${q}] } }
moves:
  - { from: a, to: c, kind: switch, note: ${q} }
mappings:
  - { company: ${q}, levels: { L1: ${q} }, note: ${q} }
`;
}

describe('text safety', () => {
  it('keeps the Markdown subset: bold, italic, code, links and lists', () => {
    expect(inlineHtml('**bold** *it* `code` [site](https://example.com)')).toBe(
      '<strong>bold</strong> <em>it</em> <code>code</code> <a href="https://example.com" rel="noopener noreferrer">site</a>',
    );
    expect(blockHtml('- one\n- two')).toContain('<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
    expect(inlineHtml('[mail](mailto:a@example.com)')).toContain('href="mailto:a@example.com"');
  });

  it('leaves links with other schemes as the literal text the user typed', () => {
    for (const link of ['[x](javascript:alert(1))', '[x](data:text/html,hi)', '[x](vbscript:msgbox)', '[x](file:///etc/passwd)', '<javascript:alert(1)>']) {
      const html = inlineHtml(link);
      expect(html).not.toContain('href');
      expect(html).toContain(link.startsWith('<') ? '&lt;javascript:alert(1)&gt;' : link.replace(/"/g, '&quot;'));
    }
  });

  it('escapes raw HTML instead of passing it through', () => {
    expect(inlineHtml('<b onclick="x()">hi</b>')).toBe('&lt;b onclick=&quot;x()&quot;&gt;hi&lt;/b&gt;');
  });

  for (const payload of payloads) {
    it(`renders ${JSON.stringify(payload)} in every field as inert text`, () => {
      const framework = frameworkFrom(hostile(payload));
      const html = renderHtml(framework);
      // No element or attribute that could run script made it into the document.
      expectInert(html);
      // ...and the payload is still there, as text.
      expect(html).toContain(payload.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
      expect(html).toContain('Content-Security-Policy');
      // The print templates are HTML too.
      const { pdf } = printInput(framework);
      expect(`${pdf.headerTemplate}${pdf.footerTemplate}`).not.toMatch(/<(script|img|svg)/i);
      // Markdown keeps the text but neither raw HTML nor a dangerous link survives.
      const md = renderMarkdown(framework);
      expect(md).not.toMatch(/<(script|img|svg|a)\b/i);
      expect(md).not.toMatch(/(?<!\\)\]\(javascript:/i);
    });
  }

  it('puts a Content-Security-Policy that forbids scripts in the head', () => {
    const html = renderHtml(frameworkFrom(hostile('x')));
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src/);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });
});

import { describe, expect, it } from 'vitest';
import { renderHtml, renderMarkdown } from '../../../core/render/index.ts';
import { frameworkFrom, loadFixture } from './helpers.ts';

const dual = loadFixture('dual-track.yaml');

const twoTracks = frameworkFrom(`rungs: 1
name: Two tracks
dimensions:
  - { id: craft, name: Craft, kind: hard, description: "Writes **good** code <img src=x onerror=alert(1)>" }
  - { id: people, name: People, kind: soft, description: "[click](javascript:alert(1)) coaching" }
  - { id: craft, name: Duplicate craft, kind: hard }
levels:
  - { id: L1, name: Junior, description: "Learns *fast* <script>alert(1)</script>" }
  - { id: L2 }
tracks:
  - id: ic
    name: IC
    kind: ic
    dimensions: [craft]
    roles:
      - { id: dev, title: Developer, level: L1, expectations: { craft: [Codes] } }
  - id: mgmt
    name: Management
    kind: management
    dimensions: [craft, people]
    roles:
      - { id: em, title: Manager, level: L2, expectations: { craft: [Reviews], people: [Coaches] } }
`);

describe('the "What we assess" section', () => {
  it('lists every dimension once, with its kind and description, under a stable anchor linked from the contents', () => {
    const html = renderHtml(dual);
    expect(html).toContain('<section class="block dimensions" id="dimensions"');
    expect(html).toContain('<a href="#dimensions">What we assess</a>');
    for (const d of dual.dimensions) {
      expect(html).toContain(`id="dimension-${d.id}"`);
      expect(html).toContain(`<h3 id="dimension-${d.id}-title">${d.name}</h3><span class="skill skill-${d.kind}">`);
    }
    expect(html).toContain('from <code>code</code> to architecture');
    // It comes after the parity matrix and before the first track.
    expect(html.indexOf('id="parity"')).toBeLessThan(html.indexOf('id="dimensions"'));
    expect(html.indexOf('id="dimensions"')).toBeLessThan(html.indexOf('id="track-'));
  });

  it('escapes descriptions, keeps only safe links, skips duplicated ids and says which tracks assess a dimension', () => {
    const html = renderHtml(twoTracks);
    expect(html).toContain('Writes <strong>good</strong> code &lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('href="javascript:');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('Duplicate craft');
    expect(html.match(/id="dimension-craft"/g)).toHaveLength(1);
    expect(html).toContain('Assessed on the Management track only.');
    expect(html).toMatch(/id="dimension-craft">(?:(?!dimension-entry).)*?<\/div><\/div>/s);
    expect(html).not.toMatch(/id="dimension-craft">(?:(?!dimension-entry).)*Assessed on/s);
  });

  it('leaves out dimensions no exported track assesses, and stays out of the studio parity view', () => {
    const html = renderHtml(twoTracks, { tracks: ['ic'] });
    expect(html).toContain('id="dimension-craft"');
    expect(html).not.toContain('id="dimension-people"');
    const partial = renderHtml(twoTracks, { sections: ['title', 'parity'] });
    expect(partial).not.toContain('id="dimensions"');
    expect(partial).not.toContain('href="#dimensions"');
  });

  it('is a table in Markdown, with safe text', () => {
    const md = renderMarkdown(twoTracks);
    expect(md).toContain('## What we assess');
    expect(md).toContain('| **Craft** | Hard | Writes **good** code &lt;img src=x onerror=alert(1)> |');
    expect(md).toContain('| **People** | Soft | \\[click\\](javascript:alert(1)) coaching *Assessed on the Management track only.* |');
    expect(md).not.toContain('Duplicate craft');
  });
});

describe('level descriptions', () => {
  it('follow the parity matrix, most senior first, only for the levels that have one', () => {
    const html = renderHtml(twoTracks);
    expect(html).toContain('<dl class="level-notes" aria-labelledby="level-notes"><div><dt><span class="level-id">L1</span><span class="level-name">Junior</span></dt><dd><p>Learns <em>fast</em> &lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(html.match(/<dt>/g)).toHaveLength(1 + (html.match(/<div><dt>(?:Level|Scope|Typical|Pay|Twin)/g)?.length ?? 0));
    const md = renderMarkdown(twoTracks);
    expect(md).toContain('- **L1 · Junior:** Learns *fast* &lt;script>alert(1)&lt;/script>');
    expect(renderHtml(frameworkFrom('rungs: 1\nname: x\ndimensions: []\nlevels: [{ id: L1 }]\ntracks: []\n'))).not.toContain('class="level-notes"');
  });
});

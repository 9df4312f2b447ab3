import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFramework, type Framework } from '../../../core/index.ts';
import { careerMap, renderCareerMap } from '../../../core/render/career-map.ts';
import { mapCellLimit, mapRoleLimit } from '../../../core/render/map-layout.ts';
import { renderHtml } from '../../../core/render/index.ts';
import { wrapText } from '../../../core/render/measure.ts';
import { frameworkFrom, loadFixture } from './helpers.ts';
import { mapProblems } from './map-problems.ts';
import { mapStressYaml, type MapStressShape } from './map-stress.ts';
import { stressCorpus } from '../../layout/stress-corpus.ts';
import { readMap } from './svg-geometry.ts';

const templatesDir = fileURLToPath(new URL('../../../templates/', import.meta.url));
const templates = readdirSync(templatesDir).filter((f) => f.endsWith('.yaml'));
const load = (file: string): Framework => checkFramework(readFileSync(`${templatesDir}${file}`, 'utf8')).framework;

const stressShapes: [string, MapStressShape][] = [
  ['1 track × 3 levels, 60-character titles', { tracks: 1, levels: 3, titleLength: 60 }],
  ['6 tracks × 15 levels, 60-character titles, moves, two roles a level', { tracks: 6, levels: 15, titleLength: 60, moves: true, doubleRoles: true }],
  ['4 tracks × 8 levels with emoji, CJK and right-to-left titles', { tracks: 4, levels: 8, titleLength: 60, scripts: true, moves: true }],
  ['3 tracks × 5 levels of long titles that share their first 50 characters', { tracks: 3, levels: 5, titleLength: 90, sharedPrefix: true, moves: true }],
  ['2 tracks × 12 levels, short titles', { tracks: 2, levels: 12, titleLength: 12, moves: true }],
];

/** The map as the HTML export shows it, with the footnotes under it. */
function exported(framework: Framework): { svg: string; html: string } {
  const html = renderHtml(framework);
  const start = html.indexOf('<svg', html.indexOf('id="career-map"'));
  const svg = html.slice(start, html.indexOf('</svg>', start) + 6);
  return { svg, html };
}

describe('career map geometry', () => {
  for (const file of templates) {
    it(`template ${file}: text in its boxes, no overlaps, edges orthogonal and clear of boxes, twins only between twins`, () => {
      const framework = load(file);
      const { svg, html } = exported(framework);
      expect(mapProblems(svg, framework, html)).toEqual([]);
      const map = readMap(svg);
      const placed = framework.tracks.flatMap((t) => t.roles).filter((r) => framework.index.levels.has(r.levelId));
      expect(map.boxes.map((b) => b.roleId).sort()).toEqual(placed.map((r) => r.id).sort());
    });
  }

  for (const [name, shape] of stressShapes) {
    it(`stress: ${name}`, () => {
      const framework = frameworkFrom(mapStressYaml(shape));
      const { svg, html } = exported(framework);
      expect(mapProblems(svg, framework, html)).toEqual([]);
      expect(readMap(svg).boxes).toHaveLength(framework.tracks.reduce((n, t) => n + t.roles.length, 0));
    });
  }

  // The layout test's corpus (many dimensions, six twinned tracks, fifteen levels, scripts): the
  // same geometry holds on it without a browser.
  for (const c of stressCorpus()) {
    it(`layout corpus: ${c.name}`, () => {
      const framework = frameworkFrom(c.yaml);
      const { svg, html } = exported(framework);
      expect(mapProblems(svg, framework, html)).toEqual([]);
    });
  }

  it('keeps six tracks of 60-character titles to a width a page can show', () => {
    const framework = frameworkFrom(mapStressYaml({ tracks: 6, levels: 15, titleLength: 60 }));
    const { width } = readMap(renderCareerMap(framework));
    expect(width).toBeLessThan(1300);
  });
});

describe('career map labels', () => {
  it('shows both "Senior Engineer I" and "Senior Engineer II" of the dual-track template in full', () => {
    const map = readMap(renderCareerMap(load('spotify-style-dual-track.yaml')));
    const visible = map.boxes.map((b) => b.visible);
    expect(visible).toContain('Senior Engineer I');
    expect(visible).toContain('Senior Engineer II');
  });

  it('wraps a long title over several lines and grows the box instead of cutting it', () => {
    const title = 'Staff Engineering Manager, Platform and Developer Experience';
    const framework = frameworkFrom(`rungs: 1\nname: T\nlevels: [{ id: L1 }]\ntracks:\n  - id: em\n    name: Management\n    kind: management\n    roles:\n      - { id: a, title: "${title}", level: L1 }\n`);
    const map = readMap(renderCareerMap(framework));
    const box = map.boxes[0];
    expect(box?.lines.length).toBeGreaterThan(1);
    expect(box?.visible).toBe(title);
    expect(box?.rect.h).toBeGreaterThan(2 * 15);
  });

  it('ends a shortened label with an ellipsis and a footnote giving the full title, in <title> and under the map', () => {
    const long = 'Senior Principal Distinguished Engineering Manager of the Platform, Reliability and Developer Experience Group';
    const framework = frameworkFrom(`rungs: 1\nname: T\nlevels: [{ id: L1 }, { id: L2 }]\ntracks:\n  - id: ic\n    name: IC\n    roles:\n      - { id: a, title: "${long} (East)", level: L1 }\n      - { id: b, title: "${long} (West)", level: L2 }\n`);
    const map = careerMap(framework);
    const boxes = readMap(map.svg).boxes;
    expect(boxes.map((b) => b.title).sort()).toEqual([`${long} (East)`, `${long} (West)`]);
    for (const box of boxes) {
      expect(box.lines[box.lines.length - 1]?.text.endsWith('…')).toBe(true);
      expect(box.marker).toBeDefined();
    }
    expect(new Set(boxes.map((b) => b.visible)).size).toBe(2);
    expect(map.notes.map((n) => n.text).sort()).toEqual([`${long} (East)`, `${long} (West)`]);
    const html = renderHtml(framework);
    for (const note of map.notes) expect(html).toContain(`<li value="${note.marker}">${note.text}</li>`);
    expect(mapProblems(map.svg, framework, html)).toEqual([]);
  });

  it('breaks a word longer than a line between characters, never inside an emoji', () => {
    const wrapped = wrapText('Supercalifragilisticexpialidocious👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻', { size: 12, weight: 700 }, 80, 10);
    expect(wrapped.lines.length).toBeGreaterThan(1);
    expect(wrapped.lines.join('')).toBe('Supercalifragilisticexpialidocious👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻');
    for (const line of wrapped.lines) expect(line.includes('\u200d') ? /👩‍💻/u.test(line) : true).toBe(true);
  });
});

describe('career map links', () => {
  it('joins twins only: explicit equivalents, not every role that shares their level', () => {
    const framework = frameworkFrom(`rungs: 1
name: T
levels: [{ id: L5 }]
tracks:
  - id: ic
    name: IC
    roles: [{ id: staff, title: Staff Engineer, level: L5 }]
  - id: em
    name: Management
    kind: management
    roles: [{ id: em, title: Engineering Manager, level: L5, equivalent: staff }]
  - id: pm
    name: Product
    kind: other
    roles: [{ id: pm, title: Product Manager, level: L5, equivalent: em }]
`);
    const svg = renderCareerMap(framework);
    expect(mapProblems(svg, framework)).toEqual([]);
    expect(readMap(svg).routes.filter((r) => r.className === 'parity-link')).toHaveLength(2);
  });

  it('draws each move as an arrow in its colour with its kind as a label', () => {
    const three = loadFixture('three-track.yaml');
    const map = readMap(renderCareerMap(three));
    for (const move of three.moves) expect(map.routes.some((r) => r.className === `move move-${move.kind}`)).toBe(true);
    const labelled = map.labels.map((l) => l.text);
    expect(labelled).toContain('lateral move');
    expect(labelled).toContain('step down');
    for (const label of map.labels) expect(map.routes.some((r) => r.route === label.route)).toBe(true);
  });
});

describe('career map of very large frameworks', () => {
  it(`summarises more than ${mapRoleLimit} roles as one box per track and level`, () => {
    const framework = frameworkFrom(mapStressYaml({ tracks: 6, levels: 60, titleLength: 20 }));
    const map = careerMap(framework);
    expect(map.summary).toMatch(/360 roles/);
    const svg = readMap(map.svg);
    expect(svg.boxes.length).toBeLessThanOrEqual(mapCellLimit);
    expect(mapProblems(map.svg, framework)).toEqual([]);
    expect(renderHtml(framework)).toContain('class="map-summary"');
  });

  it(`draws no picture when even the summary would have more than ${mapCellLimit} boxes`, () => {
    const framework = frameworkFrom(mapStressYaml({ tracks: 2, levels: 400, titleLength: 10 }));
    const map = careerMap(framework);
    expect(map.summary).toMatch(/too many to draw/);
    expect(readMap(map.svg).boxes).toHaveLength(0);
  });
});

describe('the map checks themselves', () => {
  // The checks above would pass vacuously if they could not see a defect: feed them some.
  const framework = load('spotify-style-dual-track.yaml');
  const svg = renderCareerMap(framework);

  it('see a box moved onto another', () => {
    const boxes = readMap(svg).boxes;
    const [a, b] = boxes;
    if (!a || !b) throw new Error('need two boxes');
    const moved = svg.replace(`<rect x="${a.rect.x}" y="${a.rect.y}"`, `<rect x="${b.rect.x}" y="${b.rect.y}"`);
    expect(mapProblems(moved, framework).join('\n')).toMatch(/overlap|wider than its box|sticks out/);
  });

  it('see a label cut without an ellipsis, and two titles behind one label', () => {
    const cut = svg.replace(/(<tspan[^>]*>)Senior Engineer II?</g, '$1Senior Engineer<');
    const problems = mapProblems(cut, framework).join('\n');
    expect(problems).toMatch(/cut without an ellipsis/);
    expect(problems).toMatch(/stands for 2 different titles/);
  });

  it('see an edge drawn through a box and a slanted edge', () => {
    const box = readMap(svg).boxes[0];
    if (!box) throw new Error('need a box');
    const through = svg.replace('</svg>', `<path class="promotion-path" d="M${box.rect.x - 20} ${box.rect.y + 5}L${box.rect.x + box.rect.w + 20} ${box.rect.y + 5}L${box.rect.x + 40} ${box.rect.y + 80}"/></svg>`);
    const problems = mapProblems(through, framework).join('\n');
    expect(problems).toMatch(/runs under box/);
    expect(problems).toMatch(/slanted/);
  });
});

describe('career map on paper', () => {
  const slices = (printSvg: string) =>
    [...printSvg.matchAll(/<svg y="([\d.]+)" width="[\d.]+" height="([\d.]+)" viewBox="0 ([\d.]+) [\d.]+ [\d.]+">/g)].map((m) => ({ top: Number(m[3]), bottom: Number(m[3]) + Number(m[2]) }));

  it('cuts a tall map into page-sized bands of whole levels, every box and label on exactly one page', () => {
    const framework = frameworkFrom(mapStressYaml({ tracks: 6, levels: 15, titleLength: 60, moves: true }));
    const map = careerMap(framework, 'a4');
    const bands = slices(map.printSvg);
    expect(bands.length).toBeGreaterThan(1);
    const drawn = readMap(map.svg);
    const things = [...drawn.boxes.map((b) => ({ name: b.title, r: b.rect })), ...drawn.labels.map((l) => ({ name: l.text, r: l.rect }))];
    for (const thing of things) {
      const holders = bands.filter((band) => thing.r.y >= band.top - 0.5 && thing.r.y + thing.r.h <= band.bottom + 0.5);
      expect(holders, `"${thing.name}" at y ${thing.r.y}`).toHaveLength(1);
    }
    expect(map.landscape).toBe(true);
    expect(renderHtml(framework)).toContain('class="block career-map map-wide"');
    expect(renderHtml(framework)).toMatch(/@page map-wide\{size:A4 landscape\}/);
  });

  it('keeps a narrow map on portrait pages, in one band when it fits', () => {
    const map = careerMap(load('spotify-style-dual-track.yaml'), 'letter');
    expect(map.landscape).toBe(false);
    expect(slices(map.printSvg)).toHaveLength(1);
  });
});

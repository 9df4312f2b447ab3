// `rungs compare`'s core: every bullet of both roles accounted for once on its side, reworded
// bullets paired with a word diff, and the facts (level, scope, years, band, twins, moves) that
// differ between the two roles.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import markdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { checkFramework } from '../../../core/check.ts';
import { normalBullet } from '../../../core/compare/pair-bullets.ts';
import { compareRoles } from '../../../core/compare/compare-roles.ts';
import { renderComparisonHtml, renderComparisonMarkdown, renderComparisonText } from '../../../core/compare/render-compare.ts';
import type { Framework, Role } from '../../../core/model/types.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const templates = readdirSync(path.join(root, 'templates')).filter((f) => f.endsWith('.yaml'));

const ladder = `rungs: 1
name: Compare fixture
dimensions:
  - { id: craft, name: Craft, kind: hard }
  - { id: teamwork, name: Teamwork, kind: soft }
  - { id: people, name: People, kind: soft }
levels:
  - { id: L4, name: Senior, band: { min: 100, max: 140, currency: EUR } }
  - { id: L5, name: Staff, band: { min: 140, max: 180, currency: EUR } }
tracks:
  - id: ic
    name: Engineering
    kind: ic
    roles:
      - id: senior
        title: Senior Engineer
        level: L4
        scope: A team's system
        years: "2-4"
        expectations:
          craft: ["Designs systems for the team.", "Reviews the team's designs.", "Writes the team's runbooks."]
          teamwork: ["Mentors two engineers."]
      - id: staff
        title: Staff Engineer
        level: L5
        scope: Several teams
        expectations:
          craft: ["Designs systems for several teams.", "reviews the team's designs", "Sets technical direction."]
          teamwork: ["Mentors two engineers."]
  - id: mgmt
    name: Management
    kind: management
    dimensions: [teamwork, people]
    roles:
      - id: manager
        title: Engineering Manager
        level: L5
        equivalent: staff
        expectations:
          people: ["Runs one-to-ones."]
moves:
  - { from: staff, to: manager, kind: switch, note: "Both ways, no loss of level." }
`;

function model(text: string): Framework {
  return checkFramework(text).framework;
}

function bulletsOf(role: Role): string[] {
  return role.expectations.flatMap((e) => e.bullets.map((b) => `${e.dimensionId}\u0000${normalBullet(b)}`)).sort();
}

describe('compareRoles', () => {
  const framework = model(ladder);

  it('pairs a reworded bullet as changed, with its word diff, and keeps identical ones', () => {
    const c = compareRoles(framework, 'senior', 'staff');
    const craft = c.dimensions.find((d) => d.id === 'craft');
    expect(craft?.changed).toHaveLength(1);
    expect(craft?.changed[0]).toMatchObject({ from: 'Designs systems for the team.', to: 'Designs systems for several teams.' });
    expect(craft?.changed[0]?.words.filter((w) => w.kind !== 'same').map((w) => `${w.kind}:${w.text}`)).toEqual(['removed:the', 'added:several', 'removed:team', 'added:teams']);
    expect(craft?.kept).toEqual(["reviews the team's designs"]);
    expect(craft?.added).toEqual(['Sets technical direction.']);
    expect(craft?.dropped).toEqual(["Writes the team's runbooks."]);
    expect(c.relation).toBe('promotion');
  });

  it('lists the facts that differ and the moves between the roles', () => {
    const c = compareRoles(framework, 'staff', 'manager');
    expect(c.relation).toBe('twin');
    expect(c.fields.map((f) => f.field)).toEqual(['track', 'scope', 'twins']);
    expect(c.moves).toEqual([{ kind: 'switch', from: 'staff', to: 'manager', note: 'Both ways, no loss of level.' }]);
    expect(compareRoles(framework, 'senior', 'staff').fields).toContainEqual({ field: 'band', from: '100–140 EUR', to: '140–180 EUR' });
  });

  it('covers the dimensions of both tracks in the framework order', () => {
    expect(compareRoles(framework, 'senior', 'manager').dimensions.map((d) => d.id)).toEqual(['craft', 'teamwork', 'people']);
  });

  it.each(templates)('accounts for every bullet of both roles exactly once on its side, for every pair in %s', (name) => {
    const fw = model(readFileSync(path.join(root, 'templates', name), 'utf8'));
    const roles = fw.tracks.flatMap((t) => t.roles);
    for (const a of roles) {
      for (const b of roles) {
        const c = compareRoles(fw, a.id, b.id);
        const fromSide = c.dimensions.flatMap((d) => [...d.dropped, ...d.kept, ...d.changed.map((x) => x.from)].map((t) => `${d.id}\u0000${normalBullet(t)}`)).sort();
        const toSide = c.dimensions.flatMap((d) => [...d.added, ...d.kept, ...d.changed.map((x) => x.to)].map((t) => `${d.id}\u0000${normalBullet(t)}`)).sort();
        expect(fromSide, `${a.id} → ${b.id}`).toEqual(bulletsOf(a));
        expect(toSide, `${a.id} → ${b.id}`).toEqual(bulletsOf(b));
      }
    }
  });
});

describe('comparison pages', () => {
  const c = compareRoles(model(ladder.replace('title: Staff Engineer', 'title: "Staff <img src=x onerror=alert(1)> [x](javascript:alert(1))"')), 'senior', 'staff');

  it('print every bullet in text, Markdown and HTML', () => {
    const bullets = ['Sets technical direction.', "Writes the team's runbooks.", 'Mentors two engineers.'];
    for (const page of [renderComparisonText(c), renderComparisonMarkdown(c)]) for (const b of bullets) expect(page).toContain(b);
    const html = renderComparisonHtml(c);
    for (const b of bullets) expect(html).toContain(b.replace("'", '&#39;'));
  });

  it('keep hostile titles as text', () => {
    expect(renderComparisonHtml(c)).not.toContain('<img');
    // Rendered as a wiki renders Markdown: raw HTML on.
    expect(markdownIt({ html: true }).render(renderComparisonMarkdown(c))).not.toMatch(/<img|<a /);
  });
});

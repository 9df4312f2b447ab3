// The skills map and radars, checked from their geometry: every mappable role placed and labelled
// without overlaps, hard skill up and soft skill right, one path per track, lateral moves inside
// a level box, and a radar spoke per rated dimension.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFramework } from '../../../core/check.ts';
import { twinsOf } from '../../../core/model/lookups.ts';
import { renderRadar } from '../../../core/render/radar.ts';
import { layoutSkillsMap, renderSkillsMap } from '../../../core/render/skills-map.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const templates = readdirSync(path.join(root, 'templates')).filter((f) => f.endsWith('.yaml'));
const load = (file: string) => checkFramework(readFileSync(file, 'utf8')).framework;

type Box = { x: number; y: number; width: number; height: number };
const inside = (inner: Box, outer: Box) => inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe.each(templates)('the skills map of %s', (name) => {
  const framework = load(path.join(root, 'templates', name));
  const layout = layoutSkillsMap(framework);
  const roles = framework.tracks.flatMap((t) => t.roles);

  it('places every role, inside the picture, without two boxes overlapping', () => {
    expect(layout.nodes.map((n) => n.role.id).sort()).toEqual(roles.map((r) => r.id).sort());
    const picture = { x: 0, y: 0, width: layout.width, height: layout.height };
    for (const node of layout.nodes) expect(inside(node, picture), node.role.id).toBe(true);
    for (let i = 0; i < layout.nodes.length; i += 1) {
      for (let j = i + 1; j < layout.nodes.length; j += 1) {
        const a = layout.nodes[i]!;
        const b = layout.nodes[j]!;
        expect(overlap(a, b), `${a.role.id} and ${b.role.id}`).toBe(false);
      }
    }
  });

  it('labels every role in full, in the SVG and its title', () => {
    const svg = renderSkillsMap(framework) ?? '';
    for (const node of layout.nodes) {
      expect(node.shortened, node.role.id).toBe(false);
      expect(node.lines.join(' ')).toBe(node.role.title.trim().replace(/\s+/g, ' '));
      expect(svg).toContain(`data-role="${node.role.id}"`);
    }
    expect(svg).toContain('Hard skills');
    expect(svg).toContain('Soft skills');
  });

  it('draws the role with more hard skill higher, and the one with more soft skill further right, than its twin', () => {
    for (const node of layout.nodes) {
      for (const twin of twinsOf(framework, node.role.id)) {
        const other = layout.nodes.find((n) => n.role.id === twin.id)!;
        if (node.hard > other.hard) expect(node.y + node.height / 2, `${node.role.id} above ${twin.id}`).toBeLessThan(other.y + other.height / 2);
        if (node.soft > other.soft) expect(node.x + node.width / 2, `${node.role.id} right of ${twin.id}`).toBeGreaterThan(other.x + other.width / 2);
      }
    }
  });

  it('has one path per track in level order, and lateral moves inside a level box', () => {
    expect(layout.paths.map((p) => p.trackId)).toEqual(framework.tracks.map((t) => t.id));
    for (const move of framework.moves.filter((m) => m.kind === 'lateral' || m.kind === 'switch')) {
      const a = layout.nodes.find((n) => n.role.id === move.from)!;
      const b = layout.nodes.find((n) => n.role.id === move.to)!;
      if (a.role.levelId !== b.role.levelId) continue;
      expect(layout.boxes.some((box) => inside(a, box) && inside(b, box)), `${move.from} → ${move.to}`).toBe(true);
    }
    expect(layout.legend.map((l) => l.trackId)).toEqual(framework.tracks.map((t) => t.id));
  });

  it('gives every role a radar with a spoke per rated dimension', () => {
    for (const role of roles) {
      const svg = renderRadar(framework, [{ role, label: role.title }], `radar-${role.id}`) ?? '';
      expect(svg.match(/class="radar-spoke"/g)?.length, role.id).toBe(Object.keys(role.proficiency).length);
    }
  });
});

describe('map pins and crowding', () => {
  const base = readFileSync(path.join(root, 'tests/fixtures/valid/proficiency-three-steps.yaml'), 'utf8');

  it('honours a map pin', () => {
    const layout = layoutSkillsMap(checkFramework(base).framework);
    const pinned = layout.nodes.find((n) => n.role.id === 'engineer')!;
    expect(pinned.soft).toBe(0.8);
    expect(pinned.hard).toBe(0.5);
  });

  it('puts thirty roles on six tracks side by side without overlaps', () => {
    const tracks = Array.from({ length: 6 }, (_, t) => {
      const roles = Array.from({ length: 5 }, (_, l) => `      - { id: t${t}-r${l}, title: "Track ${t} role at level ${l} with a long title", level: L${l}, proficiency: { craft: ${['learning', 'doing', 'leading'][Math.min(2, Math.floor(l / 2))]}, teamwork: ${['learning', 'doing', 'leading'][Math.min(2, Math.floor((l + t) / 3))]} }, expectations: { craft: ["Does the work."], teamwork: ["Helps."] } }`);
      return `  - id: t${t}\n    name: Track ${t}\n    kind: ${t === 0 ? 'ic' : 'other'}\n    roles:\n${roles.join('\n')}`;
    });
    const text = base.replace(/levels:[\s\S]*$/, `levels:\n${[0, 1, 2, 3, 4].map((l) => `  - { id: L${l} }`).join('\n')}\ntracks:\n${tracks.join('\n')}\n`);
    const layout = layoutSkillsMap(checkFramework(text).framework);
    expect(layout.nodes).toHaveLength(30);
    for (let i = 0; i < layout.nodes.length; i += 1) for (let j = i + 1; j < layout.nodes.length; j += 1) expect(overlap(layout.nodes[i]!, layout.nodes[j]!)).toBe(false);
  });
});

describe('moves on the skills map', () => {
  it('draws a promotion onto another track, which no track path shows, and leaves same-track promotions to the paths', () => {
    const framework = load(path.join(root, 'templates/staff-archetypes.yaml'));
    const svg = renderSkillsMap(framework) ?? '';
    const crossTrack = framework.moves.filter((m) => m.kind === 'promotion' && framework.index.roles.get(m.from)?.trackId !== framework.index.roles.get(m.to)?.trackId);
    expect(crossTrack.length).toBeGreaterThan(0);
    for (const move of crossTrack) expect(svg).toContain(`class="move move-promotion" data-from="${move.from}" data-to="${move.to}"`);
    const sameTrack = framework.moves.filter((m) => m.kind === 'promotion' && framework.index.roles.get(m.from)?.trackId === framework.index.roles.get(m.to)?.trackId);
    for (const move of sameTrack) expect(svg).not.toContain(`data-from="${move.from}" data-to="${move.to}"`);
  });
});

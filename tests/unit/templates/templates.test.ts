import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkFramework } from '../../../core/check.ts';
import { renderHtml } from '../../../core/render/index.ts';
import { listTemplates, templateNames, templateText } from '../../../core/templates/index.ts';
// @ts-expect-error plain ESM build script without types
import { generateTemplatesModule, output } from '../../../scripts/generate-templates.mjs';

const root = path.resolve(import.meta.dirname, '../../..');
const expectedNames = ['spotify-style-dual-track', 'big-tech', 'startup', 'staff-archetypes', 'multi-discipline'];

interface RawRole {
  id: string;
  title: string;
  level: string;
  summary?: string;
  scope?: string;
  years?: string;
  equivalent?: string;
  expectations?: Record<string, string[]>;
}
interface RawTrack {
  id: string;
  kind: string;
  dimensions?: string[];
  roles: RawRole[];
}
interface RawFramework {
  rungs: number;
  name: string;
  organization?: string;
  version?: string;
  description?: string;
  dimensions: Array<{ id: string; kind: string }>;
  levels: Array<{ id: string; band?: unknown }>;
  tracks: RawTrack[];
  moves?: Array<{ from: string; to: string; kind: string }>;
  mappings?: Array<{ company: string; levels: Record<string, string> }>;
}

function load(name: string): RawFramework {
  const text = templateText(name);
  if (text === undefined) throw new Error(`missing template ${name}`);
  return parse(text) as RawFramework;
}

function roleIndex(framework: RawFramework): Map<string, RawRole & { track: RawTrack }> {
  return new Map(framework.tracks.flatMap((track) => track.roles.map((role) => [role.id, { ...role, track }] as const)));
}

function rank(framework: RawFramework, levelId: string): number {
  return framework.levels.findIndex((l) => l.id === levelId);
}

describe('the embedded template module', () => {
  it('matches templates/*.yaml (run `npm run generate` after editing a template)', async () => {
    expect(await readFile(output, 'utf8')).toBe(await generateTemplatesModule());
  });

  it('has a catalogue entry for every template file and no entry without a file', async () => {
    const files = (await readdir(path.join(root, 'templates'))).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5));
    expect(templateNames().sort()).toEqual(files.sort());
  });
});

describe('template registry', () => {
  it('lists the five templates in gallery order', () => {
    expect(listTemplates().map((t) => t.name)).toEqual(expectedNames);
  });

  it('describes each template in one line and summarises its tracks from the template text', () => {
    for (const info of listTemplates()) {
      const framework = load(info.name);
      expect(info.title.length).toBeGreaterThan(0);
      expect(info.description).not.toMatch(/\n/);
      expect(info.description.length).toBeLessThanOrEqual(140);
      expect(info.levelCount).toBe(framework.levels.length);
      expect(info.tracks).toEqual(framework.tracks.map((t) => ({ id: t.id, name: expect.any(String), kind: t.kind, roles: t.roles.length })));
    }
  });

  it('returns copies, so a caller cannot change what the next caller sees', () => {
    const first = listTemplates();
    first[0]!.tracks.length = 0;
    first[0]!.title = 'changed';
    expect(listTemplates()[0]!.tracks.length).toBeGreaterThan(0);
    expect(listTemplates()[0]!.title).not.toBe('changed');
  });

  it('returns the template text with its comments, and nothing for unknown names', () => {
    expect(templateText('startup')).toMatch(/^# Startup/);
    expect(templateText('no-such-template')).toBeUndefined();
    expect(templateText('__proto__')).toBeUndefined();
    expect(templateText('constructor')).toBeUndefined();
  });
});

describe.each(expectedNames)('template %s', (name) => {
  const text = templateText(name) ?? '';
  const framework = load(name);

  it('passes every check with no errors and no warnings (what `rungs validate --strict` demands)', () => {
    const problems = checkFramework(text).diagnostics.filter((d) => d.severity !== 'info');
    expect(problems.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([]);
  });

  it('leaves no level unused', () => {
    expect(checkFramework(text).diagnostics.map((d) => d.code)).not.toContain('level/unused');
  });

  it('opens with a comment on what it is for and how to adapt it', () => {
    const header = text.split('\n').filter((line, i, all) => all.slice(0, i + 1).every((l) => l.startsWith('#')));
    expect(header.length).toBeGreaterThan(5);
    expect(header.join('\n')).toMatch(/What it is for/);
    expect(header.join('\n')).toMatch(/How to adapt it/);
  });

  it('fills in the framework header', () => {
    expect(framework.rungs).toBe(1);
    expect(framework.organization).toBe('Your company');
    expect(framework.version).toMatch(/^\d{4}\.\d+$/);
    expect(framework.description?.length).toBeGreaterThan(80);
    expect(new Set(framework.dimensions.map((d) => d.kind))).toEqual(new Set(['hard', 'soft']));
  });

  it('gives every role a title, summary, scope, years and 2-4 bullets for each dimension that applies', () => {
    for (const track of framework.tracks) {
      const applies = track.dimensions ?? framework.dimensions.map((d) => d.id);
      for (const role of track.roles) {
        expect(role.title, role.id).toBeTruthy();
        expect(role.summary, role.id).toBeTruthy();
        expect(role.scope, role.id).toBeTruthy();
        expect(role.years, role.id).toBeTruthy();
        expect(Object.keys(role.expectations ?? {}).sort(), role.id).toEqual([...applies].sort());
        for (const bullets of Object.values(role.expectations ?? {})) {
          expect(bullets.length, role.id).toBeGreaterThanOrEqual(2);
          expect(bullets.length, role.id).toBeLessThanOrEqual(4);
        }
      }
    }
  });

  it('never repeats a bullet on the next role of a track', () => {
    for (const track of framework.tracks) {
      track.roles.forEach((role, i) => {
        const below = track.roles[i - 1];
        if (!below) return;
        const previous = new Set(Object.values(below.expectations ?? {}).flat());
        for (const bullet of Object.values(role.expectations ?? {}).flat()) expect(previous.has(bullet), `${role.id}: ${bullet}`).toBe(false);
      });
    }
  });

  it('exports to HTML without error', () => {
    const html = renderHtml(checkFramework(text).framework);
    expect(html.length).toBeGreaterThan(1000);
    for (const track of framework.tracks) for (const role of track.roles) expect(html).toContain(role.title.replace(/&/g, '&amp;').replace(/'/g, '&#39;'));
  });
});

describe('template shapes', () => {
  it('spotify-style: shared levels up to Senior Engineer II, then twins on both tracks and switches both ways', () => {
    const f = load('spotify-style-dual-track');
    const roles = roleIndex(f);
    const management = f.tracks.find((t) => t.kind === 'management')!;
    const ic = f.tracks.find((t) => t.kind === 'ic')!;
    expect(ic.roles.map((r) => r.title)).toEqual([
      'Engineer I',
      'Engineer II',
      'Senior Engineer I',
      'Senior Engineer II',
      'Staff Engineer',
      'Principal Engineer',
      'Distinguished Engineer',
    ]);
    expect(management.roles.map((r) => r.title)).toEqual(['Engineering Manager', 'Director of Engineering', 'VP of Engineering']);
    expect(rank(f, management.roles[0]!.level)).toBe(rank(f, roles.get('senior-engineer-2')!.level) + 1);
    for (const manager of management.roles) {
      const twin = roles.get(manager.equivalent ?? '');
      expect(twin?.track.kind).toBe('ic');
      expect(twin?.level).toBe(manager.level);
    }
    const switches = (f.moves ?? []).filter((m) => m.kind === 'switch');
    expect(switches.some((m) => roles.get(m.from)?.track.kind === 'ic' && roles.get(m.to)?.track.kind === 'management')).toBe(true);
    expect(switches.some((m) => roles.get(m.from)?.track.kind === 'management' && roles.get(m.to)?.track.kind === 'ic')).toBe(true);
  });

  it('big-tech: L3 to L10 with bands, Fellow not below CTO, and community-reported mappings', () => {
    const f = load('big-tech');
    expect(f.levels.map((l) => l.id)).toEqual(['L3', 'L4', 'L5', 'L6', 'L7', 'L8', 'L9', 'L10']);
    expect(f.levels.every((l) => l.band !== undefined)).toBe(true);
    const roles = roleIndex(f);
    expect(roles.get('fellow')?.level).toBe('L10');
    expect(rank(f, roles.get('fellow')!.level)).toBeGreaterThanOrEqual(rank(f, roles.get('cto')!.level));
    expect(roles.get('engineering-manager')?.title).toBe('Engineering Manager');
    expect((f.mappings ?? []).map((m) => m.company)).toEqual(['Google', 'Meta', 'Amazon', 'Microsoft']);
    expect(f.description).toMatch(/community-reported/i);
  });

  it('startup: five levels, one IC track and a tech lead / manager track', () => {
    const f = load('startup');
    expect(f.levels).toHaveLength(5);
    expect(f.tracks.map((t) => t.kind)).toEqual(['ic', 'management']);
    expect(f.tracks[1]!.roles[0]!.title).toBe('Tech Lead');
  });

  it('staff-archetypes: the four archetypes share the Staff and Principal levels', () => {
    const f = load('staff-archetypes');
    const archetypes = f.tracks.slice(1);
    expect(archetypes.map((t) => t.id)).toEqual(['tech-lead', 'architect', 'solver', 'right-hand']);
    for (const track of archetypes) expect(track.roles.map((r) => r.level)).toEqual(['L4', 'L5']);
    expect((f.moves ?? []).filter((m) => m.kind === 'lateral').length).toBeGreaterThanOrEqual(3);
  });

  it('multi-discipline: four tracks, lateral moves at the senior level, a step-down into first-line management', () => {
    const f = load('multi-discipline');
    const roles = roleIndex(f);
    expect(f.tracks.map((t) => [t.id, t.kind])).toEqual([
      ['engineering', 'ic'],
      ['management', 'management'],
      ['product', 'other'],
      ['sre', 'other'],
    ]);
    const laterals = (f.moves ?? []).filter((m) => m.kind === 'lateral');
    expect(laterals.length).toBeGreaterThanOrEqual(3);
    for (const move of laterals) expect(roles.get(move.from)?.level).toBe('L3');
    const stepDown = (f.moves ?? []).find((m) => m.kind === 'step-down');
    expect(roles.get(stepDown?.from ?? '')?.track.kind).toBe('ic');
    expect(roles.get(stepDown?.to ?? '')?.id).toBe('engineering-manager');
  });
});

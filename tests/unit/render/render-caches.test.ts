import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFramework } from '../../../core/parse.ts';
import { buildFramework } from '../../../core/model/index.ts';
import { careerMap, drawCareerMap } from '../../../core/render/career-map.ts';
import { compareWithPrevious } from '../../../core/render/changes.ts';
import { pairBullets } from '../../../core/compare/pair-bullets.ts';
import { memoBy, textKey } from '../../../core/memo.ts';
import { mapStressYaml } from './map-stress.ts';

const templatesDir = fileURLToPath(new URL('../../../templates/', import.meta.url));
const templateTexts = readdirSync(templatesDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => [f, readFileSync(`${templatesDir}${f}`, 'utf8')] as const);

/** Every string leaf of the data outside expectations and proficiency, with a setter for a copy. */
function stringLeaves(data: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof data === 'string') return [path];
  if (typeof data !== 'object' || data === null) return [];
  const entries = Array.isArray(data) ? data.map((v, i) => [i, v] as const) : Object.entries(data);
  return entries.flatMap(([key, value]) => (key === 'expectations' || key === 'proficiency' ? [] : stringLeaves(value, [...path, key])));
}

function withChanged(data: unknown, path: (string | number)[], change: (value: string) => string): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  let at: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  at[last] = change(at[last] as string);
  return copy;
}

/** Another value of the same field: the next kind for enumerations, else the text with a word added. */
function changed(value: string): string {
  const cycles: Record<string, string> = { ic: 'management', management: 'ic', promotion: 'lateral', lateral: 'switch', switch: 'step-down', 'step-down': 'promotion' };
  return cycles[value] ?? `${value} Extra`;
}

describe('the career map cache', () => {
  // The cache keys the drawing by a projection of the model (mapShapeKey). If the map ever reads a
  // field the key leaves out, an edit of that field would show yesterday's map: change each field
  // in turn, after the unchanged map was cached, and compare with a drawing made without the cache.
  for (const [name, text] of [...templateTexts, ['stress: 3 tracks × 5 levels with moves, two roles a level', mapStressYaml({ tracks: 3, levels: 5, titleLength: 40, moves: true, doubleRoles: true })] as const]) {
    it(`redraws after any field outside expectations changes: ${name}`, () => {
      const data = parseFramework(text).data;
      const leaves = stringLeaves(data);
      expect(leaves.length).toBeGreaterThan(20);
      for (const path of leaves) {
        careerMap(buildFramework(data));
        const edited = buildFramework(withChanged(data, path, changed));
        expect(careerMap(edited), path.join('/')).toEqual(drawCareerMap(edited));
        expect(careerMap(edited, 'letter'), path.join('/')).toEqual(drawCareerMap(edited, 'letter'));
      }
    });
  }

  it('reuses the drawing while only expectations change', () => {
    const data = parseFramework(templateTexts[0]?.[1] ?? '').data as { tracks: { roles: { expectations: Record<string, string[]> }[] }[] };
    const first = careerMap(buildFramework(data));
    const role = data.tracks[0]?.roles[0];
    const dimension = Object.keys(role?.expectations ?? {})[0] as string;
    (role?.expectations[dimension] as string[]).push('Writes one more thing down');
    expect(careerMap(buildFramework(data))).toBe(first);
  });
});

describe('content-keyed caches', () => {
  it('keys lists so that no two different lists share a key', () => {
    expect(textKey(['a', 'b'])).not.toBe(textKey(['ab']));
    expect(textKey(['a\u0000b'])).not.toBe(textKey(['a', 'b']));
    expect(textKey(['1:a'])).not.toBe(textKey(['1', 'a']));
  });

  it('computes once per distinct key and forgets everything past its limit', () => {
    let calls = 0;
    const twice = memoBy((n: number) => String(n), (n: number) => {
      calls += 1;
      return n * 2;
    }, 2);
    expect([twice(1), twice(1), twice(2)]).toEqual([2, 2, 4]);
    expect(calls).toBe(2);
    twice(3); // full: starts again
    twice(1);
    expect(calls).toBe(4);
  });

  it('pairs bullets the same from the cache as fresh, for lists that differ only in how they split', () => {
    const joined = pairBullets(['Ships a feature', 'Reviews code'], ['Ships a feature, alone']);
    const split = pairBullets(['Ships a feature', 'Reviews', 'code'], ['Ships a feature, alone']);
    expect(joined.dropped.map((d) => d.text)).toEqual(['Reviews code']);
    expect(split.dropped.map((d) => d.text)).toEqual(['Reviews', 'code']);
  });

  it('marks a bullet against the level below the same when the level below changes back and forth', () => {
    const yaml = (below: string) => `rungs: 1\nname: T\ndimensions:\n  - id: craft\n    name: Craft\nlevels:\n  - id: L1\n  - id: L2\ntracks:\n  - id: ic\n    name: IC\n    kind: ic\n    roles:\n      - id: a\n        title: A\n        level: L1\n        expectations:\n          craft:\n            - ${below}\n      - id: b\n        title: B\n        level: L2\n        expectations:\n          craft:\n            - Designs systems for the team\n`;
    const statusOf = (below: string) => {
      const f = buildFramework(parseFramework(yaml(below)).data);
      const role = f.index.roles.get('b');
      return role ? compareWithPrevious(f, role).byDimension.get('craft')?.[0]?.status : undefined;
    };
    expect(statusOf('Designs systems for the team')).toBe('same');
    expect(statusOf('Designs systems for a team')).toBe('changed');
    expect(statusOf('Fixes small bugs')).toBe('new');
    expect(statusOf('Designs systems for the team')).toBe('same');
  });
});

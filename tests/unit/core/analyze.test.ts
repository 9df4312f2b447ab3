import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { rules } from '../../../core/analyze/index.ts';
import { ruleCodes } from '../../../core/diagnostic-codes.ts';
import { checkFramework } from '../../../core/check.ts';

interface RoleSpec {
  id: string;
  level: string;
  equivalent?: string;
  bullets?: Record<string, string[]>;
}

/** A framework with two dimensions and levels L1..L5, tracks given as kind → roles. */
function framework(tracks: { id: string; kind: string; roles: RoleSpec[]; dimensions?: string[] }[], extra: Record<string, unknown> = {}) {
  return stringify({
    rungs: 1,
    name: 'Test',
    dimensions: [
      { id: 'craft', name: 'Craft', kind: 'hard' },
      { id: 'influence', name: 'Influence', kind: 'soft' },
    ],
    levels: ['L1', 'L2', 'L3', 'L4', 'L5'].map((id) => ({ id })),
    tracks: tracks.map((t) => ({
      id: t.id,
      name: t.id,
      kind: t.kind,
      ...(t.dimensions ? { dimensions: t.dimensions } : {}),
      roles: t.roles.map((r) => ({
        id: r.id,
        title: r.id,
        level: r.level,
        ...(r.equivalent ? { equivalent: r.equivalent } : {}),
        expectations: r.bullets ?? { craft: [`${r.id} craft`], influence: [`${r.id} influence`] },
      })),
    })),
    ...extra,
  });
}

const ic = (...levels: string[]) => levels.map((level) => ({ id: `ic-${level}`, level }));
const mgmt = (...levels: string[]) => levels.map((level) => ({ id: `m-${level}`, level }));
const codes = (text: string, prefix: string) => checkFramework(text).diagnostics.filter((d) => d.code.startsWith(prefix));

describe('analysis rules', () => {
  it('have unique, stable codes, and the registry lists every rule and nothing more as a rule', () => {
    expect(new Set(rules.map((r) => r.code)).size).toBe(rules.length);
    for (const rule of rules) expect(rule.code).toMatch(/^[a-z]+\/[a-z-]+$/);
    expect(rules.map((r) => r.code)).toEqual([...ruleCodes]);
  });

  it('parity: quiet when tracks match, warns about gaps and a low IC ceiling', () => {
    expect(codes(framework([{ id: 'ic', kind: 'ic', roles: ic('L1', 'L2', 'L3', 'L4', 'L5') }, { id: 'm', kind: 'management', roles: mgmt('L3', 'L4', 'L5') }]), 'parity')).toEqual([]);
    const gap = codes(framework([{ id: 'ic', kind: 'ic', roles: ic('L1', 'L2', 'L4', 'L5') }, { id: 'm', kind: 'management', roles: mgmt('L3', 'L4') }]), 'parity');
    expect(gap.map((d) => d.code)).toEqual(['parity/missing-ic-twin']);
    expect(gap[0]?.message).toContain('`L3`');
    const ceiling = codes(framework([{ id: 'ic', kind: 'ic', roles: ic('L1', 'L2', 'L3') }, { id: 'm', kind: 'management', roles: mgmt('L3', 'L4', 'L5') }]), 'parity');
    // Levels above the IC top are the ceiling's business, not one missing twin each.
    expect(ceiling.map((d) => d.code)).toEqual(['parity/ic-ceiling']);
    expect(ceiling[0]?.path).toBe('/tracks/0/roles/2/level');
  });

  it('parity: an explicit equivalent on the same level counts as a twin; one on another level is an error', () => {
    const twins = framework([
      { id: 'ic', kind: 'ic', roles: [...ic('L1', 'L2', 'L3'), { id: 'ic-L5', level: 'L5' }] },
      { id: 'm', kind: 'management', roles: [{ id: 'm-L3', level: 'L3', equivalent: 'ic-L3' }, { id: 'm-L5', level: 'L5' }] },
    ]);
    expect(codes(twins, 'parity')).toEqual([]);
    const mismatch = codes(framework([{ id: 'ic', kind: 'ic', roles: ic('L1', 'L2', 'L3') }, { id: 'm', kind: 'management', roles: [{ id: 'm-L3', level: 'L3', equivalent: 'ic-L2' }] }]), 'parity');
    expect(mismatch).toMatchObject([{ code: 'parity/equivalent-level-mismatch', severity: 'error', path: '/tracks/1/roles/0/equivalent' }]);
  });

  it('order: roles sharing a level are fine; going down is not', () => {
    expect(codes(framework([{ id: 'ic', kind: 'ic', roles: [...ic('L1', 'L2'), { id: 'ic-L2b', level: 'L2' }, ...ic('L3', 'L4', 'L5')] }]), 'order')).toEqual([]);
    expect(codes(framework([{ id: 'ic', kind: 'ic', roles: ic('L1', 'L3', 'L2', 'L4', 'L5') }]), 'order')).toMatchObject([{ path: '/tracks/0/roles/2/level' }]);
  });

  it('growth: only compares a role with the one just below it on the same track', () => {
    const same = { craft: ['Writes tests.'], influence: ['Helps others.'] };
    const text = framework([
      { id: 'ic', kind: 'ic', roles: [{ id: 'a', level: 'L1', bullets: same }, { id: 'b', level: 'L2', bullets: { craft: ['Writes tests'], influence: ['Leads others.'] } }, { id: 'c', level: 'L4', bullets: { craft: ['Designs.'], influence: ['Helps others.'] } }, { id: 'd', level: 'L5' }] },
      { id: 'm', kind: 'management', roles: [{ id: 'e', level: 'L2', bullets: same }] },
    ]);
    // b repeats a's craft bullet (adjacent); c repeats a's influence bullet but b sits between them.
    expect(codes(text, 'growth')).toMatchObject([{ path: '/tracks/0/roles/1/expectations/craft/0' }]);
  });

  it('coverage: respects a track subset and reports the missing ids as data', () => {
    const text = framework([{ id: 'ic', kind: 'ic', dimensions: ['craft'], roles: [{ id: 'a', level: 'L1', bullets: { craft: ['x'] } }, { id: 'b', level: 'L2', bullets: { influence: ['y'] } }, ...ic('L3', 'L4', 'L5')] }]);
    const found = codes(text, 'coverage');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path: '/tracks/0/roles/1/expectations', data: { missingDimensions: ['craft'] } });
  });

  it('references: suggest the nearest ids', () => {
    const text = framework([{ id: 'ic', kind: 'ic', roles: [...ic('L1', 'L2', 'L3', 'L4', 'L5'), { id: 'x', level: 'L5', equivalent: 'ic-l4' }] }], { moves: [{ from: 'ic-L1', to: 'ic-L22', kind: 'promotion' }] });
    const refs = codes(text, 'ref/');
    // The likely typo comes first; the nearest other ids follow so a quick fix always has choices.
    expect(refs.map((d) => [d.path, d.data?.suggestions?.[0]])).toEqual([
      ['/tracks/0/roles/5/equivalent', 'ic-L4'],
      ['/moves/0/to', 'ic-L2'],
    ]);
    expect(refs[0]?.message).toMatch(/did you mean `ic-L4`\?/);
  });

  it('references: offer the nearest ids for a quick fix even when none is a likely typo', () => {
    const text = framework([{ id: 'ic', kind: 'ic', roles: [...ic('L1', 'L2', 'L3', 'L4', 'L5'), { id: 'x', level: 'L99', equivalent: 'ic-L4' }] }]);
    const [unknown] = codes(text, 'ref/unknown-level');
    expect(unknown?.message).not.toMatch(/did you mean/);
    expect(unknown?.data?.suggestions).toHaveLength(3);
    expect(unknown?.data?.suggestions?.every((id) => /^L[1-5]$/.test(id))).toBe(true);
  });

  it('moves: accept kinds that match, flag ones that do not', () => {
    const tracks = [{ id: 'ic', kind: 'ic', roles: ic('L1', 'L2', 'L3', 'L4', 'L5') }, { id: 'm', kind: 'management', roles: mgmt('L3', 'L4') }];
    const good = [
      { from: 'ic-L1', to: 'ic-L2', kind: 'promotion' },
      { from: 'ic-L3', to: 'm-L3', kind: 'lateral' },
      { from: 'ic-L3', to: 'm-L3', kind: 'switch' },
      { from: 'ic-L4', to: 'm-L3', kind: 'step-down' },
    ];
    expect(codes(framework(tracks, { moves: good }), 'move')).toEqual([]);
    expect(codes(framework(tracks, { moves: [{ from: 'ic-L2', to: 'ic-L2', kind: 'lateral' }] }), 'move')[0]?.message).toContain('to itself');
  });

  it('moves: the fix names the kind that fits the levels and tracks', () => {
    const tracks = [{ id: 'ic', kind: 'ic', roles: ic('L1', 'L2', 'L3', 'L4', 'L5') }, { id: 'm', kind: 'management', roles: mgmt('L3', 'L4') }];
    const advice = (from: string, to: string, kind: string) => codes(framework(tracks, { moves: [{ from, to, kind }] }), 'move')[0]?.message ?? '';
    expect(advice('ic-L4', 'm-L3', 'promotion')).toMatch(/Use `step-down`\.$/);
    expect(advice('ic-L3', 'm-L3', 'promotion')).toMatch(/Use `switch`, or `lateral` for a move into another discipline\.$/);
    expect(advice('ic-L3', 'm-L3', 'step-down')).toMatch(/Use `switch`, or `lateral`/);
    expect(advice('ic-L2', 'ic-L3', 'lateral')).toMatch(/Use `promotion`\.$/);
    expect(advice('ic-L3', 'm-L4', 'lateral')).toMatch(/Use `promotion`\.$/);
    expect(advice('ic-L3', 'ic-L2', 'switch')).toMatch(/Use `step-down`\.$/);
    expect(advice('m-L3', 'm-L4', 'switch')).toMatch(/Use `promotion`\.$/);
  });

  it('growth: one copied-expectation finding per role, each copied bullet a related location', () => {
    const roles = [
      { id: 'a', level: 'L1', bullets: { craft: ['Ships changes.', 'Writes tests.'], influence: ['Shares notes.'] } },
      { id: 'b', level: 'L2', bullets: { craft: ['Ships changes.', 'writes tests', 'Designs systems.'], influence: ['Shares notes'] } },
      { id: 'c', level: 'L3', bullets: { craft: ['Sets direction.', 'Designs systems.'], influence: ['Leads reviews.'] } },
    ];
    const found = codes(framework([{ id: 'ic', kind: 'ic', roles }]), 'growth/copied');
    expect(found).toHaveLength(2);
    const [b, c] = found;
    expect(b).toMatchObject({ path: '/tracks/0/roles/1/expectations/craft/0', severity: 'warning' });
    expect(b?.message).toContain('3 of the 4 bullets of `b` are copied unchanged from `a`');
    expect(b?.related?.map((r) => r.path)).toEqual([
      '/tracks/0/roles/1/expectations/craft/0',
      '/tracks/0/roles/1/expectations/craft/1',
      '/tracks/0/roles/1/expectations/influence/0',
    ]);
    expect(b?.related?.[1]).toMatchObject({ message: 'copied from `a`: writes tests' });
    expect(b?.related?.[1]?.line).toBeGreaterThan(b?.related?.[0]?.line ?? 0);
    expect(c).toMatchObject({ path: '/tracks/0/roles/2/expectations/craft/1' });
    expect(c?.message).toMatch(/^This bullet of `c` is copied unchanged from `b`/);
  });

  it('move/unreachable-track: a track above the lowest level needs a move in or a twin', () => {
    const tracks = [
      { id: 'ic', kind: 'ic', roles: ic('L1', 'L2', 'L3') },
      { id: 'sre', kind: 'other', roles: [{ id: 'sre-L4', level: 'L4' }, { id: 'sre-L5', level: 'L5' }] },
    ];
    const found = codes(framework(tracks), 'move/unreachable');
    expect(found.map((d) => d.path)).toEqual(['/tracks/1/roles/0/level']);
    const withMove = framework(tracks, { moves: [{ from: 'ic-L3', to: 'sre-L5', kind: 'promotion' }] });
    expect(codes(withMove, 'move/unreachable')).toEqual([]);
    const withTwin = framework([tracks[0]!, { id: 'sre', kind: 'other', roles: [{ id: 'sre-L3', level: 'L3' }] }]);
    expect(codes(withTwin, 'move/unreachable')).toEqual([]);
  });

  it('coverage: `dimension: []` says a dimension does not apply to a role', () => {
    const roles: RoleSpec[] = [{ id: 'a', level: 'L1', bullets: { craft: ['x'], influence: [] } }, { id: 'b', level: 'L2', bullets: { craft: ['y'] } }];
    const found = codes(framework([{ id: 'ic', kind: 'ic', roles }]), 'coverage');
    expect(found.map((d) => d.path)).toEqual(['/tracks/0/roles/1/expectations']);
    expect(found[0]?.data?.missingDimensions).toEqual(['influence']);
  });

  it('coverage: a track dimension with `from` applies from that level up, and its level must exist', () => {
    const roles = [{ id: 'a', level: 'L1', bullets: { craft: ['x'] } }, { id: 'b', level: 'L2', bullets: { craft: ['y'] } }, { id: 'c', level: 'L3', bullets: { craft: ['z'] } }];
    const from = (level: string) => framework([{ id: 'ic', kind: 'ic', roles, dimensions: ['craft', { id: 'influence', from: level }] as unknown as string[] }]);
    expect(codes(from('L3'), 'coverage').map((d) => d.path)).toEqual(['/tracks/0/roles/2/expectations']);
    expect(codes(from('L2'), 'coverage').map((d) => d.path)).toEqual(['/tracks/0/roles/1/expectations', '/tracks/0/roles/2/expectations']);
    expect(codes(from('L9'), 'ref').map((d) => [d.code, d.path])).toEqual([['ref/unknown-level', '/tracks/0/dimensions/1/from']]);
    expect(checkFramework(from('L3')).diagnostics.filter((d) => d.code.startsWith('schema'))).toEqual([]);
  });

  it('coverage and parity messages say what to change', () => {
    const subset = framework([{ id: 'ic', kind: 'ic', roles: [{ id: 'a', level: 'L1', bullets: { craft: ['x'] } }, ...ic('L2', 'L3', 'L4', 'L5')] }]);
    expect(codes(subset, 'coverage')[0]?.message).toBe(
      "Role `a` has no expectations for `influence`: say what good looks like there too, or, if it does not apply to this role, write `influence: []`.",
    );
    const gap = codes(framework([{ id: 'ic', kind: 'ic', roles: ic('L1', 'L2', 'L4', 'L5') }, { id: 'm', kind: 'management', roles: mgmt('L3', 'L4') }]), 'parity');
    expect(gap[0]?.message).toBe(
      'No individual-contributor role sits on level `L3`, where the manager role `m-L3` is: engineers can reach `L3` only by managing, and `m-L3` has no technical twin of equal seniority and pay. Add an IC role on `L3`.',
    );
  });
});

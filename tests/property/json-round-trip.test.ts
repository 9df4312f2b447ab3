/**
 * Property (c): the JSON export is the Rungs format itself, so re-importing it (JSON is YAML)
 * gives back the same framework: export → import → export is a fixpoint, and nothing in between
 * reads as a YAML problem.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFramework, checkFramework } from '../../core/index.ts';
import { renderJson } from '../../core/render/index.ts';
import { jsonRoundTripProblems, prototypeKeys } from '../unit/hostile/invariants.ts';
import { frameworkData, hostileId, literalText, payloadText, schemaId } from './arbitraries.ts';

describe('JSON export and re-import', () => {
  it('round-trips frameworks with hostile text and ids, leaving Object.prototype alone', () => {
    const before = prototypeKeys();
    fc.assert(
      fc.property(frameworkData({ text: payloadText, id: hostileId }), (data) => {
        expect(jsonRoundTripProblems(buildFramework(data))).toEqual([]);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 150 },
    );
    expect(prototypeKeys()).toEqual(before);
  });

  it('exports a schema-valid framework as JSON that checks with no schema or YAML error', () => {
    fc.assert(
      fc.property(frameworkData({ text: literalText, id: schemaId, rolesOnEveryTrack: true, years: fc.constantFrom('1', '2-4', '5+', '10') }), (data) => {
        const framework = buildFramework(data);
        const json = renderJson(framework);
        const reimported = checkFramework(json);
        const problems = reimported.diagnostics.filter((d) => d.code.startsWith('yaml/') || d.code.startsWith('schema/'));
        expect(problems.map((d) => `${d.code} ${d.path} ${d.message}`)).toEqual([]);
        // Same model: every role keeps its level, title and bullets.
        const roles = (f: typeof framework) => f.tracks.flatMap((t) => t.roles.map((r) => [t.id, r.id, r.levelId, r.title, r.expectations.map((x) => [x.dimensionId, x.bullets])]));
        expect(roles(reimported.framework)).toEqual(roles(framework));
      }),
      { numRuns: 100 },
    );
  });
});

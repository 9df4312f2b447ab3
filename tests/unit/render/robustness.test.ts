import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFramework } from '../../../core/model/index.ts';
import { printInput, renderCsv, renderHtml, renderJson, renderMarkdown } from '../../../core/render/index.ts';

const id = fc.constantFrom('a', 'b', 'c', 'L1', 'L2', 'craft', '__proto__', 'constructor', '');
const text = fc.oneof(fc.string(), fc.constantFrom('<script>x</script>', '[x](javascript:y)', '| pipe |', '=1+1', '\u202Ebidi', 'line\nbreak'));
const role = fc.record({ id, title: text, level: id, summary: text, equivalent: id, years: fc.oneof(text, fc.integer()), expectations: fc.dictionary(id, fc.oneof(fc.array(text), text, fc.anything())) }, { requiredKeys: [] });
const data = fc.record(
  {
    rungs: fc.anything(),
    name: text,
    version: text,
    dimensions: fc.array(fc.record({ id, name: text, kind: fc.constantFrom('hard', 'soft', 'other') }, { requiredKeys: [] }), { maxLength: 4 }),
    levels: fc.array(fc.record({ id, name: text, band: fc.record({ min: fc.double(), max: fc.double(), currency: text }) }, { requiredKeys: [] }), { maxLength: 5 }),
    tracks: fc.array(fc.record({ id, name: text, kind: fc.constantFrom('ic', 'management', 'other'), dimensions: fc.array(id), roles: fc.array(role, { maxLength: 5 }) }, { requiredKeys: [] }), { maxLength: 4 }),
    moves: fc.array(fc.record({ from: id, to: id, kind: fc.constantFrom('promotion', 'lateral', 'switch', 'step-down', 'x'), note: text }, { requiredKeys: [] }), { maxLength: 4 }),
    mappings: fc.array(fc.record({ company: text, levels: fc.dictionary(id, fc.oneof(text, fc.integer())) }, { requiredKeys: [] }), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

describe('exports of odd frameworks', () => {
  it('never throw, whatever half-written data the model was built from', () => {
    fc.assert(
      fc.property(fc.oneof(data, fc.anything()), (raw) => {
        const framework = buildFramework(raw);
        const html = renderHtml(framework);
        expect(html.endsWith('</html>\n')).toBe(true);
        expect(html).not.toMatch(/<script/i);
        renderMarkdown(framework);
        renderCsv(framework);
        JSON.parse(renderJson(framework));
        printInput(framework, { paper: 'letter' });
      }),
      { numRuns: 300 },
    );
  });
});

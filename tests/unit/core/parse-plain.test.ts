/**
 * The fast plain reader against yaml's full parse: for every text, `parseFramework` (fast path
 * when the text allows it) and `parseFrameworkFully` (always yaml's Document) must give the same
 * data, the same diagnostics, the same range for every pointer and target, and the same check.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { createRandom, generateFramework } from '../../../bench/generate-framework.ts';
import { GROWTH_SHAPES, growthFramework } from '../../../bench/growth-shapes.ts';
import { checkParsed } from '../../../core/check.ts';
import { parseFramework, parseFrameworkFully, type ParsedDocument } from '../../../core/parse.ts';
import { pointerOf, rangeOf, type RangeTarget } from '../../../core/positions.ts';
import { frameworkData, literalText, mutatedFramework, schemaId, validTexts, yamlish } from '../../property/arbitraries.ts';

const root = path.resolve(import.meta.dirname, '../../..');

function yamlFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => readFileSync(path.join(root, dir, f), 'utf8'));
}

/** Every pointer into the data, plus ones that name nothing (a missing key, an index too far, a child of a scalar). */
function pointersOf(data: unknown, segments: (string | number)[] = [], out: string[] = []): string[] {
  out.push(pointerOf(...segments));
  if (Array.isArray(data)) {
    data.forEach((item, i) => pointersOf(item, [...segments, i], out));
    out.push(pointerOf(...segments, data.length), pointerOf(...segments, 'x'));
  } else if (data !== null && typeof data === 'object') {
    for (const key of Object.keys(data)) pointersOf((data as Record<string, unknown>)[key], [...segments, key], out);
    out.push(pointerOf(...segments, 'no-such-key'), pointerOf(...segments, '0'));
  } else {
    out.push(pointerOf(...segments, 'child'));
  }
  return out;
}

/**
 * Deep equality that also holds for keys named like Object.prototype members (`constructor`,
 * `__proto__`), which `toStrictEqual` mistakes for the objects' types: same prototypes, same own
 * keys in the same order, same primitives.
 */
function expectSameData(actual: unknown, expected: unknown, context: string, at = ''): void {
  if (actual === null || expected === null || typeof actual !== 'object' || typeof expected !== 'object') {
    expect(Object.is(actual, expected), `${context} at ${at}: ${String(actual)} vs ${String(expected)}`).toBe(true);
    return;
  }
  expect(Object.getPrototypeOf(actual), `${context} at ${at}`).toBe(Object.getPrototypeOf(expected));
  const keys = Object.keys(actual);
  expect(keys, `${context} at ${at}`).toEqual(Object.keys(expected));
  for (const key of keys) expectSameData((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], context, `${at}/${key}`);
}

const targets: RangeTarget[] = ['value', 'key', 'head'];

/** Compares the two parses of `text`; returns whether the fast reader took it. */
function expectSameParse(text: string): boolean {
  const fast = parseFramework(text);
  const full = parseFrameworkFully(text);
  const context = `text: ${JSON.stringify(text.length > 400 ? `${text.slice(0, 400)}…` : text)}`;
  expect(fast.text, context).toBe(full.text);
  expect(fast.broken, context).toBe(full.broken);
  expect(fast.diagnostics, context).toEqual(full.diagnostics);
  expectSameData(fast.data, full.data, context);
  for (const pointer of pointersOf(full.data)) {
    for (const target of targets) expect(rangeOf(fast, pointer, target), `${context} ${pointer} ${target}`).toEqual(rangeOf(full, pointer, target));
  }
  const checkedFast = checkParsed(fast);
  const checkedFull = checkParsed(full);
  expect(checkedFast.diagnostics, context).toEqual(checkedFull.diagnostics);
  expect(checkedFast.framework, context).toEqual(checkedFull.framework);
  return fast.positions !== undefined;
}

/** Plain-subset YAML with the variations yaml is picky about: spacing, comments, empty values, quotes, blocks. */
const plainishValue = fc.oneof(
  literalText.filter((t) => !/[\n\t]/.test(t)),
  fc.constantFrom('1', '-2', '3.5', '1e3', '0x1F', '0o17', '.inf', '.nan', 'true', 'False', 'NULL', '~', 'null', '', 'yes', '2026.1', '"2026.1"', "'it''s'", '"a \\" b"', '[a, b]', '[ a , "b" ]', '[]', '{ id: x, name: y }', '{}', '{ }', 'a # note', 'x   ', '|', '|-', '>', '- a', 'a: b', 'a:', 'http://x.y', '#c', '&a x', '*a', '!t x', '@x', '`x', '[a, [b]]', '{ a: [b, { c: d }], e: [] }', '[[], {}]', '[a,]', '{a: 1, a: 2}'),
);
type Tree = { map: [string, Tree][] } | { seq: Tree[] } | { scalar: string } | { literal: string[]; strip: boolean };

const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    plainishValue.map((scalar) => ({ scalar })),
    fc.record({ literal: fc.array(fc.constantFrom('text', '  more indented', '', '# not a comment', 'a: b'), { minLength: 1, maxLength: 4 }), strip: fc.boolean() }),
    fc.array(fc.tuple(fc.oneof(schemaId, fc.constantFrom('id', 'name', '__proto__', 'constructor', 'true', '1', 'k')), tie('tree')), { minLength: 1, maxLength: 4 }).map((map) => ({ map })),
    fc.array(tie('tree'), { minLength: 1, maxLength: 3 }).map((seq) => ({ seq })),
  ),
})).tree;

/** Writes a tree as block YAML, with random blank lines, comments, spacing and list indentation. */
function writeTree(node: Tree, indent: number, random: () => number, out: string[], prefix: string): void {
  const pad = ' '.repeat(indent);
  const extra = () => {
    const r = random();
    if (r < 0.05) out.push('');
    else if (r < 0.07) out.push(`${pad}# a comment line`);
    else if (r < 0.09) out.push('   ');
  };
  const tail = () => (random() < 0.1 ? '  # note' : random() < 0.05 ? '  ' : '');
  if ('scalar' in node) {
    out.push(`${prefix}${node.scalar === '' ? '' : ` ${node.scalar}`}${tail()}`);
  } else if ('literal' in node) {
    out.push(`${prefix} |${node.strip ? '-' : ''}`);
    for (const line of node.literal) out.push(line === '' ? '' : `${pad}  ${line}`);
  } else if ('map' in node) {
    out.push(prefix + tail());
    for (const [key, child] of node.map) {
      extra();
      writeTree(child, indent + 2, random, out, `${pad}${key}:`);
    }
  } else {
    out.push(prefix + tail());
    const seqPad = random() < 0.3 ? ' '.repeat(Math.max(0, indent - 2)) : pad;
    for (const child of node.seq) {
      extra();
      if ('map' in child && random() < 0.6) {
        // The compact form, `- key: value` with the next keys under the first.
        const [first, ...rest] = child.map;
        if (!first) continue;
        const inner = seqPad.length + 2;
        writeTree(first[1], inner + 2, random, out, `${seqPad}- ${first[0]}:`);
        for (const [key, value] of rest) writeTree(value, inner + 2, random, out, `${' '.repeat(inner)}${key}:`);
      } else {
        writeTree(child, seqPad.length + 2, random, out, `${seqPad}-`);
      }
    }
  }
}

const plainish: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.tuple(schemaId, tree), { minLength: 1, maxLength: 5 }), fc.integer(), fc.boolean())
  .map(([entries, seed, finalBreak]) => {
    const random = createRandom(seed);
    const out: string[] = random() < 0.3 ? ['# header comment', ''] : [];
    for (const [key, node] of entries) writeTree(node, 0, random, out, `${key}:`);
    // A root written as `key:` then a nested block starts at the first key, as it should.
    return out.join('\n') + (finalBreak ? '\n' : '');
  });

describe('fast plain reader', () => {
  it('reads templates, fixtures and generated frameworks exactly as yaml does', () => {
    const texts = [...yamlFiles('templates'), ...yamlFiles('tests/fixtures'), ...validTexts];
    for (const seed of [1, 2]) texts.push(generateFramework({ targetBytes: 15_000 * seed, seed }));
    for (const shape of GROWTH_SHAPES) texts.push(growthFramework(shape, 200));
    // One role a line, in nested brackets, as large generated ladders are often written.
    const roles = Array.from({ length: 200 }, (_, i) => `      - { id: r${i}, title: Role ${i}, level: L1, expectations: { craft: [Does the work of role ${i}., "Says why"] } }`);
    texts.push(['rungs: 1', 'name: Flow', 'dimensions:', '  - { id: craft, name: Craft, kind: hard }', 'levels: [{ id: L1 }]', 'tracks:', '  - id: ic', '    name: Eng', '    roles:', ...roles, ''].join('\n'));
    let fast = 0;
    for (const text of texts) if (expectSameParse(text)) fast += 1;
    // The corpus is mostly plain YAML: if the reader took none of it, this test would prove nothing.
    expect(fast).toBeGreaterThan(texts.length / 3);
  }, 120_000);

  it('takes the benchmark framework and a framework yaml writes', () => {
    expect(parseFramework(generateFramework({ targetBytes: 50_000, seed: 50 })).positions).toBeDefined();
    expect(parseFramework(stringify({ rungs: 1, name: 'x', levels: [{ id: 'L1' }] })).positions).toBeDefined();
  });

  it('agrees on random plain-looking YAML', () => {
    let fast = 0;
    fc.assert(
      fc.property(plainish, (text) => {
        if (expectSameParse(text)) fast += 1;
      }),
      { numRuns: 1000 },
    );
    expect(fast).toBeGreaterThan(100);
  }, 120_000);

  it('agrees on frameworks yaml writes, in block and flow style', () => {
    fc.assert(
      fc.property(frameworkData({ text: literalText, id: schemaId }), fc.constantFrom(0, 1, 2), (data, style) => {
        const text = stringify(data, style === 0 ? {} : style === 1 ? { collectionStyle: 'flow', lineWidth: 0 } : { indentSeq: false, lineWidth: 40 });
        expectSameParse(text);
      }),
      { numRuns: 80 },
    );
  }, 120_000);

  it('agrees where a line of spaces follows a key with only a comment (found by the property below)', () => {
    for (const text of ['levels: # c\n  ', 'levels: # c\n  \n', 'name: x\nlevels: # c\n  \ntracks: []\n']) expectSameParse(text);
  });

  it('agrees where an empty list item holds only a comment (yaml stretches the list to the next content)', () => {
    for (const text of ['a:\n  id:\n    - #c\n  constructor: |\n      text\nb: 1', 'a:\n  id:\n    - x\n    - #c\n  c: 1\n', 'a:\n  - #c\nb: 1\n']) expectSameParse(text);
  });

  it('agrees where the last value of a mapping is empty but for a comment (yaml stretches the mapping too)', () => {
    for (const text of [
      '# header comment\n\nA:\nA_:\n  -\n    - a:  # note\n    - Ships\na:  \n-\n  0a: 1',
      'a:\n  - k:  # c\n  - v\n',
      'a:\n  b:\n    c:  # c\n  d: 1\n',
      'a:\n  b:  # c\n  d: 1\n',
    ]) {
      expectSameParse(text);
    }
  });

  it('agrees on edited shipped frameworks and on YAML-ish noise', () => {
    fc.assert(fc.property(fc.oneof(mutatedFramework, yamlish), (text) => void expectSameParse(text)), { numRuns: 400 });
  }, 120_000);

  it('agrees along long random edit sequences of a generated framework', () => {
    const random = createRandom(7);
    let text = generateFramework({ targetBytes: 8_000, seed: 7 });
    const pieces = ['x', ' ', '\n', '  ', '- ', ': ', '# c', '"', "'", '[', ']', '{', '}', '|', '\n  ', ' #', 'id: a\n', ''];
    for (let step = 0; step < 40; step += 1) {
      const at = Math.floor(random() * text.length);
      const removed = Math.floor(random() * 4);
      text = text.slice(0, at) + (pieces[Math.floor(random() * pieces.length)] ?? '') + text.slice(at + removed);
      expectSameParse(text);
    }
  }, 120_000);

  it('builds yaml nodes on demand for the writers', () => {
    const parsed: ParsedDocument = parseFramework('rungs: 1\nname: Acme\nlevels:\n  - id: L1\n');
    expect(parsed.positions).toBeDefined();
    expect(parsed.doc.getIn(['levels', 0, 'id'])).toBe('L1');
    expect(parsed.doc).toBe(parsed.doc);
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRandom, generateFramework } from '../../../bench/generate-framework.ts';
import { checkFramework } from '../../../core/check.ts';
import { createIncrementalChecker } from '../../../core/incremental/index.ts';

// The incremental checker must be indistinguishable from a full check: after every edit of a
// seeded random sequence, diagnostics and model must be deep-equal to checkFramework's.

const templatesDir = join(import.meta.dirname, '../../../templates');
const templates = readdirSync(templatesDir)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(templatesDir, name), 'utf8') }));

const junk = [
  'x', ' ', '\n', '  ', '- ', ': ', '#', '# note\n', '"', "'", '[', ']', '{', '}', '&anchor ', '*anchor', '|\n', '>', '\t',
  'id: duplicate\n', '---\n', '\r\n', 'extra: value\n', '  - id: new-item\n', '\n  ', '!!str ', '%', '?', ',', 'é', '\uFEFF',
];

type Edit = (text: string, random: () => number) => string;

const lineStartBefore = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;

const edits: Edit[] = [
  // Typing a character inside a word.
  (text, random) => {
    const at = Math.floor(random() * text.length);
    return text.slice(0, at) + String.fromCharCode(97 + Math.floor(random() * 26)) + text.slice(at);
  },
  // Deleting a few characters.
  (text, random) => {
    const at = Math.floor(random() * text.length);
    return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 6));
  },
  // A typo in an id or a reference (unknown level, duplicate id, unknown role...).
  (text, random) => {
    const ids = [...text.matchAll(/(id|level|equivalent|from|to): ([\w.-]+)/g)];
    const match = ids[Math.floor(random() * ids.length)];
    if (!match || match.index === undefined) return text;
    const at = match.index + match[0].length - 1 - Math.floor(random() * 2);
    return text.slice(0, at) + (random() < 0.5 ? '' : 'q') + text.slice(at + 1);
  },
  // Indenting or dedenting a line.
  (text, random) => {
    const start = lineStartBefore(text, Math.floor(random() * text.length));
    if (random() < 0.5) return `${text.slice(0, start)}  ${text.slice(start)}`;
    return text.slice(start, start + 2) === '  ' ? text.slice(0, start) + text.slice(start + 2) : text;
  },
  // Pasting junk.
  (text, random) => {
    const at = Math.floor(random() * text.length);
    return text.slice(0, at) + (junk[Math.floor(random() * junk.length)] ?? '') + text.slice(at);
  },
  // Duplicating a line (repeated keys, repeated bullets) or removing one.
  (text, random) => {
    const start = lineStartBefore(text, Math.floor(random() * text.length));
    const end = text.indexOf('\n', start) + 1 || text.length;
    return random() < 0.5 ? text.slice(0, end) + text.slice(start, end) + text.slice(end) : text.slice(0, start) + text.slice(end);
  },
  // Pasting a copied stretch of the document elsewhere.
  (text, random) => {
    const from = lineStartBefore(text, Math.floor(random() * text.length));
    const piece = text.slice(from, from + Math.floor(random() * 400));
    const at = lineStartBefore(text, Math.floor(random() * text.length));
    return text.slice(0, at) + piece + text.slice(at);
  },
];

function expectSame(incremental: ReturnType<typeof checkFramework>, full: ReturnType<typeof checkFramework>, context: string) {
  expect(incremental.diagnostics, context).toEqual(full.diagnostics);
  expect(incremental.framework, context).toEqual(full.framework);
}

function runSequence(original: string, seed: number, steps: number, splitThreshold?: number) {
  const random = createRandom(seed);
  const checker = createIncrementalChecker(splitThreshold === undefined ? {} : { splitThreshold });
  let text = original;
  let incrementalRuns = 0;
  expectSame(checker.check(text), checkFramework(text), 'initial');
  for (let step = 0; step < steps; step += 1) {
    // Going back to the clean text now and then keeps the sequence mostly on the fast path,
    // as a user's file mostly is, while long runs of edits pile up real breakage.
    if (random() < 0.25) text = original;
    const edit = edits[Math.floor(random() * edits.length)] as Edit;
    text = edit(text, random);
    const incremental = checker.check(text);
    if (checker.stats.mode === 'incremental') incrementalRuns += 1;
    expectSame(incremental, checkFramework(text), `seed ${seed}, step ${step}`);
  }
  return incrementalRuns;
}

describe('incremental checker equivalence', () => {
  it.each(templates)('matches checkFramework over random edits of $name', ({ text }) => {
    const incrementalRuns = runSequence(text, 7, 100, 0);
    // Not a timing check: it proves the sequence exercised the block-wise path.
    expect(incrementalRuns).toBeGreaterThan(10);
  });

  it('matches checkFramework on a generated 50 KB framework with the default split', () => {
    const text = generateFramework({ targetBytes: 50_000, seed: 11 });
    expect(checkFramework(text).diagnostics).toEqual([]);
    expect(runSequence(text, 3, 100)).toBeGreaterThan(10);
  });

  it('matches checkFramework with CRLF line endings and comments between blocks', () => {
    const text = templates[0]?.text.replace(/\n {2}- id:/g, '\n  # a comment between items\n  - id:').replace(/\n/g, '\r\n') ?? '';
    expect(runSequence(text, 5, 60, 64)).toBeGreaterThan(5);
  });

  it('returns the same result for the same text and recovers after a broken edit', () => {
    const text = templates[0]?.text ?? '';
    const checker = createIncrementalChecker();
    const first = checker.check(text);
    expect(checker.check(text)).toBe(first);
    expect(checker.stats.mode).toBe('same');
    const broken = `${text}\n  bad: [unclosed\n`;
    expectSame(checker.check(broken), checkFramework(broken), 'broken');
    expect(checker.stats.mode).toBe('full');
    const fixed = text.replace('name:', 'name: ');
    expectSame(checker.check(fixed), checkFramework(fixed), 'fixed');
    expect(checker.stats.mode).toBe('incremental');
    expect(checker.stats.blocksParsed).toBeLessThan(checker.stats.blocksReused);
  });
});

describe('per-role results remembered between keystrokes', () => {
  // Rules remember per-role work by the role's expectations, which the model reuses while a role's
  // block is unchanged. Here the role above never changes while the role below it, its twin and
  // its own wording do: each step must give what a full check gives.
  const ladder = (below: string, above: string, twin: string) =>
    [
      'rungs: 1',
      'name: Remembered',
      'dimensions:',
      '  - id: craft',
      '    name: Craft',
      '  - id: impact',
      '    name: Impact',
      'levels:',
      '  - id: L1',
      '  - id: L2',
      'tracks:',
      '  - id: ic',
      '    name: IC',
      '    kind: ic',
      '    roles:',
      '      - id: junior',
      '        title: Junior',
      '        level: L1',
      '        expectations:',
      '          craft:',
      `            - ${below}`,
      '          impact:',
      '            - Finishes the tasks the team plans',
      '      - id: senior',
      '        title: Senior',
      '        level: L2',
      '        expectations:',
      '          craft:',
      `            - ${above}`,
      '            - Reviews the designs of others on the team',
      '          impact:',
      '            - Leads a project across two teams',
      '  - id: mgmt',
      '    name: Management',
      '    kind: management',
      '    roles:',
      '      - id: manager',
      '        title: Manager',
      '        level: L2',
      '        expectations:',
      '          craft:',
      `            - ${twin}`,
      '          impact:',
      '            - Grows the people on the team',
    ].join('\n') + '\n';

  it('matches checkFramework when the role below, a twin or the wording lists change around an unchanged role', () => {
    const above = 'Designs services that other teams build on';
    const steps = [
      ladder('Fixes small bugs with help', above, 'Hires for the team'),
      ladder(above, above, 'Hires for the team'), // the role below now has the same bullet: copied
      ladder('Fixes small bugs with help', above, 'Hires for the team'), // and no longer
      ladder('Understands the codebase', above, 'Hires for the team'),
      ladder('Understands the codebase', above, Array.from({ length: 12 }, (_, i) => `Runs hiring loop ${i}`).join('\n            - ')),
      ladder('Understands the codebase', above, 'Hires for the team').replace('rungs: 1\n', 'rungs: 1\nlint:\n  allow-words: [understands]\n'),
      ladder('Understands the codebase', above, 'Hires for the team').replace('  - id: impact\n    name: Impact\n', '').replace('dimensions:\n', 'dimensions:\n  - id: impact\n    name: Impact\n'),
      ladder('Has 5+ years of experience', above, 'Leads a project across two teams'),
    ];
    const checker = createIncrementalChecker({ splitThreshold: 0 });
    const codes = new Set<string>();
    for (const [i, text] of steps.entries()) {
      const full = checkFramework(text);
      expectSame(checker.check(text), full, `step ${i}`);
      for (const d of full.diagnostics) codes.add(d.code);
    }
    // The steps really make the rules that remember per-role work speak, and fall silent again.
    expect([...codes]).toEqual(expect.arrayContaining(['growth/copied-expectation', 'wording/vague', 'wording/years-requirement', 'parity/uneven-twins']));
  });
});

import { MAX_TEXT_LENGTH } from '../../../core/parse.ts';

/**
 * Size of the stress files (many keys, errors, roles). Fixed rather than tied to the size limit,
 * which is large enough for real 5 MB frameworks: these files test how the work grows with the
 * number of problems, and half a megabyte of them is already far beyond a real file.
 */
const STRESS_SIZE = 500_000;

/**
 * The hostile files too big (or too random) to commit: built in memory, the same way on every run.
 * `scripts/make-hostile-corpus.ts` writes them to tests/fixtures/hostile/generated/ (gitignored)
 * for poking at by hand: `npx rungs validate tests/fixtures/hostile/generated/huge-10mb.yaml`.
 */
export interface GeneratedFile {
  name: string;
  /** What the file is, for the test's title and the notes. */
  about: string;
  make: () => Buffer;
}

const MB = 1024 * 1024;

/** A clean framework header (one dimension, two levels); tracks follow. */
const header = `rungs: 1
name: Generated
dimensions:
  - { id: craft, name: Craft, kind: hard }
levels:
  - id: L1
  - id: L2
`;

/** One track of `count` roles, the first half on L1 and the rest on L2, each with its own bullet. */
function roles(count: number): string {
  const out = ['tracks:', '  - id: ic', '    name: Individual contributor', '    kind: ic', '    roles:'];
  for (let i = 0; i < count; i++) {
    out.push(`      - id: role-${i}`, `        title: Role ${i}`, `        level: L${i < count / 2 ? 1 : 2}`, '        expectations:', `          craft: [Does task ${i} well.]`);
  }
  return `${out.join('\n')}\n`;
}

/** Deterministic pseudo-random bytes (xorshift), so the binary files are the same on every run. */
function randomBytes(size: number, seed = 0x9e3779b9): Buffer {
  const out = Buffer.alloc(size);
  let x = seed >>> 0;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

const text = (s: string) => () => Buffer.from(s, 'utf8');

/** A framework whose only oversized part is one description on a single line of `length` characters. */
function longLine(length: number): string {
  return `${header}description: ${'word '.repeat(Math.ceil(length / 5)).slice(0, length).trim()}\n${roles(2)}`;
}

export const generatedFiles: GeneratedFile[] = [
  { name: 'deep-brackets-10k.yaml', about: '10,000 nested `[`, closed', make: text(`name: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`) },
  { name: 'deep-braces-10k.yaml', about: '10,000 nested `{a: `, closed', make: text(`x: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`) },
  { name: 'deep-unclosed-100k.yaml', about: '100,000 `[` never closed', make: text('['.repeat(100_000)) },
  { name: 'deep-block-sequences-10k.yaml', about: '10,000 nested block lists on one line (`- - - …`)', make: text(`${'- '.repeat(10_000)}x\n`) },
  {
    name: 'deep-block-mappings-800.yaml',
    about: '800 block mappings, each indented one more space',
    make: text(Array.from({ length: 800 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' leaf\n'),
  },
  { name: 'huge-10mb.yaml', about: 'a 10 MB framework (40,000+ roles)', make: text(header + roles(Math.ceil((10 * MB) / 120))) },
  { name: 'binary-10mb.bin', about: '10 MB of random bytes', make: () => randomBytes(10 * MB) },
  { name: 'long-line-1mb.yaml', about: 'a description on a single 1 MB line', make: text(longLine(MB)) },
  {
    name: 'long-line-under-limit.yaml',
    about: `a single line just under the ${MAX_TEXT_LENGTH}-character limit`,
    make: text(longLine(MAX_TEXT_LENGTH - 2_000)),
  },
  { name: 'long-key.yaml', about: 'a 5,000-character key', make: text(`rungs: 1\n${'k'.repeat(5_000)}: value\nname: Long key\n`) },
  {
    name: 'many-keys.yaml',
    about: 'half a megabyte of unknown top-level keys',
    make: text(`rungs: 1\nname: Keys\n${Array.from({ length: Math.floor(STRESS_SIZE / 14) }, (_, i) => `key${i}: v`).join('\n')}\n`),
  },
  {
    name: 'many-duplicate-keys.yaml',
    about: 'the same key repeated for half a megabyte',
    make: text(`${Array.from({ length: Math.floor(STRESS_SIZE / 6) }, () => 'a: 1').join('\n')}\n`),
  },
  {
    name: 'many-syntax-errors.yaml',
    about: 'tens of thousands of lines, each with a stray colon',
    make: text(Array.from({ length: Math.floor(STRESS_SIZE / 14) }, (_, i) => `k${i}: a: b`).join('\n')),
  },
  {
    name: 'many-roles.yaml',
    about: 'a real-shaped framework with half a megabyte of roles',
    make: text(header + roles(Math.floor((STRESS_SIZE * 0.9) / 135))),
  },
  {
    name: 'alias-fan-out.yaml',
    about: 'one 20,000-bullet list aliased by 300 roles (6 million bullets, under the alias count limit)',
    make: text(
      `${header}x-bullets: &bullets [${Array.from({ length: 20_000 }, (_, i) => `b${i}`).join(', ')}]\ntracks:\n  - id: ic\n    name: IC\n    kind: ic\n    roles:\n` +
        Array.from({ length: 300 }, (_, i) => `      - { id: r${i}, title: R${i}, level: L1, expectations: { craft: *bullets } }\n`).join(''),
    ),
  },
];

/**
 * The hostile input corpus: every file in tests/fixtures/hostile/ plus the big generated ones
 * (generated.ts) goes through the whole pipeline (checkFramework, then every export) and through
 * the real CLI (`rungs validate`, `rungs export`). Each must end with a clear diagnostic or a safe
 * export: never an exception, never script in an export, never a polluted Object.prototype, and
 * within 2 s of CPU time (CPU, not wall-clock time, so a busy machine cannot make it flaky; the
 * few worst cases the size limit lets through get a wider budget, see `cpuBudgetMs`).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFramework } from '../../../core/index.ts';
import { renderCsv, renderHtml, renderMarkdown } from '../../../core/render/index.ts';
import { crashSigns, runCli, terminalUnsafe } from './cli-runner.ts';
import { generatedFiles } from './generated.ts';
import { cpuMsSince, csvProblems, diagnosticProblems, htmlProblems, jsonRoundTripProblems, markdownProblems, prototypeKeys } from './invariants.ts';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/hostile');

interface Expectation {
  /** Diagnostic codes the check must report (at least these). Empty: the file checks clean. */
  codes: string[];
  /** Where the first diagnostic with `codes[0]` must start, as [line, column]. */
  at?: [number, number];
  /** `rungs validate` exit code: 0 no errors, 1 errors, 2 the file cannot be read as UTF-8 text. */
  validate: 0 | 1 | 2;
  /** `rungs export` exit code without --force, when it differs from `validate` (export reads big files). */
  export?: 0 | 1 | 2;
  /**
   * CPU budget for check + exports when 2 s is not far above the real cost: the worst cases the
   * size limit lets through. Those are bounded by MAX_TEXT_LENGTH, not by this number, which only
   * catches a blow-up (their measured times are in the notes of issue 6).
   */
  cpuBudgetMs?: number;
}

/** One row per hostile file: what a user must be told about it. */
const expectations: Record<string, Expectation> = {
  // Syntax errors of every kind, each pointing at the character to fix.
  'syntax-unclosed-double-quote.yaml': { codes: ['yaml/syntax'], at: [3, 7], validate: 1 },
  'syntax-unclosed-single-quote.yaml': { codes: ['yaml/syntax'], at: [5, 24], validate: 1 },
  'syntax-unclosed-bracket.yaml': { codes: ['yaml/syntax'], at: [6, 9], validate: 1 },
  'syntax-unclosed-brace.yaml': { codes: ['yaml/syntax'], at: [5, 5], validate: 1 },
  'syntax-stray-closing-bracket.yaml': { codes: ['yaml/syntax'], at: [4, 9], validate: 1 },
  // After a stray `]`, yaml's LineCounter misses the lines of a block scalar: positions drift.
  'syntax-stray-bracket-then-block-scalar.yaml': { codes: ['yaml/syntax'], at: [3, 1], validate: 1 },
  'syntax-bad-indentation.yaml': { codes: ['yaml/syntax'], validate: 1 },
  'syntax-tab-indent.yaml': { codes: ['yaml/syntax'], at: [5, 1], validate: 1 },
  'syntax-stray-colon.yaml': { codes: ['yaml/syntax'], at: [3, 7], validate: 1 },
  'syntax-invalid-escape.yaml': { codes: ['yaml/syntax'], at: [3, 10], validate: 1 },
  'syntax-block-scalar-indicator.yaml': { codes: ['yaml/syntax'], at: [4, 15], validate: 1 },
  'syntax-block-scalar-unterminated.yaml': { codes: ['yaml/syntax'], validate: 1 },
  // The second document would be silently ignored: it must be reported at its `---`.
  // A range that ends between the CR and the LF of a line break spills past the line in an editor.
  'syntax-crlf-block-indicator.yaml': { codes: ['yaml/syntax'], at: [4, 1], validate: 1 },
  'syntax-multiple-documents.yaml': { codes: ['yaml/syntax'], at: [7, 1], validate: 1 },
  'syntax-directives-and-tags.yaml': { codes: ['yaml/syntax', 'schema/const'], at: [1, 1], validate: 1 },
  'alias-undefined.yaml': { codes: ['yaml/syntax'], at: [3, 7], validate: 1 },
  'duplicate-keys.yaml': { codes: ['yaml/duplicate-key'], at: [4, 1], validate: 1 },
  'alias-bomb.yaml': { codes: ['yaml/alias-limit'], validate: 1 },
  // Encodings and line ends: a BOM and CRLF change nothing, positions included.
  'bom-crlf.yaml': { codes: [], validate: 0 },
  'bom-crlf-unknown-level.yaml': { codes: ['ref/unknown-level'], at: [17, 16], validate: 1 },
  'cr-only-line-ends.yaml': { codes: [], validate: 0 },
  'empty.yaml': { codes: ['schema/type'], at: [1, 1], validate: 1 },
  'whitespace-only.yaml': { codes: ['schema/type'], at: [1, 1], validate: 1 },
  'invalid-utf8.yaml': { codes: ['schema/required'], validate: 2 },
  'utf16le.yaml': { codes: ['schema/type'], validate: 2 },
  'binary.png': { codes: ['schema/type'], validate: 2 },
  'control-characters.yaml': { codes: ['schema/additionalProperties'], at: [5, 1], validate: 1 },
  // Injection: the checks flag bad ids; the exports must stay inert whatever the text.
  'proto-keys-everywhere.yaml': { codes: ['schema/additionalProperties', 'schema/pattern'], at: [6, 1], validate: 1 },
  'payloads-every-field.yaml': { codes: ['schema/pattern'], validate: 1 },
  'links-in-markdown.yaml': { codes: [], validate: 0 },
  'bidi-trojan.yaml': { codes: ['schema/pattern', 'text/bidi-control'], at: [14, 13], validate: 1 },
  // Generated (generated.ts): depth, size, binary, long lines, many keys, alias fan-out.
  'deep-brackets-10k.yaml': { codes: ['yaml/too-deep'], validate: 1 },
  'deep-braces-10k.yaml': { codes: ['yaml/too-deep'], validate: 1 },
  'deep-unclosed-100k.yaml': { codes: ['yaml/too-deep'], validate: 1 },
  'deep-block-sequences-10k.yaml': { codes: ['yaml/too-deep'], validate: 1 },
  'deep-block-mappings-800.yaml': { codes: ['yaml/too-deep'], validate: 1 },
  'huge-10mb.yaml': { codes: ['file/too-large'], at: [1, 1], validate: 2 },
  'binary-10mb.bin': { codes: ['file/too-large'], validate: 2 },
  'long-line-1mb.yaml': { codes: [], validate: 0 },
  'long-line-under-limit.yaml': { codes: [], validate: 0, cpuBudgetMs: 6000 },
  'long-key.yaml': { codes: ['yaml/syntax'], at: [2, 1], validate: 1 },
  'many-keys.yaml': { codes: ['schema/additionalProperties'], validate: 1, cpuBudgetMs: 6000 },
  'many-duplicate-keys.yaml': { codes: ['yaml/duplicate-key'], validate: 1, cpuBudgetMs: 6000 },
  'many-syntax-errors.yaml': { codes: ['yaml/syntax'], validate: 1, cpuBudgetMs: 6000 },
  'many-roles.yaml': { codes: [], validate: 0, cpuBudgetMs: 6000 },
  'alias-fan-out.yaml': { codes: ['yaml/alias-limit'], validate: 1 },
};

interface CorpusFile {
  name: string;
  bytes: () => Buffer;
}

const committed: CorpusFile[] = readdirSync(fixtures)
  .filter((name) => !name.startsWith('.') && name !== 'generated' && !name.endsWith('.md'))
  .sort()
  .map((name) => ({ name, bytes: () => readFileSync(path.join(fixtures, name)) }));
const corpus: CorpusFile[] = [...committed, ...generatedFiles.map((g) => ({ name: g.name, bytes: g.make }))];

/** The text an editor would show for these bytes: invalid UTF-8 becomes U+FFFD, NUL stays NUL. */
const asText = (bytes: Buffer) => bytes.toString('utf8');

const before = prototypeKeys();

function expectPrototypeUntouched(): void {
  expect(prototypeKeys()).toEqual(before);
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted).toBeUndefined();
  expect(probe.isAdmin).toBeUndefined();
  expect(typeof Object.prototype.toString).toBe('function');
}

describe('the hostile corpus', () => {
  it('has an expectation for every file, and a file for every expectation', () => {
    expect(corpus.map((f) => f.name).sort()).toEqual(Object.keys(expectations).sort());
  });
});

describe.each(corpus)('$name through core and every export', ({ name, bytes }) => {
  const expected = expectations[name];

  it('gives the expected diagnostics at valid positions, and safe exports, within 2 s of CPU', () => {
    if (!expected) throw new Error(`No expectation for ${name}: add one to the table`);
    const text = asText(bytes());
    const started = process.cpuUsage();
    const { framework, diagnostics } = checkFramework(text);
    let cpu = cpuMsSince(started);
    const codes = new Set(diagnostics.map((d) => d.code));
    if (expected.codes.length === 0) expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([]);
    for (const code of expected.codes) expect([...codes], `expected ${code}`).toContain(code);
    if (expected.at) {
      const first = diagnostics.find((d) => d.code === expected.codes[0]);
      expect(first && [first.line, first.column], first?.message).toEqual(expected.at);
    }
    expect(diagnosticProblems(text, diagnostics)).toEqual([]);

    const renderStarted = process.cpuUsage();
    const html = renderHtml(framework);
    const md = renderMarkdown(framework);
    const csv = renderCsv(framework);
    cpu += cpuMsSince(renderStarted);
    expect(htmlProblems(html)).toEqual([]);
    expect(markdownProblems(md)).toEqual([]);
    expect(csvProblems(csv)).toEqual([]);
    expect(jsonRoundTripProblems(framework)).toEqual([]);
    expectPrototypeUntouched();
    expect(cpu, `check and exports took ${Math.round(cpu)} ms of CPU`).toBeLessThan(expected.cpuBudgetMs ?? 2000);
  });
});

describe('the hostile corpus through the CLI', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'rungs-hostile-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  describe.each(corpus)('$name', ({ name, bytes }) => {
    const expected = expectations[name];

    it('validate and export exit as documented, print no stack trace and no terminal escapes', async () => {
      if (!expected) throw new Error(`No expectation for ${name}: add one to the table`);
      const file = path.join(dir, name);
      writeFileSync(file, bytes());

      const text = await runCli(['validate', file]);
      expect(text.code, text.stderr + text.stdout.slice(0, 2000)).toBe(expected.validate);
      expect(crashSigns(text.stderr + text.stdout)).toEqual([]);
      expect(text.stdout + text.stderr, 'validate output').not.toMatch(terminalUnsafe);
      if (expected.validate === 2) {
        // Unreadable: one line naming the file, and nothing else.
        expect(text.stderr.trim().split('\n')).toHaveLength(1);
        expect(text.stderr).toContain(name);
      }

      const json = await runCli(['validate', '--format', 'json', file]);
      expect(json.code).toBe(expected.validate);
      const reports = JSON.parse(json.stdout) as { file: string; diagnostics: { code: string }[]; error?: string }[];
      expect(reports).toHaveLength(1);
      if (expected.validate !== 2) for (const code of expected.codes) expect(reports[0]?.diagnostics.map((d) => d.code)).toContain(code);

      const refused = await runCli(['export', file, '--format', 'html', '-o', path.join(dir, `${name}.refused.html`)]);
      expect(refused.code, refused.stderr).toBe(expected.export ?? expected.validate);
      expect(crashSigns(refused.stderr)).toEqual([]);
      expect(refused.stderr, 'export messages').not.toMatch(terminalUnsafe);

      const unreadable = (expected.export ?? expected.validate) === 2;
      for (const format of ['html', 'md', 'csv', 'json'] as const) {
        const out = path.join(dir, `${name}.${format}`);
        const forced = await runCli(['export', file, '--format', format, '-o', out, '--force']);
        expect(forced.code, forced.stderr).toBe(unreadable ? 2 : 0);
        expect(crashSigns(forced.stderr)).toEqual([]);
        if (unreadable) continue;
        const written = readFileSync(out, 'utf8');
        if (format === 'html') expect(htmlProblems(written)).toEqual([]);
        if (format === 'md') expect(markdownProblems(written)).toEqual([]);
        if (format === 'csv') expect(csvProblems(written)).toEqual([]);
        if (format === 'json') expect(() => JSON.parse(written) as unknown).not.toThrow();
      }
      expectPrototypeUntouched();
    });
  });
});

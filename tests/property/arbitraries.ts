/**
 * fast-check generators for the property tests: YAML-ish text for the parser, and framework data
 * shaped like schemas/framework.schema.json for the exports.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

const root = path.resolve(import.meta.dirname, '../..');

/** Every valid framework we ship (fixtures and templates), as starting points for mutations. */
export const validTexts: string[] = [
  ...['tests/fixtures/valid', 'templates']
    .flatMap((dir) => readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.yaml')).map((f) => path.join(root, dir, f)))
    .map((file) => readFileSync(file, 'utf8')),
];

/** Pieces of YAML syntax (and of the Rungs format) that parsers trip over when combined. */
const yamlTokens = [
  'rungs: 1', 'name: Acme', 'levels:', 'tracks:', 'dimensions:', 'roles:', 'expectations:', '- id: L1', '- id: ic', 'level: L1', 'kind: ic',
  'craft:', 'key', 'a', 'é', '日本', '🚀', '0', '-1', '1e9', 'null', '~', 'true',
  ':', ': ', ' :', '::', '- ', '-', '? ', '?', ',', ' ', '  ', '    ', '\t', '\n', '\r\n', '\r', '\n  ', '\n    - ', '\n- ',
  '"', "'", '""', "''", '"\\', '"\\u', '"\\x4', '\\', '[', ']', '{', '}', '[]', '{}', '{a: 1}', '[1, 2]',
  '&a ', '*a', '&b [*a, *a]', '*', '&', '!', '!!str ', '!!binary ', '!tag ', '<<: *a', '|', '|-', '>', '>+', '|2', '#', ' # c',
  '---', '...', '--- ', '%YAML 1.2', '%TAG ! tag:x:', '@', '`', '%', '\u0000', '\u001b', '\ufeff', '\u202e', '\u2028', '\u0085', '\uFFFD',
  '__proto__', 'constructor', 'prototype',
];

/** Text made of YAML tokens: it looks enough like a framework to reach deep into the parser. */
export const yamlish: fc.Arbitrary<string> = fc.array(fc.constantFrom(...yamlTokens), { maxLength: 60 }).map((parts) => parts.join(''));

/** A shipped framework with a few random edits: most of the file stays valid, so analysis runs too. */
export const mutatedFramework: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...validTexts),
    fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 12 }), insert: fc.oneof(fc.constantFrom(...yamlTokens), fc.string({ maxLength: 4 })) }), {
      minLength: 1,
      maxLength: 4,
    }),
  )
  .map(([text, edits]) => {
    let out = text;
    for (const edit of edits) {
      const at = Math.floor(edit.at * out.length);
      out = out.slice(0, at) + edit.insert + out.slice(at + edit.remove);
    }
    return out;
  });

/** Every kind of arbitrary text the studio may hand to core. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  yamlish,
  mutatedFramework,
);

// ---------------------------------------------------------------------------------------------
// Framework data shaped like the schema.

/**
 * Words and symbols a rubric's text may hold and that must show literally in the HTML: HTML-ish
 * text, quotes, ampersands, angle brackets, non-Latin scripts, emoji, bidi text. None of them is
 * Markdown syntax, so what the reader sees is exactly what was typed.
 */
const literalWords = [
  'Ships', 'small', 'well-tested', 'changes.', 'Mentors', 'the team', 'Æsir', 'Ünïcödé', '日本語の文', 'emoji 🚀✨', 'עברית', 'العربية', 'naïve café',
  '<b>bold?</b>', '</div>', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"quoted"', "'single'", 'a&b', '&', '<', '>', '"', "'",
  'x < y > z', '="', "='", 'javascript:alert(1)', 'onload=alert(1)', '{{7+7}}', '${x}', '%s', '@user', 'C:/path/to', '50%', '1/2', '&nbsp', '<!--', '-->', '<![CDATA[',
];
const literalChars = [...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 .,;:?/%@=<>"\'&{}$^', 'é', 'ß', '日', '🚀', '\u05d0', '\u0627', '\u202e', '\u00a0'];

/** Drops what Markdown would turn into markup (entities, autolinks, a list marker at the start), and what the schema finds too long. */
function isLiteral(text: string): boolean {
  return text.length <= 50 && !/&[#A-Za-z0-9]+;/.test(text) && !/<[^<>\s]*[:@][^<>\s]*>/.test(text) && !/^\s*(?:[-+*]|\d+[.)])(?:\s|$)/.test(text) && text.trim() !== '';
}

/** Text that must appear in the rendered page exactly as typed (whitespace aside). */
export const literalText: fc.Arbitrary<string> = fc
  .oneof(
    fc.array(fc.constantFrom(...literalWords), { minLength: 1, maxLength: 6 }).map((w) => w.join(' ')),
    fc.string({ unit: fc.constantFrom(...literalChars), minLength: 1, maxLength: 30 }),
  )
  .filter(isLiteral);

/** Payloads aimed at every escaping context: element text, quoted and unquoted attributes, URLs, CSS, Markdown. */
const payloads = [
  '<script>window.pwned=1</script>', '<img src=x onerror=window.pwned=1>', '"><svg onload=window.pwned=1>', "'><svg onload=window.pwned=1>",
  '" onmouseover="window.pwned=1', "' onfocus='window.pwned=1", '</style><script>window.pwned=1</script>', '</title><script>x</script>',
  '<iframe srcdoc="<script>x</script>">', '<meta http-equiv="refresh" content="0;url=javascript:x">', '<base href="javascript:x//">',
  '[x](javascript:alert(1))', '[x](JaVaScRiPt:alert(1))', '[x](&#106;avascript:alert(1))', '[x](java&#09;script:alert(1))', '[x](javascript&colon;x)',
  '[x](data:text/html,<script>x</script>)', '[x](vbscript:msgbox(1))', '<javascript:alert(1)>', '![x](javascript:alert(1))',
  '[r]\n\n[r]: javascript:alert(1)', '[r]: &#106;avascript:alert(1)', '<a href="javascript:x">x</a>', '\\<script>x</script>', '`<script>`',
  '<svg><animate onbegin=x attributeName=x>', '<math><mtext><table><mglyph><style><img src=x onerror=x>', '<!--<script>x</script>-->',
  '&lt;script&gt;', '&#60;script&#62;', '=cmd|/C calc!A0', '+1', '-1', '@SUM(1)', '\tx', '\rx', 'a,b', 'a"b', 'line\nbreak', 'url(javascript:x)',
  '\\"; } body { background: url(https://evil.example/x) } /*', '\u202egnp.exe', '\u0000', '\u001b[2J',
];

/** Hostile text: payloads, possibly glued to arbitrary (even ill-formed) Unicode. */
export const payloadText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...payloads),
  fc.tuple(fc.constantFrom(...payloads), fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom(...payloads)).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
  literalText,
);

/** Ids as the schema wants them (letters, digits, dots, dashes, underscores; at most 80). */
export const schemaId: fc.Arbitrary<string> = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,15}$/);

/** Ids a hostile file may hold anyway (the exports run on files with errors too, with --force). */
export const hostileId: fc.Arbitrary<string> = fc.oneof(schemaId, fc.constantFrom(...payloads, '__proto__', 'constructor', 'prototype', 'a/b', 'a~b', '#x'), fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }));

export interface FrameworkArbitraryOptions {
  text: fc.Arbitrary<string>;
  id: fc.Arbitrary<string>;
  /** Every track gets a role, so schema-valid ids and texts make a schema-valid file. */
  rolesOnEveryTrack?: boolean;
  /** Typical years in role; the schema wants "3", "2-4" or "5+". Defaults to `text`. */
  years?: fc.Arbitrary<string>;
}

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Removes undefined fields, as a YAML file simply leaves the key out. */
function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Framework data (what YAML parses to) shaped like schemas/framework.schema.json: dimensions,
 * levels (with pay bands), tracks with roles and expectations, equivalents, moves and mappings,
 * with ids unique where the format wants them and every text drawn from `text`.
 */
export function frameworkData({ text, id, rolesOnEveryTrack = false, years = text }: FrameworkArbitraryOptions): fc.Arbitrary<Record<string, unknown>> {
  const band = fc.tuple(fc.integer({ min: 0, max: 500_000 }), fc.integer({ min: 0, max: 500_000 }), optional(fc.constantFrom('USD', 'EUR', 'GBP'))).map(([a, b, currency]) =>
    compact({ min: Math.min(a, b), max: Math.max(a, b), currency }),
  );
  const role = fc.record({
    title: text,
    level: fc.nat(),
    summary: optional(text),
    scope: optional(text),
    years: optional(years),
    equivalent: optional(fc.nat()),
    bullets: fc.array(fc.array(text, { maxLength: 3 }), { maxLength: 4 }),
  });
  return fc
    .record({
      name: text,
      organization: optional(text),
      version: optional(text),
      description: optional(text),
      dimensions: fc.uniqueArray(fc.record({ id, name: text, kind: fc.constantFrom('hard', 'soft'), description: optional(text) }), { selector: (d) => d.id, minLength: 1, maxLength: 3 }),
      levels: fc.uniqueArray(fc.record({ id, name: optional(text), description: optional(text), band: optional(band) }), { selector: (l) => l.id, minLength: 1, maxLength: 4 }),
      tracks: fc.uniqueArray(
        fc.record({ id, name: text, kind: fc.constantFrom('ic', 'management', 'other'), description: optional(text), roles: fc.array(role, { minLength: rolesOnEveryTrack ? 1 : 0, maxLength: 3 }) }),
        { selector: (t) => t.id, minLength: 1, maxLength: 3 },
      ),
      roleIds: fc.uniqueArray(id, { minLength: 9, maxLength: 9 }),
      moves: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), kind: fc.constantFrom('promotion', 'lateral', 'switch', 'step-down'), note: optional(text) }), { maxLength: 2 }),
      mappings: fc.array(fc.record({ company: text, values: fc.array(text, { maxLength: 4 }), note: optional(text) }), { maxLength: 2 }),
    })
    .map((f) => {
      const roleIds = f.roleIds.slice(0, f.tracks.reduce((n, t) => n + t.roles.length, 0));
      const levelIds = f.levels.map((l) => l.id);
      const dimensionIds = f.dimensions.map((d) => d.id);
      let next = 0;
      const tracks = f.tracks.map((t) => ({
        ...compact({ id: t.id, name: t.name, kind: t.kind, description: t.description }),
        roles: t.roles.map((r) => {
          const expectations: Record<string, string[]> = {};
          // defineProperty: a dimension id such as "__proto__" must stay a plain key, as in YAML data.
          r.bullets.forEach((bullets, i) => {
            const dimension = dimensionIds[i % dimensionIds.length];
            if (dimension !== undefined) Object.defineProperty(expectations, dimension, { value: bullets, enumerable: true, writable: true, configurable: true });
          });
          return compact({
            id: roleIds[next++],
            title: r.title,
            level: levelIds[r.level % levelIds.length],
            summary: r.summary,
            scope: r.scope,
            years: r.years,
            equivalent: r.equivalent === undefined ? undefined : roleIds[r.equivalent % roleIds.length],
            expectations,
          });
        }),
      }));
      const pick = (n: number) => roleIds[n % Math.max(1, roleIds.length)] ?? 'nobody';
      return compact({
        rungs: 1,
        name: f.name,
        organization: f.organization,
        version: f.version,
        description: f.description,
        dimensions: f.dimensions.map((d) => compact({ ...d })),
        levels: f.levels.map((l) => compact({ ...l })),
        tracks,
        moves: f.moves.length > 0 && roleIds.length > 0 ? f.moves.map((m) => compact({ from: pick(m.from), to: pick(m.to), kind: m.kind, note: m.note })) : undefined,
        mappings:
          f.mappings.length > 0
            ? f.mappings.map((m) => {
                const levels: Record<string, string> = {};
                m.values.forEach((value, i) => {
                  const level = levelIds[i % levelIds.length];
                  if (level !== undefined) Object.defineProperty(levels, level, { value, enumerable: true, writable: true, configurable: true });
                });
                return compact({ company: m.company, levels, note: m.note });
              })
            : undefined,
      });
    });
}

/** Every text a reader should find in the rendered rubric, gathered from framework data. */
export function displayedTexts(data: Record<string, unknown>): string[] {
  const texts: string[] = [];
  const add = (value: unknown) => {
    if (typeof value === 'string') texts.push(value);
  };
  type Obj = Record<string, unknown>;
  const list = (value: unknown) => (Array.isArray(value) ? (value as Obj[]) : []);
  for (const key of ['name', 'organization', 'version', 'description']) add(data[key]);
  for (const d of list(data.dimensions)) add(d.name);
  for (const l of list(data.levels)) add(l.name);
  for (const t of list(data.tracks)) {
    add(t.name);
    add(t.description);
    for (const r of list(t.roles)) {
      // `years` is left out: it is shown as a range ("1-3" reads "1–3 years"), not as typed.
      for (const key of ['title', 'summary', 'scope']) add(r[key]);
      for (const bullets of Object.values((r.expectations ?? {}) as Record<string, string[]>)) bullets.forEach(add);
    }
  }
  for (const m of list(data.moves)) add(m.note);
  for (const m of list(data.mappings)) {
    add(m.company);
    add(m.note);
    Object.values((m.levels ?? {}) as Record<string, string>).forEach(add);
  }
  return texts;
}

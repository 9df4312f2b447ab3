import { describe, expect, it } from 'vitest';
import { parseFramework } from '../../../core/parse.ts';
import { validateSchema } from '../../../core/validate.ts';

const base = (extra = '', role = '') => `rungs: 1
name: Acme
dimensions:
  - id: craft
    name: Craft
    kind: hard
levels:
  - id: L3
tracks:
  - id: ic
    name: IC
    kind: ic
    roles:
      - id: engineer
        title: Engineer
        level: L3
${role}${extra}`;

const check = (text: string) => validateSchema(parseFramework(text));

describe('validateSchema', () => {
  it('accepts a minimal valid framework and x- keys anywhere', () => {
    expect(check(base('x-owner: people-team\n', '        x-reviewed: 2026-01-01\n'))).toEqual([]);
  });

  it('points an unknown key at the key itself and suggests the near miss', () => {
    const [d, ...rest] = check(base('', '        expectaions: {}\n'));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'schema/additionalProperties',
      severity: 'error',
      path: '/tracks/0/roles/0/expectaions',
      line: 17,
      column: 9,
      endLine: 17,
      endColumn: 20,
      data: { suggestions: ['expectations'] },
    });
    expect(d?.message).toBe('Unknown key `expectaions` in role `engineer` — did you mean `expectations`?');
  });

  it('lists the allowed keys when nothing is close', () => {
    const [d] = check(base('', '        zzz: 1\n'));
    expect(d?.message).toContain('Allowed keys: id, title, level');
    expect(d?.message).toContain('`x-`');
    expect(d?.data).toBeUndefined();
  });

  it('reports all missing properties of one object once, on the object', () => {
    const diagnostics = check('rungs: 1\nname: Acme\ndimensions:\n  - id: craft\n');
    const dimension = diagnostics.find((d) => d.path === '/dimensions/0');
    expect(dimension).toMatchObject({ code: 'schema/required', line: 4, column: 5 });
    expect(dimension?.message).toBe('Dimension `craft` is missing `name` and `kind`.');
    const root = diagnostics.filter((d) => d.path === '' && d.code === 'schema/required');
    expect(root).toHaveLength(1);
    expect(root[0]?.message).toBe('The framework is missing `levels` and `tracks`.');
  });

  it('tells the user to quote a version that YAML read as a number', () => {
    const [d] = check(base('version: 2026.1\n'));
    expect(d).toMatchObject({ code: 'schema/type', path: '/version', line: 17, column: 10 });
    expect(d?.message).toBe('`version` should be text, but it is a number — put it in quotes so YAML reads it as text.');
  });

  it('gives one diagnostic for a value of a union type (years: string or integer)', () => {
    const diagnostics = check(base('', '        years: [1, 2]\n'));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'schema/type', line: 17, column: 16 });
    expect(diagnostics[0]?.message).toBe('`years` in role `engineer` should be text or a whole number, but it is a list.');
    expect(check(base('', '        years: 3\n'))).toEqual([]);
    expect(check(base('', '        years: "2-4"\n'))).toEqual([]);
    expect(check(base('', '        years: soon\n'))[0]?.message).toContain('a range like "2-4"');
  });

  it('lists allowed values for an enum and suggests the closest', () => {
    const [d] = check(base().replace('kind: ic', 'kind: ics'));
    expect(d).toMatchObject({ code: 'schema/enum', path: '/tracks/0/kind', line: 12, column: 11, data: { suggestions: ['ic'] } });
    expect(d?.message).toBe('`kind` in track `ic` is `ics`, but it must be one of `ic`, `management`, `other` — did you mean `ic`?');
  });

  it('glosses the dimension kinds when one is misspelt', () => {
    const [d] = check(base().replace('kind: hard', 'kind: technical'));
    expect(d?.message).toContain('`hard`: technical skills; `soft`: people and organisational skills');
  });

  it('says how to write a list entry given as bare text, and expectations given as one text', () => {
    const levels = check(base().replace('levels:\n  - id: L3\n', 'levels: [L3, L4]\n'));
    expect(levels.map((d) => d.message)).toContain('Level 1 in `levels` is only text (`L3`): write it as `- id: L3`.');
    const role = check(base('      - Senior Engineer\n'));
    expect(role.map((d) => d.message)).toContain(
      'Role 2 on track `ic` is only text (`Senior Engineer`): write it as a block of `key: value` lines starting with `- id: `.',
    );
    const bullets = check(base('', '        expectations:\n          craft: Ships code.\n'));
    expect(bullets[0]?.message).toBe(
      '`craft` under expectations of role `engineer` should be a list of bullets, each on its own line starting with `- `, but it is text.',
    );
    const moves = check(base('moves: [promotion]\n'));
    expect(moves[0]?.message).toContain('a block of `key: value` lines');
    expect(moves[0]?.message).not.toContain('set of keys');
  });

  it('reports wrong types at every depth on the value, once each', () => {
    const text = `rungs: "1"
name: [Acme]
dimensions: craft
levels:
  - id: L3
    band: { min: "a lot", max: 10 }
tracks:
  - id: ic
    name: IC
    kind: ic
    dimensions: [1]
    roles:
      - id: engineer
        title: 12
        level: L3
        expectations:
          craft: Ships code.
          delivery: [null]
moves: {}
mappings:
  - company: Google
    levels: { L3: [x] }
`;
    const found = check(text).map((d) => `${d.code} ${d.line}:${d.column}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'schema/const 1:8',
        'schema/type 2:7',
        'schema/type 3:13',
        'schema/type 6:18',
        'schema/type 11:18',
        'schema/type 14:16',
        'schema/type 17:18',
        'schema/type 18:22',
        'schema/type 19:8',
        'schema/type 22:19',
      ]),
    );
    expect(found).toHaveLength(10);
  });

  it('says an empty file, a list or a scalar at the top level is not a framework', () => {
    expect(check('')[0]?.message).toMatch(/file is empty/);
    expect(check('- a\n- b\n')[0]?.message).toMatch(/is a list/);
    expect(check('just some words\n')[0]?.message).toMatch(/holds only text/);
    for (const text of ['', '- a\n', '42\n']) expect(check(text)).toHaveLength(1);
  });

  it('rejects __proto__ and constructor as unknown keys without polluting prototypes', () => {
    const diagnostics = check(base('__proto__: { polluted: true }\n', '        constructor: { polluted: true }\n'));
    expect(diagnostics.map((d) => `${d.code} ${d.path}`).sort()).toEqual([
      'schema/additionalProperties /__proto__',
      'schema/additionalProperties /tracks/0/roles/0/constructor',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('points a badly formed expectation key at the key', () => {
    const [d] = check(base('', '        expectations:\n          "Technical craft": [Ships.]\n'));
    expect(d).toMatchObject({ code: 'schema/pattern', line: 18, column: 11 });
    expect(d?.message).toContain('letters, digits, dots, dashes and underscores');
  });
});

describe('the message table', () => {
  it('has plain words for every validation keyword the schema uses', async () => {
    const { schemaMessages } = await import('../../../core/schema-messages.ts');
    const schema = (await import('../../../schemas/framework.schema.json', { with: { type: 'json' } })).default as unknown;
    // Keywords that never fail on their own: they only route validation to other keywords,
    // carry editor hints, or are collapsed into their inner error (propertyNames); `if` (and the
    // `not` inside it) only decides whether `then` applies, and `then` reports through its keywords.
    const structural = new Set(['if', 'then', 'not', '$schema', '$id', '$ref', '$defs', 'title', 'description', 'examples', 'default', 'defaultSnippets', 'markdownDescription', 'properties', 'patternProperties', 'items', 'propertyNames', 'anyOf']);
    const used = new Set<string>();
    const walk = (node: unknown, parentKey: string) => {
      if (Array.isArray(node)) return node.forEach((item) => walk(item, parentKey));
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        // Under these, keys are property names or example data, not keywords.
        const isKeyword = !['properties', 'patternProperties', '$defs', 'examples', 'defaultSnippets', 'default'].includes(parentKey);
        if (isKeyword) used.add(key);
        if (!['examples', 'defaultSnippets', 'default', 'enum', 'const', 'required'].includes(key)) walk(value, isKeyword ? key : '');
      }
    };
    walk(schema, '');
    for (const keyword of ['type', 'required', 'additionalProperties', 'enum', 'const', 'pattern', 'minLength']) expect(used).toContain(keyword);
    const missing = [...used].filter((k) => !structural.has(k) && !(k in schemaMessages));
    expect(missing).toEqual([]);
  });
});

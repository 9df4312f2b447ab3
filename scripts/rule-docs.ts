// Everything that is written from the diagnostic code registry (core/diagnostic-codes.ts): the
// rule table in README.md, the code table in docs/rules.md and the list of configurable rules in
// the schema's `lint.rules`. `npm run generate` writes them; tests/unit/rule-docs.test.ts fails
// when a committed copy differs from what the registry gives today.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCS_FILE, diagnosticCodes, docsAnchor, ruleCodes, type CodeInfo, type DiagnosticCode } from '../core/diagnostic-codes.ts';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const files = {
  readme: path.join(root, 'README.md'),
  docs: path.join(root, DOCS_FILE),
  schema: path.join(root, 'schemas/framework.schema.json'),
};

const start = '<!-- rule-table:start (generated from core/diagnostic-codes.ts by `npm run generate`) -->';
const end = '<!-- rule-table:end -->';

type Entry = CodeInfo & { code: DiagnosticCode };

/** A Markdown table of codes; `linkTo` makes each code a link to its docs section. */
export function codeTable(entries: readonly Entry[], linkTo: string): string {
  const rows = entries.map((e) => `| [\`${e.code}\`](${linkTo}#${docsAnchor(e.code)}) | ${e.severity} | ${e.summary} |`);
  return ['| code | default | what it checks |', '|---|---|---|', ...rows].join('\n');
}

/** The README's table: the semantic rules (the codes users configure), linked to docs/rules.md. */
export function readmeTable(): string {
  return codeTable(
    diagnosticCodes.filter((c) => c.group === 'rule'),
    DOCS_FILE,
  );
}

/** docs/rules.md's table: every code, linked to its section in the same file. */
export function docsTable(): string {
  return codeTable(diagnosticCodes, '');
}

/** `text` with the block between the generated-table markers replaced by `table`. */
export function withTable(text: string, table: string, file: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} has no ${start} … ${end} block`);
  return `${text.slice(0, from)}${start}\n${table}\n${text.slice(to)}`;
}

/** The generated block of a file, for comparison in tests. */
export function tableIn(text: string): string | undefined {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  return from < 0 || to < from ? undefined : text.slice(from + start.length + 1, to - 1);
}

/**
 * The schema text with `lint.rules` accepting exactly the registry's configurable rule codes, each
 * also listed as a property with its summary, so the editor completes rule names and explains
 * each one on hover.
 */
export function withRuleEnum(schemaText: string): string {
  const schema = JSON.parse(schemaText) as {
    properties: { lint: { properties: { rules: { propertyNames: { enum: string[] }; properties?: Record<string, unknown> } } } };
  };
  const rules = schema.properties.lint.properties.rules;
  rules.propertyNames.enum = [...ruleCodes];
  const entries = diagnosticCodes.filter((c) => c.group === 'rule');
  const properties = Object.fromEntries(
    entries.map((c) => [
      c.code,
      {
        enum: ['off', 'info', 'warning', 'error'],
        description: `${c.summary.charAt(0).toUpperCase()}${c.summary.slice(1)}. Default: \`${c.severity}\`. See ${DOCS_FILE}#${docsAnchor(c.code)}.`,
      },
    ]),
  );
  // Keep the key order of the schema file: properties after propertyNames.
  const { properties: _old, ...rest } = rules;
  void _old;
  schema.properties.lint.properties.rules = { ...rest, properties } as typeof rules;
  return JSON.stringify(schema, null, 2) + '\n';
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const wanted: [string, (text: string) => string][] = [
    [files.readme, (text) => withTable(text, readmeTable(), 'README.md')],
    [files.docs, (text) => withTable(text, docsTable(), DOCS_FILE)],
    [files.schema, withRuleEnum],
  ];
  let stale = false;
  for (const [file, make] of wanted) {
    const current = await readFile(file, 'utf8');
    const next = make(current);
    if (next === current) continue;
    if (check) {
      console.error(`${path.relative(root, file)} is out of date: run \`npm run generate\``);
      stale = true;
    } else {
      await writeFile(file, next);
      console.log(`wrote ${path.relative(root, file)}`);
    }
  }
  if (stale) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();

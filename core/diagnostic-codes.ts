import type { Severity } from './diagnostics.ts';

/** Where a code comes from; `rule` codes are the semantic checks users can configure. */
export type CodeGroup = 'yaml' | 'file' | 'include' | 'schema' | 'rule' | 'import' | 'export' | 'check';

/** What the registry knows about one diagnostic code. */
export interface CodeInfo {
  group: CodeGroup;
  /** The severity it has unless `lint.rules` or `--rule` says otherwise. */
  severity: Severity;
  /** One line for tables, `rungs rules` and the problems panel. */
  summary: string;
}

/**
 * Every diagnostic code Rungs can report, in the order they are documented. This table is the
 * single source for the `DiagnosticCode` type, `rungs rules`, the rule table in README.md, the
 * headings of docs/rules.md (tests compare both) and the docs links in the studio.
 */
const registry = {
  'yaml/syntax': { group: 'yaml', severity: 'error', summary: 'the file is readable YAML' },
  'yaml/duplicate-key': { group: 'yaml', severity: 'error', summary: 'no key appears twice in one mapping' },
  'yaml/alias-limit': { group: 'yaml', severity: 'error', summary: 'aliases (`*name`) do not expand into a huge document' },
  'yaml/too-deep': { group: 'yaml', severity: 'error', summary: 'nesting stays within a reasonable depth' },
  'file/too-large': { group: 'file', severity: 'error', summary: 'the file is small enough to check' },
  'include/outside-root': { group: 'include', severity: 'error', summary: 'included libraries are inside the project folder, given by a relative path' },
  'include/unreadable': { group: 'include', severity: 'error', summary: 'every included library exists and can be read' },
  'include/cycle': { group: 'include', severity: 'error', summary: 'no library includes, directly or not, a file that includes it' },
  'include/not-a-library': { group: 'include', severity: 'error', summary: 'only libraries (no tracks) are included, not whole frameworks' },

  'schema/required': { group: 'schema', severity: 'error', summary: 'required keys are present' },
  'schema/additionalProperties': { group: 'schema', severity: 'error', summary: 'no unknown keys (keys starting with `x-` are yours)' },
  'schema/type': { group: 'schema', severity: 'error', summary: 'each value has the right type (text, number, list, mapping)' },
  'schema/enum': { group: 'schema', severity: 'error', summary: 'values with a fixed set of choices use one of them' },
  'schema/const': { group: 'schema', severity: 'error', summary: '`rungs` is the format version `1`' },
  'schema/pattern': { group: 'schema', severity: 'error', summary: 'ids, years and currencies have the expected shape' },
  'schema/minLength': { group: 'schema', severity: 'error', summary: 'names, titles and bullets are not empty' },
  'schema/maxLength': { group: 'schema', severity: 'error', summary: 'names, titles and ids are not overly long' },
  'schema/minItems': { group: 'schema', severity: 'error', summary: 'lists that need entries have at least one' },
  'schema/minimum': { group: 'schema', severity: 'error', summary: 'numbers such as pay bands are not negative' },
  'schema/uniqueItems': { group: 'schema', severity: 'error', summary: 'lists of ids name each id once' },
  'schema/invalid': { group: 'schema', severity: 'error', summary: 'any other way a value breaks the format' },

  'id/duplicate': { group: 'rule', severity: 'error', summary: 'each dimension, level and track id once; role ids unique across all tracks' },
  'ref/unknown-level': { group: 'rule', severity: 'error', summary: "every role's level is defined (suggests the nearest ids)" },
  'ref/unknown-dimension': { group: 'rule', severity: 'error', summary: 'expectation keys and track `dimensions` name defined dimensions' },
  'ref/unknown-role': { group: 'rule', severity: 'error', summary: "`equivalent` and moves' `from`/`to` name existing roles" },
  'order/level-regression': { group: 'rule', severity: 'error', summary: "a track's roles climb the level order" },
  'parity/missing-ic-twin': { group: 'rule', severity: 'warning', summary: 'a level staffed on a management track also has an IC role' },
  'parity/ic-ceiling': { group: 'rule', severity: 'warning', summary: 'the IC track reaches as high as management, so managing is not the only way up' },
  'parity/equivalent-level-mismatch': { group: 'rule', severity: 'error', summary: 'explicit equivalents sit on the same level' },
  'parity/equivalent-same-track': { group: 'rule', severity: 'warning', summary: 'an equivalent is on another track' },
  'parity/uneven-twins': { group: 'rule', severity: 'warning', summary: 'twins on one level have expectations of comparable size' },
  'coverage/missing-dimension': { group: 'rule', severity: 'warning', summary: 'each role sets expectations for every dimension of its track (`[]` means "does not apply")' },
  'growth/copied-expectation': { group: 'rule', severity: 'warning', summary: 'no bullet copied unchanged from the level below (one finding per role)' },
  'growth/duplicate-across-dimensions': { group: 'rule', severity: 'warning', summary: 'no bullet repeated under two dimensions of one role' },
  'wording/vague': { group: 'rule', severity: 'info', summary: 'expectations say what people do, not what they "understand" (configurable list)' },
  'wording/inclusive': { group: 'rule', severity: 'warning', summary: 'no gendered, ableist or exclusionary wording (retext-equality)' },
  'wording/years-requirement': { group: 'rule', severity: 'warning', summary: 'no years of experience demanded inside expectations (use `years`)' },
  'proficiency/unknown-step': { group: 'rule', severity: 'error', summary: "a role's proficiency names a step of the scale (suggests the nearest)" },
  'proficiency/unknown-dimension': { group: 'rule', severity: 'error', summary: "a role's proficiency keys are defined dimensions" },
  'proficiency/regression': { group: 'rule', severity: 'warning', summary: 'a role never needs a lower step of a dimension than the role below it on its track' },
  'proficiency/partial': { group: 'rule', severity: 'info', summary: 'either every role of a track has proficiency or none does' },
  'proficiency/uneven-twins': { group: 'rule', severity: 'warning', summary: 'twins need about as much in total: mean steps at most one apart' },
  'level/unused': { group: 'rule', severity: 'info', summary: 'every level has a role' },
  'band/min-above-max': { group: 'rule', severity: 'error', summary: "a pay band's minimum is not above its maximum" },
  'band/out-of-order': { group: 'rule', severity: 'warning', summary: 'pay bands do not go down as levels go up' },
  'mapping/unknown-level': { group: 'rule', severity: 'error', summary: 'mapping keys are your level ids' },
  'move/kind-mismatch': { group: 'rule', severity: 'warning', summary: 'a promotion goes up, a lateral move stays, a step-down goes down, a switch changes track' },
  'move/unreachable-track': { group: 'rule', severity: 'warning', summary: 'a track that starts above the lowest level has a move or a twin leading into it' },
  'text/bidi-control': { group: 'rule', severity: 'warning', summary: 'no invisible characters that reorder how text is displayed' },
  'text/invisible': { group: 'rule', severity: 'warning', summary: 'no zero-width or other invisible characters pasted from documents' },

  'import/empty': { group: 'import', severity: 'error', summary: 'the spreadsheet has some text to import' },
  'import/one-column': { group: 'import', severity: 'error', summary: 'the spreadsheet has a competency column and level columns' },
  'import/no-level-columns': { group: 'import', severity: 'error', summary: 'some columns are left for levels' },
  'import/no-rows': { group: 'import', severity: 'error', summary: 'the spreadsheet has competency rows below its titles' },
  'import/same-title': { group: 'import', severity: 'warning', summary: 'no two imported columns become roles of the same title on one track' },
  'import/unknown-template': { group: 'import', severity: 'error', summary: 'the template to import from exists' },
  'import/unknown-track': { group: 'import', severity: 'error', summary: 'the template has the track to import' },
  'import/not-a-framework': { group: 'import', severity: 'error', summary: 'the file to import into holds a framework' },
  'import/not-a-list': { group: 'import', severity: 'error', summary: "the framework's tracks and levels are lists" },
  'import/no-levels': { group: 'import', severity: 'error', summary: 'the framework has levels to place the imported roles on' },
  'import/no-room': { group: 'import', severity: 'error', summary: "some of the imported track's roles fit on your levels" },
  'import/unknown-level': { group: 'import', severity: 'error', summary: '`--map` names levels of your framework' },
  'import/unknown-template-level': { group: 'import', severity: 'error', summary: "`--map` names levels of the template's track" },
  'import/level-collision': { group: 'import', severity: 'error', summary: '`--map` gives each imported role its own level' },

  'version/not-bumped': { group: 'check', severity: 'warning', summary: '`rungs diff --since`: the content changed but `version` did not' },
  'export/unprintable-character': { group: 'export', severity: 'warning', summary: 'every character of the rubric has a font that can print it' },

  'check/too-many-problems': { group: 'check', severity: 'info', summary: 'a note saying how many more problems were left out of a long list' },
  'internal/rule-failed': { group: 'check', severity: 'warning', summary: 'one check could not finish because of a bug in Rungs (please report it)' },
  'internal/check-failed': { group: 'check', severity: 'error', summary: 'the file could not be checked because of a bug in Rungs (please report it)' },
} as const satisfies Record<string, CodeInfo>;

/** Every diagnostic code Rungs reports, as a type: a typo in a code is a compile error. */
export type DiagnosticCode = keyof typeof registry;

/** A code users can set with `lint.rules` or `--rule` (the semantic rules). */
export type RuleCode = { [K in DiagnosticCode]: (typeof registry)[K]['group'] extends 'rule' ? K : never }[DiagnosticCode];

/** The levels `lint.rules` and `--rule` accept: a severity, or `off` to drop the rule. */
export type RuleLevel = Severity | 'off';
export const ruleLevels: readonly RuleLevel[] = ['off', 'info', 'warning', 'error'];

/** Every code with what the registry knows about it, in documentation order. */
export const diagnosticCodes: readonly (CodeInfo & { code: DiagnosticCode })[] = (Object.keys(registry) as DiagnosticCode[]).map((code) => ({
  code,
  ...registry[code],
}));

/** The codes of the configurable semantic rules, in documentation order. */
export const ruleCodes: readonly RuleCode[] = diagnosticCodes.filter((c) => c.group === 'rule').map((c) => c.code as RuleCode);

/** True when `value` is a code in the registry. */
export function isDiagnosticCode(value: string): value is DiagnosticCode {
  return Object.prototype.hasOwnProperty.call(registry, value);
}

/** True when `value` names a rule users may configure. */
export function isRuleCode(value: string): value is RuleCode {
  return isDiagnosticCode(value) && registry[value].group === 'rule';
}

/** What the registry knows about a code. */
export function codeInfo(code: DiagnosticCode): CodeInfo {
  return registry[code];
}

/** Where the documentation of every code lives, in the repository and on the web. */
export const DOCS_FILE = 'docs/rules.md';
export const DOCS_URL = 'https://rungs.dev/docs/rules';

/** The anchor of a code's section in docs/rules.md: `growth/copied-expectation` → `growth-copied-expectation`. */
export function docsAnchor(code: DiagnosticCode): string {
  return code.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** The web address of a code's documentation, for editor links. */
export function docsUrl(code: DiagnosticCode): string {
  return `${DOCS_URL}#${docsAnchor(code)}`;
}

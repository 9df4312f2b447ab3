import { validate as validateFramework, type SchemaError } from './generated/validate-framework.js';
import { validate as validateLibrary } from './generated/validate-library.js';
import frameworkSchema from '../schemas/framework.schema.json' with { type: 'json' };
import librarySchema from '../schemas/library.schema.json' with { type: 'json' };
import { isDiagnosticCode, type DiagnosticCode } from './diagnostic-codes.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { ParsedDocument } from './parse.ts';
import { escapePointerSegment, pointerSegments, rangeOf, type RangeTarget } from './positions.ts';
import { describeField, describeObject, describeValue, schemaMessage } from './schema-messages.ts';
import { suggest } from './suggest.ts';

/**
 * Checks the parsed data against schemas/framework.schema.json with the generated standalone
 * validator (no code generation at run time, so it works under the studio's strict CSP) and
 * turns the validator's errors into one plain-words diagnostic per real problem, placed on the
 * narrowest node: an unknown key on the key, a missing property on its object, a wrong value on
 * the value.
 */
export function validateSchema(parsed: ParsedDocument, kind: SchemaKind = 'framework'): Diagnostic[] {
  const data = parsed.data;
  if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
    return [topLevelDiagnostic(parsed)];
  }
  const validate = kind === 'library' ? validateLibrary : validateFramework;
  const schema = kind === 'library' ? librarySchema : frameworkSchema;
  if (validate(data)) return [];
  // Positions cost a walk each; past a few hundred problems nobody reads on, so stop there.
  const errors = collapse(validate.errors ?? []).slice(0, MAX_SCHEMA_DIAGNOSTICS);
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const diagnostic = toDiagnostic(error, parsed, schema);
    const key = `${diagnostic.code}|${diagnostic.path}|${diagnostic.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}

/** Which schema a file is checked against: a framework's, or a library's (shared parts, no tracks). */
export type SchemaKind = 'framework' | 'library';

/** The most schema diagnostics one check reports. */
export const MAX_SCHEMA_DIAGNOSTICS = 500;

function topLevelDiagnostic(parsed: ParsedDocument): Diagnostic {
  const data = parsed.data;
  const start =
    'A framework file is a block of `key: value` lines: `rungs: 1`, `name`, then lists of `dimensions`, `levels` and `tracks`';
  const message =
    data === null || data === undefined
      ? `The file is empty. ${start}.`
      : Array.isArray(data)
        ? `${start}, but this file is a list (it starts with \`-\`).`
        : `${start}, but this file holds only ${describeValue(data)}.`;
  return { code: 'schema/type', severity: 'error', message, path: '', ...rangeOf(parsed, '', 'head') };
}

/** Keywords about a value itself; when one fails, other value keywords on it are echoes. */
const valueKeywordRank: Record<string, number> = {
  type: 0,
  const: 1,
  enum: 2,
  pattern: 3,
  minLength: 4,
  maxLength: 5,
  minimum: 6,
  maximum: 7,
  format: 8,
};

/**
 * Removes the noise ajv produces with allErrors: combinator wrappers (anyOf/oneOf/if) and their
 * failed branches become one error, `propertyNames` wrappers go (their inner error names the key),
 * and a value that fails several keywords keeps only the most basic one.
 */
export function collapse(errors: readonly SchemaError[]): SchemaError[] {
  let result = [...errors];

  for (const combinator of errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')) {
    const prefix = combinator.schemaPath + '/';
    const branchErrors = result.filter((e) => e.schemaPath.startsWith(prefix));
    result = result.filter((e) => e !== combinator && !e.schemaPath.startsWith(prefix));
    const atValue = branchErrors.filter((e) => e.instancePath === combinator.instancePath);
    if (atValue.length > 0 && atValue.every((e) => e.keyword === 'type')) {
      const types = atValue.flatMap((e) => {
        const t = e.params.type;
        return Array.isArray(t) ? t.map(String) : String(t).split(',');
      });
      result.push({ ...combinator, keyword: 'type', params: { type: [...new Set(types)] } });
      continue;
    }
    // Keep the branch that got furthest: the one whose type matched and has the fewest errors.
    const byBranch = new Map<string, SchemaError[]>();
    for (const e of branchErrors) {
      const branch = e.schemaPath.slice(prefix.length).split('/')[0] ?? '';
      byBranch.set(branch, [...(byBranch.get(branch) ?? []), e]);
    }
    const candidates = [...byBranch.values()].filter(
      (list) => !list.some((e) => e.keyword === 'type' && e.instancePath === combinator.instancePath),
    );
    const best = candidates.sort((a, b) => a.length - b.length)[0];
    result.push(...(best ?? [combinator]));
  }

  result = result.filter((e) => e.keyword !== 'if' && e.keyword !== 'propertyNames');

  // Several missing properties of one object are one problem: "Role is missing `title` and `level`".
  const required = new Map<string, SchemaError>();
  result = result.filter((e) => {
    if (e.keyword !== 'required') return true;
    const first = required.get(e.instancePath);
    const missing = String(e.params.missingProperty);
    if (!first) {
      required.set(e.instancePath, { ...e, params: { ...e.params, missingProperties: [missing] } });
      return true;
    }
    (first.params.missingProperties as string[]).push(missing);
    return false;
  });
  result = result.map((e) => (e.keyword === 'required' ? (required.get(e.instancePath) ?? e) : e));

  const bestAt = new Map<string, SchemaError>();
  for (const e of result) {
    const rank = valueKeywordRank[e.keyword];
    if (rank === undefined) continue;
    const where = e.instancePath + '|' + String((e as SchemaError & { propertyName?: string }).propertyName ?? '');
    const current = bestAt.get(where);
    if (!current || rank < (valueKeywordRank[current.keyword] ?? 99)) bestAt.set(where, e);
  }
  return result.filter((e) => {
    if (valueKeywordRank[e.keyword] === undefined) return true;
    const where = e.instancePath + '|' + String((e as SchemaError & { propertyName?: string }).propertyName ?? '');
    return bestAt.get(where) === e;
  });
}

function valueAt(root: unknown, pointer: string): unknown {
  let value: unknown = root;
  for (const segment of pointerSegments(pointer)) {
    if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, segment)) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/** The schema object a validator schemaPath ("#/$defs/role/additionalProperties") belongs to. */
function schemaObjectAt(schema: unknown, schemaPath: string): Record<string, unknown> | undefined {
  let node: unknown = schema;
  const segments = pointerSegments(schemaPath.replace(/^#/, ''));
  for (const segment of segments.slice(0, -1)) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return typeof node === 'object' && node !== null ? (node as Record<string, unknown>) : undefined;
}

function allowedKeys(schema: unknown, schemaPath: string): string[] {
  const properties = schemaObjectAt(schema, schemaPath)?.properties;
  return typeof properties === 'object' && properties !== null ? Object.keys(properties) : [];
}

/** `schema/<keyword>` for the keywords the registry documents, `schema/invalid` for any other. */
function schemaCode(keyword: string): DiagnosticCode {
  const code = `schema/${keyword}`;
  return isDiagnosticCode(code) ? code : 'schema/invalid';
}

function toDiagnostic(error: SchemaError, parsed: ParsedDocument, schema: unknown): Diagnostic {
  const root = parsed.data;
  const propertyName = (error as SchemaError & { propertyName?: string }).propertyName;
  let path = error.instancePath;
  let target: RangeTarget = 'value';
  let value = valueAt(root, error.instancePath);
  let suggestions: string[] = [];
  let keys: string[] = [];

  if (error.keyword === 'additionalProperties') {
    const key = String(error.params.additionalProperty);
    path = `${error.instancePath}/${escapePointerSegment(key)}`;
    target = 'key';
    keys = allowedKeys(schema, error.schemaPath);
    suggestions = suggest(key, keys, 2);
  } else if (propertyName !== undefined) {
    // An invalid key under `expectations` or a mapping's `levels`: point at the key.
    path = `${error.instancePath}/${escapePointerSegment(propertyName)}`;
    target = 'key';
    value = propertyName;
    if (error.keyword === 'enum') {
      // A rule name under `lint.rules`: offer the nearest real code.
      const allowed = Array.isArray(error.params.allowedValues) ? error.params.allowedValues.map(String) : [];
      suggestions = suggest(propertyName, allowed, 1);
    }
  } else if (error.keyword === 'required') {
    target = 'head';
  } else if (error.keyword === 'enum' && typeof value === 'string') {
    const allowed = Array.isArray(error.params.allowedValues) ? error.params.allowedValues.map(String) : [];
    suggestions = suggest(value, allowed, 1);
  } else if (error.keyword === 'uniqueItems' && Array.isArray(value)) {
    // Point at the repeat itself, not the whole list.
    const later = Math.max(Number(error.params.i), Number(error.params.j));
    if (Number.isInteger(later) && later >= 0 && later < value.length) {
      path = `${error.instancePath}/${later}`;
      value = value[later];
    }
  } else if (error.keyword === 'type' || error.keyword === 'minItems') {
    // A whole list or block of the wrong type would underline many lines: mark its key.
    target = 'head';
  }

  const owner = describeObject(root, error.instancePath);
  const listName = describeField(root, error.instancePath);
  const field =
    propertyName !== undefined
      ? `key \`${propertyName}\` in ${owner.charAt(0).toLowerCase()}${owner.slice(1)}`
      : error.keyword === 'uniqueItems'
        ? listName
        : describeField(root, path);
  const message = schemaMessage(error, { value, owner, field, suggestions, allowedKeys: keys });
  const diagnostic: Diagnostic = {
    code: schemaCode(error.keyword),
    severity: 'error',
    message,
    path,
    ...rangeOf(parsed, path, target),
  };
  if (suggestions.length > 0) diagnostic.data = { suggestions };
  return diagnostic;
}

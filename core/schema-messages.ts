import type { SchemaError } from './generated/validate-framework.js';
import { pointerSegments } from './positions.ts';
import { didYouMean } from './suggest.ts';

/**
 * The keyword → plain-words table that turns validator errors into messages an engineering
 * manager can act on. Each entry gets the error plus a description of where it is.
 */

/** What a message needs to know about the place an error is about. */
export interface Place {
  /** The data at the error's instancePath (the object for `required`, the value otherwise). */
  value: unknown;
  /** "Role `senior-engineer`", "Track `ic`", "The framework": the object the value belongs to. */
  owner: string;
  /** "`title` in role `senior-engineer`", "Bullet 2 under `craft` in role `x`": the value itself. */
  field: string;
  /** Close matches for an unknown key or value (already computed by the caller). */
  suggestions: string[];
  /** Keys the object allows, for unknown-key messages. */
  allowedKeys: string[];
}

type MessageFor = (error: SchemaError, place: Place) => string;

const typeNames: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a block of `key: value` lines',
  null: 'empty',
};

/** How a value reads to a user: "text", "a list", "a number"… */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a whole number' : 'a number';
  if (typeof value === 'boolean') return `\`${String(value)}\` (true/false)`;
  if (typeof value === 'object') return 'a block of `key: value` lines';
  return 'something else';
}

function expectedTypes(error: SchemaError): string[] {
  const raw = error.params.type;
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [];
  return list.map(String);
}

function quoteValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const short = text !== undefined && text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `\`${short ?? String(value)}\``;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Known patterns, in words. */
const patternHelp: Record<string, string> = {
  '^[A-Za-z0-9][A-Za-z0-9._-]*$': 'can use only letters, digits, dots, dashes and underscores, and must start with a letter or digit (for example `senior-engineer`)',
  '^[A-Z]{3}$': 'should be a three-letter currency code in capitals, such as USD, EUR or GBP',
  '^\\s*\\d+(\\s*[-–]\\s*\\d+|\\s*\\+)?\\s*$': 'should be a number of years, a range like "2-4", or a floor like "5+"',
};

/** Collections whose entries are named by an `id`, so `levels: [L1, L2]` is a likely slip. */
const collectionsWithIds = new Set(['dimensions', 'levels', 'tracks', 'roles']);

/** For an entry written as bare text where a block with an `id` belongs: how to write it. */
function entryAsText(error: SchemaError, place: Place): string | undefined {
  if (typeof place.value !== 'string' || !expectedTypes(error).includes('object')) return undefined;
  const segments = pointerSegments(error.instancePath);
  if (!isCollectionPath(segments) || !collectionsWithIds.has(segments[segments.length - 2] ?? '')) return undefined;
  const text = place.value.trim();
  const asId = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/.test(text)
    ? `write it as \`- id: ${text}\``
    : 'write it as a block of `key: value` lines starting with `- id: `';
  return `${capitalise(place.field)} is only text (${quoteValue(place.value)}): ${asId}.`;
}

/** Expectations under a dimension written as one text instead of a list of bullets. */
function isExpectationBullets(error: SchemaError): boolean {
  const segments = pointerSegments(error.instancePath);
  return segments[segments.length - 2] === 'expectations' && expectedTypes(error).includes('array');
}

const typeMessage: MessageFor = (error, place) => {
  const asText = entryAsText(error, place);
  if (asText) return asText;
  const expected = expectedTypes(error).map((t) => typeNames[t] ?? t);
  const wanted = isExpectationBullets(error) ? 'a list of bullets, each on its own line starting with `- `' : [...new Set(expected)].join(' or ');
  if (place.value === null || place.value === undefined) {
    return `${capitalise(place.field)} is empty: give it ${wanted === 'text' ? 'some text' : wanted}.`;
  }
  const quoteHint =
    expected.includes('text') && (typeof place.value === 'number' || typeof place.value === 'boolean')
      ? ' — put it in quotes so YAML reads it as text'
      : '';
  return `${capitalise(place.field)} should be ${wanted}, but it is ${describeValue(place.value)}${quoteHint}.`;
};

/** Plain-words message for each validator keyword; `schemaMessage` falls back for the rest. */
export const schemaMessages: Record<string, MessageFor> = {
  type: typeMessage,
  required: (error, place) => {
    const listed = Array.isArray(error.params.missingProperties) ? error.params.missingProperties.map(String) : [String(error.params.missingProperty)];
    return `${place.owner} is missing ${joinWords(listed.map((p) => `\`${p}\``))}.`;
  },
  additionalProperties: (error, place) => {
    const key = String(error.params.additionalProperty);
    const hint = didYouMean(place.suggestions);
    if (hint) return `Unknown key \`${key}\` in ${lowerFirst(place.owner)}${hint}`;
    const allowed = place.allowedKeys.length > 0 ? ` Allowed keys: ${place.allowedKeys.join(', ')}` : '';
    return `Unknown key \`${key}\` in ${lowerFirst(place.owner)}.${allowed}${allowed ? ', or any key starting with `x-` for your own data.' : ''}`;
  },
  enum: (error, place) => {
    const allowed = (Array.isArray(error.params.allowedValues) ? error.params.allowedValues : []).map((v) => `\`${String(v)}\``);
    const hint = didYouMean(place.suggestions);
    const segments = pointerSegments(error.instancePath);
    if (segments.length === 2 && segments[0] === 'lint' && segments[1] === 'rules') {
      return `\`${String(place.value)}\` is not a rule that can be configured${hint || '.'} \`rungs rules\` lists the rules and docs/rules.md explains them.`;
    }
    const gloss =
      segments.length === 3 && segments[0] === 'dimensions' && segments[2] === 'kind'
        ? ' (`hard`: technical skills; `soft`: people and organisational skills)'
        : '';
    return `${capitalise(place.field)} is ${quoteValue(place.value)}, but it must be one of ${allowed.join(', ')}${gloss}${hint || '.'}`;
  },
  const: (error, place) => {
    const allowed = error.params.allowedValue;
    // "1" versus 1 looks the same once quoted in a message: say what kind of value it is.
    const found =
      typeof place.value === typeof allowed ? quoteValue(place.value) : `${describeValue(place.value)} (${quoteValue(place.value)})`;
    const unquote = typeof allowed === 'number' && typeof place.value === 'string' && place.value.trim() === String(allowed) ? ': remove the quotes' : '';
    const what = place.field === '`rungs`' ? '`rungs` is the format version and' : capitalise(place.field);
    return `${what} must be ${String(allowed)}, but it is ${found}${unquote}.`;
  },
  pattern: (error, place) => {
    const help = patternHelp[String(error.params.pattern)] ?? `does not have the expected form (${String(error.params.pattern)})`;
    // For a key the field already quotes it ("Key `Tech craft` in …"); don't repeat it.
    if (place.field.startsWith('key ')) return `${capitalise(place.field)} ${help}.`;
    return `${capitalise(place.field)} is ${quoteValue(place.value)}: it ${help}.`;
  },
  minLength: (error, place) =>
    Number(error.params.limit) <= 1
      ? `${capitalise(place.field)} is empty: give it some text.`
      : `${capitalise(place.field)} is too short: write at least ${String(error.params.limit)} characters.`,
  maxLength: (error, place) =>
    `${capitalise(place.field)} is too long (${typeof place.value === 'string' ? [...place.value].length : '?'} characters): keep it to ${String(error.params.limit)} or fewer.`,
  minItems: (error, place) =>
    Number(error.params.limit) <= 1
      ? `${capitalise(place.field)} is an empty list: add at least one entry.`
      : `${capitalise(place.field)} needs at least ${String(error.params.limit)} entries.`,
  maxItems: (error, place) => `${capitalise(place.field)} has too many entries: at most ${String(error.params.limit)}.`,
  minimum: (error, place) =>
    Number(error.params.limit) === 0
      ? `${capitalise(place.field)} cannot be negative.`
      : `${capitalise(place.field)} must be at least ${String(error.params.limit)}.`,
  maximum: (error, place) => `${capitalise(place.field)} must be at most ${String(error.params.limit)}.`,
  uniqueItems: (_error, place) =>
    typeof place.value === 'string' || typeof place.value === 'number'
      ? `${capitalise(place.field)} lists ${quoteValue(place.value)} more than once: list each entry once.`
      : `${capitalise(place.field)} repeats an entry: list each one once.`,
  format: (error, place) => `${capitalise(place.field)} is not a valid ${String(error.params.format)}.`,
};

/** A message for any keyword, using the table and falling back to the validator's own words. */
export function schemaMessage(error: SchemaError, place: Place): string {
  const entry = schemaMessages[error.keyword];
  if (entry) return entry(error, place);
  return `${capitalise(place.field)} ${error.message ?? 'is not valid here'}.`;
}

/** "a", "a and b", "a, b and c". */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function lowerFirst(text: string): string {
  return text.startsWith('The ') ? `the ${text.slice(4)}` : text.charAt(0).toLowerCase() + text.slice(1);
}

const collectionNames = new Map([
  ['dimensions', 'dimension'],
  ['levels', 'level'],
  ['tracks', 'track'],
  ['roles', 'role'],
  ['moves', 'move'],
  ['mappings', 'mapping'],
]);

/** True for an entry of a top-level list (`/levels/2`) or of a track's roles (`/tracks/0/roles/3`). */
function isCollectionPath(segments: readonly string[]): boolean {
  if (segments.length === 2) return segments[0] !== 'roles' && collectionNames.has(segments[0] ?? '');
  return segments.length === 4 && segments[0] === 'tracks' && segments[2] === 'roles';
}

function own(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/**
 * Names the object at a JSON Pointer the way a user would: "Role `senior-engineer`",
 * "Pay band of level `L4`", "Move 2", "The framework".
 */
export function describeObject(root: unknown, pointer: string): string {
  const segments = pointerSegments(pointer);
  if (segments.length === 0) return 'The framework';
  const values: unknown[] = [root];
  for (const segment of segments) values.push(own(values[values.length - 1], segment));
  const last = segments[segments.length - 1] ?? '';
  const parentKey = segments[segments.length - 2];
  const value = values[values.length - 1];
  if (parentKey !== undefined && /^\d+$/.test(last) && isCollectionPath(segments)) {
    const noun = capitalise(collectionNames.get(parentKey) ?? 'entry');
    const id = own(value, 'id');
    // An id that breaks the id rules is itself the problem, so name the entry by position then.
    if (typeof id === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/.test(id)) return `${noun} \`${id}\``;
    if (parentKey === 'roles') {
      const track = own(values[values.length - 3], 'id');
      return typeof track === 'string' && track ? `Role ${Number(last) + 1} on track \`${track}\`` : `Role ${Number(last) + 1}`;
    }
    if (parentKey === 'moves') return `Move ${Number(last) + 1}`;
    if (parentKey === 'mappings') {
      const company = own(value, 'company');
      return typeof company === 'string' && company ? `Mapping for ${company}` : `Mapping ${Number(last) + 1}`;
    }
    return `${noun} ${Number(last) + 1} in \`${parentKey}\``;
  }
  const ownerPointer = '/' + segments.slice(0, -1).map(escape).join('/');
  const owner = segments.length > 1 ? lowerFirst(describeObject(root, ownerPointer)) : 'the framework';
  if (last === 'band') return `Pay band of ${owner}`;
  if (last === 'expectations') return `Expectations of ${owner}`;
  return `\`${last}\` of ${owner}`;
}

/**
 * Names the value at a JSON Pointer: "`title` in role `x`", "Item 3 in `roles` of track `ic`",
 * "Bullet 2 under `craft` in role `x`", "`version`".
 */
export function describeField(root: unknown, pointer: string): string {
  const segments = pointerSegments(pointer);
  if (segments.length === 0) return 'the top level of the file';
  const last = segments[segments.length - 1] ?? '';
  const parentPointer = segments.length > 1 ? '/' + segments.slice(0, -1).map(escape).join('/') : '';
  const parentKey = segments[segments.length - 2];
  if (/^\d+$/.test(last) && parentKey !== undefined) {
    if (isCollectionPath(segments)) return lowerFirst(describeObject(root, pointer));
    const grand = segments.length > 2 ? describeObject(root, '/' + segments.slice(0, -2).map(escape).join('/')) : 'the framework';
    if (segments[segments.length - 3] === 'expectations') return `bullet ${Number(last) + 1} under \`${parentKey}\` in ${lowerFirst(describeObject(root, '/' + segments.slice(0, -3).map(escape).join('/')))}`;
    return `item ${Number(last) + 1} of \`${parentKey}\` in ${lowerFirst(grand)}`;
  }
  if (segments.length === 1) return `\`${last}\``;
  if (parentKey === 'expectations') return `\`${last}\` under expectations of ${lowerFirst(describeObject(root, '/' + segments.slice(0, -2).map(escape).join('/')))}`;
  return `\`${last}\` in ${lowerFirst(describeObject(root, parentPointer))}`;
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

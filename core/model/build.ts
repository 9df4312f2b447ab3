import type {
  Dimension,
  DimensionKind,
  Expectation,
  Framework,
  Level,
  Mapping,
  Move,
  MoveKind,
  PayBand,
  ProficiencyStep,
  Role,
  Track,
  TrackKind,
} from './types.ts';
import { textKey } from '../memo.ts';

type Dict = Record<string, unknown>;

function isDict(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function own(dict: Dict, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(dict, key) ? dict[key] : undefined;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function band(value: unknown): PayBand | undefined {
  if (!isDict(value)) return undefined;
  const min = own(value, 'min');
  const max = own(value, 'max');
  if (typeof min !== 'number' || typeof max !== 'number') return undefined;
  const currency = text(own(value, 'currency'));
  return currency === undefined ? { min, max } : { min, max, currency };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/**
 * Builds the normalised model from parsed YAML data. It accepts partly valid data, so the live
 * preview keeps working while the user types: entries without an id are skipped and wrong-typed
 * optional fields are dropped. It never throws; validation and analysis report the problems.
 */
export function buildFramework(data: unknown): Framework {
  const root: Dict = isDict(data) ? data : {};

  const dimensions: Dimension[] = [];
  list(own(root, 'dimensions')).forEach((raw, i) => {
    if (!isDict(raw)) return;
    const id = text(own(raw, 'id'));
    if (!id) return;
    dimensions.push({
      id,
      name: text(own(raw, 'name')) ?? id,
      kind: oneOf<DimensionKind>(own(raw, 'kind'), ['hard', 'soft'], 'hard'),
      ...optional('description', text(own(raw, 'description'))),
      path: `/dimensions/${i}`,
    });
  });

  const levels: Level[] = [];
  list(own(root, 'levels')).forEach((raw, i) => {
    if (!isDict(raw)) return;
    const id = text(own(raw, 'id'));
    if (!id) return;
    levels.push({
      id,
      ...optional('name', text(own(raw, 'name'))),
      ...optional('description', text(own(raw, 'description'))),
      ...optional('band', band(own(raw, 'band'))),
      rank: levels.length,
      path: `/levels/${i}`,
    });
  });

  const declaredSteps: ProficiencyStep[] = [];
  list(own(root, 'proficiency')).forEach((raw, i) => {
    if (!isDict(raw)) return;
    const id = text(own(raw, 'id'));
    if (!id) return;
    declaredSteps.push({ id, name: text(own(raw, 'name')) ?? id, ...optional('description', text(own(raw, 'description'))), rank: declaredSteps.length, path: `/proficiency/${i}` });
  });
  const proficiencyDeclared = declaredSteps.length >= 2;
  const proficiency = proficiencyDeclared ? declaredSteps : defaultProficiencyScale.map((s) => ({ ...s }));

  const dimensionIndex = new Map<string, Dimension>();
  for (const d of dimensions) if (!dimensionIndex.has(d.id)) dimensionIndex.set(d.id, d);
  const levelIndex = new Map<string, Level>();
  for (const l of levels) if (!levelIndex.has(l.id)) levelIndex.set(l.id, l);
  const dimensionOrder = new Map([...dimensionIndex.keys()].map((id, i) => [id, i]));
  const order = { ranks: dimensionOrder, key: textKey([...dimensionIndex.keys()]) };

  const tracks: Track[] = [];
  list(own(root, 'tracks')).forEach((rawTrack, t) => {
    if (!isDict(rawTrack)) return;
    const trackId = text(own(rawTrack, 'id'));
    if (!trackId) return;
    const subset = own(rawTrack, 'dimensions');
    // An entry is a dimension id, or `{ id, from: <level> }` for a dimension that starts later on the track.
    const dimensionFrom: Record<string, string> = {};
    const dimensionIds = Array.isArray(subset)
      ? subset.flatMap((d): string[] => {
          if (typeof d === 'string') return [d];
          const id = isDict(d) ? text(own(d, 'id')) : undefined;
          if (!id) return [];
          const from = text(own(d, 'from'));
          if (from) dimensionFrom[id] = from;
          return [id];
        })
      : [...dimensionIndex.keys()];
    const roles: Role[] = [];
    list(own(rawTrack, 'roles')).forEach((rawRole, r) => {
      if (!isDict(rawRole)) return;
      const id = text(own(rawRole, 'id'));
      if (!id) return;
      const levelId = text(own(rawRole, 'level')) ?? '';
      roles.push({
        id,
        title: text(own(rawRole, 'title')) ?? id,
        trackId,
        levelId,
        levelRank: levelIndex.get(levelId)?.rank ?? -1,
        ...optional('summary', text(own(rawRole, 'summary'))),
        ...optional('scope', text(own(rawRole, 'scope'))),
        ...optional('years', text(own(rawRole, 'years'))?.trim()),
        ...optional('equivalent', text(own(rawRole, 'equivalent'))),
        ...optional('previousIds', idList(own(rawRole, 'previous-ids'))),
        expectations: expectationsOf(own(rawRole, 'expectations'), order),
        proficiency: stepsByDimension(own(rawRole, 'proficiency')),
        ...optional('mapPosition', mapPosition(own(rawRole, 'map'))),
        path: `/tracks/${t}/roles/${r}`,
      });
    });
    tracks.push({
      id: trackId,
      name: text(own(rawTrack, 'name')) ?? trackId,
      kind: oneOf<TrackKind>(own(rawTrack, 'kind'), ['ic', 'management', 'other'], 'other'),
      ...optional('description', text(own(rawTrack, 'description'))),
      dimensionIds,
      ...(Object.keys(dimensionFrom).length > 0 ? { dimensionFrom } : {}),
      roles,
      path: `/tracks/${t}`,
    });
  });

  const moves: Move[] = [];
  list(own(root, 'moves')).forEach((raw, i) => {
    if (!isDict(raw)) return;
    const from = text(own(raw, 'from'));
    const to = text(own(raw, 'to'));
    if (!from || !to) return;
    moves.push({
      from,
      to,
      kind: oneOf<MoveKind>(own(raw, 'kind'), ['promotion', 'lateral', 'switch', 'step-down'], 'switch'),
      ...optional('note', text(own(raw, 'note'))),
      path: `/moves/${i}`,
    });
  });

  const mappings: Mapping[] = [];
  list(own(root, 'mappings')).forEach((raw, i) => {
    if (!isDict(raw)) return;
    const company = text(own(raw, 'company'));
    if (!company) return;
    const levelsRaw = own(raw, 'levels');
    const mapped: Record<string, string> = {};
    if (isDict(levelsRaw)) {
      for (const [ours, theirs] of Object.entries(levelsRaw)) {
        const value = text(theirs);
        if (value !== undefined) Object.defineProperty(mapped, ours, { value, enumerable: true, writable: true, configurable: true });
      }
    }
    mappings.push({ company, levels: mapped, ...optional('note', text(own(raw, 'note'))), path: `/mappings/${i}` });
  });

  const { tracks: trackIndex, roles: roleIndex } = indexTracks(tracks);

  return {
    name: text(own(root, 'name')) ?? 'Untitled framework',
    ...optional('organization', text(own(root, 'organization'))),
    ...optional('version', text(own(root, 'version'))),
    ...optional('description', text(own(root, 'description'))),
    dimensions,
    levels,
    proficiency,
    proficiencyDeclared,
    tracks,
    moves,
    mappings,
    index: { dimensions: dimensionIndex, levels: levelIndex, tracks: trackIndex, roles: roleIndex },
  };
}

/**
 * Track and role lookups for a list of tracks; the first definition of an id wins, as analysis
 * reports duplicates separately. Shared by the model and by exports narrowed to some tracks.
 */
export function indexTracks(tracks: readonly Track[]): { tracks: Map<string, Track>; roles: Map<string, Role> } {
  const trackIndex = new Map<string, Track>();
  const roleIndex = new Map<string, Role>();
  for (const track of tracks) {
    if (!trackIndex.has(track.id)) trackIndex.set(track.id, track);
    for (const role of track.roles) if (!roleIndex.has(role.id)) roleIndex.set(role.id, role);
  }
  return { tracks: trackIndex, roles: roleIndex };
}

function idList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const ids = value.map(text).filter((id): id is string => id !== undefined && id !== '');
  return ids.length > 0 ? ids : undefined;
}

/**
 * The scale that applies when a file gives none: five steps from knowing the basics to setting
 * the standard, as the file format documents.
 */
export const defaultProficiencyScale: readonly ProficiencyStep[] = [
  { id: 'awareness', name: 'Awareness', description: 'Knows the basics and when to ask.', rank: 0, path: '' },
  { id: 'foundational', name: 'Foundational', description: 'Does routine work in it with guidance.', rank: 1, path: '' },
  { id: 'working', name: 'Working', description: 'Does the work on their own.', rank: 2, path: '' },
  { id: 'practitioner', name: 'Practitioner', description: 'Handles the hard cases and teaches others.', rank: 3, path: '' },
  { id: 'expert', name: 'Expert', description: 'Sets the standard others follow.', rank: 4, path: '' },
];

function stepsByDimension(value: unknown): Record<string, string> {
  const steps: Record<string, string> = {};
  if (!isDict(value)) return steps;
  for (const [dimensionId, step] of Object.entries(value)) {
    const id = text(step);
    if (id !== undefined) Object.defineProperty(steps, dimensionId, { value: id, enumerable: true, writable: true, configurable: true });
  }
  return steps;
}

function mapPosition(value: unknown): { x: number; y: number } | undefined {
  if (!isDict(value)) return undefined;
  const x = own(value, 'x');
  const y = own(value, 'y');
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) return undefined;
  return { x: Math.min(1, Math.max(0, x)), y: Math.min(1, Math.max(0, y)) };
}

/**
 * A role's expectations, remembered by its raw block while the dimension order stays the same:
 * the incremental checker hands back the very same block for every role an edit did not touch,
 * so a keystroke rebuilds one role's expectations, and work remembered by these arrays (growth
 * rules) is redone for that role only. Model objects are never changed after they are built.
 */
const expectationsByBlock = new WeakMap<object, { order: string; expectations: Expectation[] }>();

function expectationsOf(value: unknown, order: { ranks: Map<string, number>; key: string }): Expectation[] {
  if (typeof value !== 'object' || value === null) return expectations(value, order.ranks);
  const known = expectationsByBlock.get(value);
  if (known?.order === order.key) return known.expectations;
  const built = expectations(value, order.ranks);
  expectationsByBlock.set(value, { order: order.key, expectations: built });
  return built;
}

function expectations(value: unknown, dimensionOrder: Map<string, number>): Expectation[] {
  if (!isDict(value)) return [];
  const result: Expectation[] = [];
  for (const [dimensionId, raw] of Object.entries(value)) {
    const bullets = (Array.isArray(raw) ? raw : [raw]).map(text).filter((b): b is string => b !== undefined && b.trim() !== '');
    result.push({ dimensionId, bullets });
  }
  const unknownRank = dimensionOrder.size;
  return result
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (dimensionOrder.get(a.e.dimensionId) ?? unknownRank) - (dimensionOrder.get(b.e.dimensionId) ?? unknownRank) || a.i - b.i)
    .map(({ e }) => e);
}

import { twinsOf } from '../model/lookups.ts';
import type { Framework, MoveKind, Role } from '../model/types.ts';
import { pairBullets, type WordChange } from './pair-bullets.ts';

/** What a reader needs to know about one side of a comparison. */
export interface ComparedRole {
  id: string;
  title: string;
  track: string;
  trackName: string;
  level: string;
  levelName?: string;
  scope?: string;
  years?: string;
  band?: { min: number; max: number; currency?: string };
  /** Ids of the role's twins on other tracks. */
  twins: string[];
}

export interface ChangedBullet {
  from: string;
  to: string;
  words: WordChange[];
}

/** One dimension of the two roles, bullets lined up. Every bullet of both roles appears once on its side. */
export interface ComparedDimension {
  id: string;
  name: string;
  added: string[];
  kept: string[];
  changed: ChangedBullet[];
  dropped: string[];
}

/** A field of the role (scope, years, band, twins) that differs between the two. */
export interface ComparedField {
  field: 'scope' | 'years' | 'band' | 'twins' | 'level' | 'track';
  from?: string;
  to?: string;
}

export interface ComparedMove {
  kind: MoveKind;
  from: string;
  to: string;
  note?: string;
}

/**
 * What changes from one role to another. The JSON output of `rungs compare` is this object, so
 * its field names are part of the command's contract.
 */
export interface RoleComparison {
  from: ComparedRole;
  to: ComparedRole;
  /** How `to` relates to `from`: up or down the level order, the same level, or a twin. */
  relation: 'promotion' | 'step-down' | 'same-level' | 'twin';
  dimensions: ComparedDimension[];
  fields: ComparedField[];
  /** Moves declared in the framework between the two roles, either way. */
  moves: ComparedMove[];
}

function describe(framework: Framework, role: Role): ComparedRole {
  const level = framework.index.levels.get(role.levelId);
  const track = framework.index.tracks.get(role.trackId);
  return {
    id: role.id,
    title: role.title,
    track: role.trackId,
    trackName: track?.name ?? role.trackId,
    level: role.levelId,
    ...(level?.name ? { levelName: level.name } : {}),
    ...(role.scope !== undefined ? { scope: role.scope } : {}),
    ...(role.years !== undefined ? { years: role.years } : {}),
    ...(level?.band ? { band: { ...level.band } } : {}),
    twins: twinsOf(framework, role.id).map((r) => r.id),
  };
}

function bandText(band: ComparedRole['band']): string | undefined {
  return band ? `${band.min}–${band.max}${band.currency ? ` ${band.currency}` : ''}` : undefined;
}

/**
 * The dimensions to compare, in the framework's order: those either role's track assesses or
 * either role has bullets for; unknown dimension ids the roles use come last, as written.
 */
function dimensionsOf(framework: Framework, a: Role, b: Role): { id: string; name: string }[] {
  const used = new Set<string>();
  for (const role of [a, b]) {
    for (const id of framework.index.tracks.get(role.trackId)?.dimensionIds ?? []) used.add(id);
    for (const e of role.expectations) used.add(e.dimensionId);
  }
  const known = framework.dimensions.filter((d, i, all) => used.has(d.id) && all.findIndex((x) => x.id === d.id) === i);
  const knownIds = new Set(known.map((d) => d.id));
  return [...known.map((d) => ({ id: d.id, name: d.name })), ...[...used].filter((id) => !knownIds.has(id)).map((id) => ({ id, name: id }))];
}

/** Compares two roles of one framework, dimension by dimension; `from` and `to` must exist. */
export function compareRoles(framework: Framework, fromId: string, toId: string): RoleComparison {
  const a = framework.index.roles.get(fromId);
  const b = framework.index.roles.get(toId);
  if (!a || !b) throw new Error(`compareRoles needs two known roles, got ${fromId} and ${toId}`);
  const from = describe(framework, a);
  const to = describe(framework, b);
  const bulletsOf = (role: Role, id: string) => role.expectations.filter((e) => e.dimensionId === id).flatMap((e) => e.bullets);
  const dimensions = dimensionsOf(framework, a, b).map(({ id, name }): ComparedDimension => {
    const pairing = pairBullets(bulletsOf(a, id), bulletsOf(b, id));
    return {
      id,
      name,
      added: pairing.added.map((x) => x.text),
      kept: pairing.kept.map((x) => x.to),
      changed: pairing.changed.map((x) => ({ from: x.from, to: x.to, words: x.words })),
      dropped: pairing.dropped.map((x) => x.text),
    };
  });
  const fields: ComparedField[] = [];
  const field = (name: ComparedField['field'], x: string | undefined, y: string | undefined) => {
    if (x !== y) fields.push({ field: name, ...(x !== undefined ? { from: x } : {}), ...(y !== undefined ? { to: y } : {}) });
  };
  field('track', from.trackName, to.trackName);
  field('level', from.levelName ? `${from.level} (${from.levelName})` : from.level, to.levelName ? `${to.level} (${to.levelName})` : to.level);
  field('scope', from.scope, to.scope);
  field('years', from.years, to.years);
  field('band', bandText(from.band), bandText(to.band));
  field('twins', from.twins.join(', ') || undefined, to.twins.join(', ') || undefined);
  const moves = framework.moves
    .filter((m) => (m.from === a.id && m.to === b.id) || (m.from === b.id && m.to === a.id))
    .map((m) => ({ kind: m.kind, from: m.from, to: m.to, ...(m.note !== undefined ? { note: m.note } : {}) }));
  const relation = from.twins.includes(b.id)
    ? 'twin'
    : a.levelRank >= 0 && b.levelRank >= 0 && b.levelRank > a.levelRank
      ? 'promotion'
      : a.levelRank >= 0 && b.levelRank >= 0 && b.levelRank < a.levelRank
        ? 'step-down'
        : 'same-level';
  return { from, to, relation, dimensions, fields, moves };
}

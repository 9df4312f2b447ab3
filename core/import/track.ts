import { isScalar, isSeq, parse, parseDocument } from 'yaml';
import { checkFramework } from '../check.ts';
import { buildFramework } from '../model/build.ts';
import type { Framework, Role } from '../model/types.ts';
import { suggest } from '../suggest.ts';
import { templateNames, templateText } from '../templates/index.ts';
import { asList, asText, freshId, importProblem, isDict, listWords, type Dict, type ImportResult } from './common.ts';
import { writeTrackAddition } from './track-writer.ts';

/** Options for `importTrack`. */
export interface ImportTrackOptions {
  /**
   * Template level id → your level id. Levels left out are placed by their distance from the
   * nearest mapped level. Without a map, the top of the template's ladder meets the top of yours.
   */
  levelMap?: Record<string, string>;
}

/** Where each template level lands on the user's scale (undefined: below or above it). */
type LevelPlan = Map<string, string | undefined>;

export function planLevels(
  templateLevels: readonly string[],
  targetLevels: readonly string[],
  levelMap: Record<string, string> | undefined,
): { plan: LevelPlan; problems: ReturnType<typeof importProblem>[]; anchored: boolean } {
  const problems: ReturnType<typeof importProblem>[] = [];
  const anchors: Array<{ from: number; to: number }> = [];
  for (const [ours, theirs] of Object.entries(levelMap ?? {})) {
    const from = templateLevels.indexOf(ours);
    const to = targetLevels.indexOf(theirs);
    if (from < 0) {
      problems.push(
        importProblem(
          'import/unknown-template-level',
          `The level map names "${ours}", but the template has no such level. Its levels are ${listWords([...templateLevels])}.`,
          suggest(ours, templateLevels),
        ),
      );
    }
    if (to < 0) {
      problems.push(
        importProblem(
          'import/unknown-level',
          `The level map sends "${ours}" to "${theirs}", but your framework has no level "${theirs}". Your levels are ${listWords([...targetLevels])}.`,
          suggest(theirs, targetLevels),
        ),
      );
    }
    if (from >= 0 && to >= 0) anchors.push({ from, to });
  }
  const plan: LevelPlan = new Map();
  // Without anchors, line the two ladders up at the top: the most senior template level becomes
  // your most senior level, which keeps an imported track's ceiling where its author put it.
  const fallback = { from: templateLevels.length - 1, to: targetLevels.length - 1 };
  templateLevels.forEach((id, i) => {
    const nearest = anchors.reduce<{ from: number; to: number } | undefined>(
      (best, a) => (best === undefined || Math.abs(a.from - i) < Math.abs(best.from - i) ? a : best),
      undefined,
    ) ?? fallback;
    plan.set(id, targetLevels[nearest.to + (i - nearest.from)]);
  });
  return { plan, problems, anchored: anchors.length > 0 };
}

/** The roles a move or an `equivalent` can point at once the track is imported. */
interface Resolver {
  /** Template role id → new id, for the roles that were imported. */
  imported: Map<string, string>;
  template: Framework;
  target: Framework;
  plan: LevelPlan;
}

/**
 * Finds the role in the user's framework that stands where a template role from another track
 * would stand: same track kind, on the level the template level was re-based to. Only an
 * unambiguous match counts, so we never guess between two candidates.
 */
function counterpart(templateRoleId: string, r: Resolver): Role | undefined {
  const role = r.template.index.roles.get(templateRoleId);
  const kind = role && r.template.index.tracks.get(role.trackId)?.kind;
  const level = role && r.plan.get(role.levelId);
  if (!role || !kind || !level) return undefined;
  const matches = r.target.tracks.filter((t) => t.kind === kind).flatMap((t) => t.roles.filter((x) => x.levelId === level));
  return matches.length === 1 ? matches[0] : undefined;
}

function resolveRole(templateRoleId: string, r: Resolver): string | undefined {
  return r.imported.get(templateRoleId) ?? counterpart(templateRoleId, r)?.id;
}

/**
 * Adds one track of a built-in template to an existing framework. The template's levels are
 * re-based onto the user's levels (top to top, or by an explicit level map), role and track ids
 * that would collide get a numeric suffix and every reference to them follows, dimensions the
 * user lacks are brought over, and the template's moves come along wherever both ends exist. The
 * additions are inserted into the user's text, so their comments and formatting survive. It
 * never throws: unusable input yields diagnostics and no text.
 */
export function importTrack(targetText: string, templateName: string, trackId: string, options: ImportTrackOptions = {}): ImportResult {
  const notes: string[] = [];
  const text = typeof targetText === 'string' ? targetText : '';
  // The byte-order mark is set aside while working and put back on the result.
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const source = text.slice(bom.length);
  const templateSource = templateText(templateName);
  if (templateSource === undefined) {
    const names = templateNames();
    return {
      notes,
      diagnostics: [importProblem('import/unknown-template', `There is no template called "${templateName}". Available templates: ${listWords(names)}.`, suggest(templateName, names))],
    };
  }

  const checked = checkFramework(source);
  const blocking = checked.diagnostics.filter((d) => d.code.startsWith('yaml/') && d.severity === 'error');
  if (blocking.length > 0) return { notes, diagnostics: blocking };
  const doc = parseDocument(source, { logLevel: 'silent' });
  const targetData = doc.toJS({ maxAliasCount: 1000 }) as unknown;
  if (!isDict(targetData)) {
    return { notes, diagnostics: [importProblem('import/not-a-framework', 'This file does not contain a framework: it should be a YAML mapping with levels, dimensions and tracks.')] };
  }
  // The import appends to these lists, so each must be a list, or empty, or not there yet.
  for (const key of ['dimensions', 'tracks', 'moves'] as const) {
    const node: unknown = doc.get(key, true);
    if (node === undefined || node === null || isSeq(node) || (isScalar(node) && node.value === null)) continue;
    return {
      notes,
      diagnostics: [
        importProblem(
          'import/not-a-list',
          `\`${key}\` in your framework is not written as a list, so the imported track cannot be added to it. Make it a list (or remove it) and import again.`,
        ),
      ],
    };
  }
  const target = checked.framework;
  if (target.levels.length === 0) {
    return { notes, diagnostics: [importProblem('import/no-levels', 'Your framework has no levels yet, so there is nowhere to place the imported roles. Add your levels first.')] };
  }

  const templateData = parse(templateSource) as Dict;
  const template = buildFramework(templateData);
  const templateTrackIndex = asList(templateData.tracks).findIndex((t) => isDict(t) && t.id === trackId);
  const rawTrack = asList(templateData.tracks)[templateTrackIndex];
  const track = template.index.tracks.get(trackId);
  if (!isDict(rawTrack) || !track) {
    const ids = template.tracks.map((t) => t.id);
    return {
      notes,
      diagnostics: [
        importProblem('import/unknown-track', `The "${templateName}" template has no track "${trackId}". Its tracks are ${listWords(ids)}.`, suggest(trackId, ids)),
      ],
    };
  }

  const { plan, problems, anchored } = planLevels(
    template.levels.map((l) => l.id),
    target.levels.map((l) => l.id),
    options.levelMap,
  );
  if (problems.length > 0) return { notes, diagnostics: problems };

  const rawRoles = asList(rawTrack.roles).filter(isDict);
  const placements = [...new Set(rawRoles.map((raw) => asText(raw.level) ?? ''))].map((l) => `${l} → ${plan.get(l) ?? '(no level)'}`);
  notes.push(`${anchored ? 'Placed the template levels as mapped' : "Lined the template's ladder up with yours from the top"}: ${placements.join(', ')}.`);
  const kept = rawRoles.filter((raw) => plan.get(asText(raw.level) ?? '') !== undefined);
  const dropped = rawRoles.filter((raw) => !kept.includes(raw)).map((raw) => `${asText(raw.title) ?? asText(raw.id)} (${asText(raw.level)})`);
  if (kept.length === 0) {
    return {
      notes,
      diagnostics: [
        importProblem(
          'import/no-room',
          `None of the roles of track "${trackId}" fit on your levels. Map the template's levels onto yours explicitly, for example --map ${track.roles[0]?.levelId ?? 'L1'}=${target.levels[0]?.id ?? 'L1'}.`,
        ),
      ],
    };
  }
  if (dropped.length > 0) notes.push(`Left out ${listWords(dropped)}: your ladder has no level for them. Add levels or pass a level map to bring them in.`);
  const usedLevels = kept.map((raw) => plan.get(asText(raw.level) ?? '') ?? '');
  const doubled = usedLevels.filter((l, i) => usedLevels.indexOf(l) !== i);
  if (doubled.length > 0) {
    return {
      notes,
      diagnostics: [importProblem('import/level-collision', `The level map puts several roles of this track on ${listWords([...new Set(doubled)])}. Each role of a track needs its own level.`)],
    };
  }

  // Dimensions: reuse the user's by id, then by name; bring over the rest.
  const dimensionIds = new Map<string, string>();
  const addedDimensions: Dict[] = [];
  const rawDimensions = new Map(asList(templateData.dimensions).filter(isDict).map((d) => [asText(d.id) ?? '', d] as const));
  for (const id of track.dimensionIds) {
    const byName = target.dimensions.find((d) => d.name.trim().toLowerCase() === template.index.dimensions.get(id)?.name.trim().toLowerCase());
    if (target.index.dimensions.has(id)) dimensionIds.set(id, id);
    else if (byName) {
      dimensionIds.set(id, byName.id);
      notes.push(`Used your dimension "${byName.id}" for the template's "${id}" (both are called "${byName.name}").`);
    } else {
      dimensionIds.set(id, id);
      const raw = rawDimensions.get(id);
      if (raw) addedDimensions.push(raw);
    }
  }
  if (addedDimensions.length > 0) {
    notes.push(`Added the dimension${addedDimensions.length > 1 ? 's' : ''} ${listWords(addedDimensions.map((d) => `"${asText(d.name)}"`))} from the template.`);
  }
  const finalDimensionIds = [...target.dimensions.map((d) => d.id), ...addedDimensions.map((d) => asText(d.id) ?? '')];

  // Ids: role ids are unique across the framework, track ids across tracks.
  const takenRoles = new Set(target.tracks.flatMap((t) => t.roles.map((r) => r.id)));
  const imported = new Map<string, string>();
  const renamed: string[] = [];
  for (const raw of kept) {
    const id = asText(raw.id) ?? '';
    const fresh = freshId(id, takenRoles);
    imported.set(id, fresh);
    if (fresh !== id) renamed.push(`${id} → ${fresh}`);
  }
  if (renamed.length > 0) notes.push(`Renamed roles whose ids you already use: ${renamed.join(', ')}.`);
  const newTrackId = freshId(trackId, new Set(target.tracks.map((t) => t.id)));
  if (newTrackId !== trackId) notes.push(`Your framework already has a track "${trackId}", so the imported one is "${newTrackId}".`);

  const resolver: Resolver = { imported, template, target, plan };
  // The proficiency steps roles may use in the target: its own scale, or the default one.
  const targetSteps = new Set(target.proficiency.map((step) => step.id));
  const droppedSteps = new Set<string>();
  const roles = kept.map((raw) => {
    const role: Dict = {};
    for (const [key, value] of Object.entries(raw)) {
      if (key === 'id') role.id = imported.get(asText(value) ?? '');
      else if (key === 'level') role.level = plan.get(asText(value) ?? '');
      else if (key === 'equivalent') {
        const twin = resolveRole(asText(value) ?? '', resolver);
        if (twin) {
          role.equivalent = twin;
          if (!imported.has(asText(value) ?? '')) notes.push(`Made "${role.id}" the equivalent of your role "${twin}", which sits where the template's "${asText(value)}" would.`);
        } else {
          notes.push(`Dropped "equivalent: ${asText(value)}" from "${role.id}": that role is not in your framework. Roles on the same level are treated as twins.`);
        }
      } else if (key === 'expectations' && isDict(value)) {
        role.expectations = Object.fromEntries(Object.entries(value).map(([dim, bullets]) => [dimensionIds.get(dim) ?? dim, bullets]));
      } else if (key === 'proficiency' && isDict(value)) {
        // Steps follow the dimensions the track brings; a step of another scale than yours is left out.
        const steps = Object.entries(value).filter(([dim, step]) => dimensionIds.has(dim) && targetSteps.has(asText(step) ?? ''));
        if (steps.length > 0) role.proficiency = Object.fromEntries(steps.map(([dim, step]) => [dimensionIds.get(dim) ?? dim, step]));
        if (steps.length < Object.keys(value).length) droppedSteps.add(asText(raw.id) ?? '');
      } else role[key] = value;
    }
    return role;
  });

  if (droppedSteps.size > 0) notes.push(`Left out proficiency steps of ${listWords([...droppedSteps].map((id) => `"${imported.get(id) ?? id}"`))} that name dimensions this track does not bring or steps your scale does not have.`);
  const newTrack: Dict = {};
  for (const [key, value] of Object.entries(rawTrack)) {
    if (key === 'id') newTrack.id = newTrackId;
    else if (key === 'dimensions' || key === 'roles') continue;
    else newTrack[key] = value;
  }
  const trackDimensions = track.dimensionIds.map((id) => dimensionIds.get(id) ?? id);
  const coversAll = finalDimensionIds.length === trackDimensions.length && finalDimensionIds.every((id) => trackDimensions.includes(id));
  if (!coversAll) newTrack.dimensions = trackDimensions;
  newTrack.roles = roles;

  // Moves that touch the imported roles, with their other end found in the user's framework.
  const existingMoves = new Set(target.moves.map((m) => `${m.from}>${m.to}>${m.kind}`));
  const moves: Dict[] = [];
  const skippedMoves: string[] = [];
  for (const raw of asList(templateData.moves).filter(isDict)) {
    const from = asText(raw.from) ?? '';
    const to = asText(raw.to) ?? '';
    if (!imported.has(from) && !imported.has(to)) continue;
    const newFrom = resolveRole(from, resolver);
    const newTo = resolveRole(to, resolver);
    if (!newFrom || !newTo) {
      skippedMoves.push(`${from} → ${to}`);
      continue;
    }
    const key = `${newFrom}>${newTo}>${asText(raw.kind)}`;
    if (existingMoves.has(key)) continue;
    existingMoves.add(key);
    moves.push({ ...raw, from: newFrom, to: newTo });
  }
  if (moves.length > 0) notes.push(`Added ${moves.length} move${moves.length > 1 ? 's' : ''} from the template: ${moves.map((m) => `${asText(m.from)} → ${asText(m.to)} (${asText(m.kind)})`).join(', ')}.`);
  if (skippedMoves.length > 0) notes.push(`Skipped template moves with no matching role in your framework: ${skippedMoves.join(', ')}.`);

  // New dimensions would otherwise apply to every existing track and leave its roles short of
  // bullets, so tracks that relied on "all dimensions" get the list they had before.
  // (A framework with no dimensions yet has nothing to pin.)
  const written = writeTrackAddition(source, doc, {
    dimensions: addedDimensions,
    ...(addedDimensions.length > 0 && target.dimensions.length > 0 ? { pinDimensions: target.dimensions.map((d) => d.id) } : {}),
    track: newTrack,
    comment: ` Imported from the "${templateName}" template (track "${trackId}") by rungs import-track.`,
    moves,
  });
  const { pinned } = written;
  if (pinned.length > 0) notes.push(`Listed your current dimensions on track${pinned.length > 1 ? 's' : ''} ${listWords(pinned)}, so the new dimensions apply only to the imported track.`);
  return { text: bom + written.text, notes, diagnostics: checkFramework(written.text).diagnostics };
}

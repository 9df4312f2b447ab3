import { parse } from 'yaml';
import { checkFramework } from '../check.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { buildFramework } from '../model/build.ts';
import { templateText } from '../templates/index.ts';
import type { ImportResult } from './common.ts';
import { importTrack, planLevels } from './track.ts';

/** One template level of the track being added, and where it would land. */
export interface TrackPreviewRow {
  templateLevel: string;
  /** Titles of the track's roles on that template level. */
  roles: string[];
  /** Your level it lands on; undefined when it falls off your ladder (the roles are left out). */
  target?: string;
  /** True when the user chose this row's level; the others follow the nearest chosen one (or the top-to-top default). */
  chosen: boolean;
  /**
   * Titles of the roles of yours the row's roles would be twins of (equal in seniority and pay):
   * explicit equivalents the import sets, else your other tracks' roles on the same level.
   */
  twins: string[];
}

export interface TrackPreview {
  rows: TrackPreviewRow[];
  /** Your level ids, lowest first, to choose from. */
  yourLevels: string[];
  /** What adding the track with this map gives (no text when it cannot be done). */
  result: ImportResult;
  /** Errors and warnings the framework would have after the import that it does not have now. */
  newProblems: Diagnostic[];
  /**
   * Your levels the track's roles would be the only roles on: the import gives them a meaning the
   * rest of your ladder does not confirm, so they deserve a look before applying.
   */
  unstaffedLevels: string[];
}

/**
 * What `importTrack` would do with a level map, before it is applied: which template level lands
 * on which of yours (as the CLI's `--map T=L` sets), the result, and the problems it would add.
 * Undefined when the template or track does not exist.
 */
export function previewTrackImport(targetText: string, templateName: string, trackId: string, levelMap: Record<string, string> = {}): TrackPreview | undefined {
  const templateSource = templateText(templateName);
  if (templateSource === undefined) return undefined;
  const template = buildFramework(parse(templateSource) as Record<string, unknown>);
  const track = template.index.tracks.get(trackId);
  if (!track) return undefined;
  const current = checkFramework(targetText);
  const yourLevels = current.framework.levels.map((l) => l.id);
  const mapped = Object.fromEntries(Object.entries(levelMap).filter(([from, to]) => template.index.levels.has(from) && yourLevels.includes(to)));
  const { plan } = planLevels(
    template.levels.map((l) => l.id),
    yourLevels,
    mapped,
  );
  const result = importTrack(targetText, templateName, trackId, Object.keys(mapped).length > 0 ? { levelMap: mapped } : {});
  const after = result.text === undefined ? undefined : checkFramework(result.text);
  const twinsOf = (level: string | undefined): string[] => {
    if (!after || level === undefined) return [];
    const existing = new Set(current.framework.tracks.map((t) => t.id));
    const added = after.framework.tracks.filter((t) => !existing.has(t.id)).flatMap((t) => t.roles.filter((r) => r.levelId === level));
    const explicit = added.map((r) => r.equivalent).filter((id): id is string => id !== undefined);
    const yours = current.framework.tracks.flatMap((t) => t.roles);
    const twins = explicit.length > 0 ? yours.filter((r) => explicit.includes(r.id)) : yours.filter((r) => r.levelId === level);
    return twins.map((r) => r.title || r.id);
  };
  const rows: TrackPreviewRow[] = template.levels
    .map((level) => ({
      templateLevel: level.id,
      roles: track.roles.filter((r) => r.levelId === level.id).map((r) => r.title || r.id),
      target: plan.get(level.id),
      chosen: level.id in mapped,
      twins: twinsOf(plan.get(level.id)),
    }))
    .filter((row) => row.roles.length > 0);

  const before = new Set(current.diagnostics.map((d) => `${d.code}|${d.message}`));
  const newProblems = (after?.diagnostics ?? []).filter((d) => d.severity !== 'info' && !before.has(`${d.code}|${d.message}`));
  const staffed = new Set(current.framework.tracks.flatMap((t) => t.roles.map((r) => r.levelId)));
  const unstaffedLevels = [...new Set(rows.map((r) => r.target).filter((l): l is string => l !== undefined && !staffed.has(l)))];
  return { rows, yourLevels, result, newProblems, unstaffedLevels };
}

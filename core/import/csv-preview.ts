import { checkFramework } from '../check.ts';
import type { ImportResult } from './common.ts';
import { importCsv } from './csv.ts';

/** What a CSV import would create, for the studio to show before anything is written. */
export interface CsvImportPreview {
  result: ImportResult;
  tracks: { name: string; kind: string; roles: { title: string; level: string }[] }[];
  /** Level ids from the most junior, with the column title each came from. */
  levels: { id: string; name?: string }[];
  /** Roles joined as twins (a manager variant and its individual-contributor column). */
  twins: { level: string; roles: string[] }[];
}

/**
 * Runs the CSV import without writing anything and describes its outcome: the tracks with their
 * roles, the levels, and the twins it joined. The studio's Import CSV step shows this so the
 * user can check the reading of the spreadsheet and name the framework first.
 */
export function previewCsvImport(csvText: string, name: string): CsvImportPreview {
  const result = importCsv(csvText, { name });
  if (result.text === undefined) return { result, tracks: [], levels: [], twins: [] };
  const { framework } = checkFramework(result.text);
  const titleOf = (id: string): string => framework.index.roles.get(id)?.title ?? id;
  return {
    result,
    tracks: framework.tracks.map((t) => ({ name: t.name, kind: t.kind, roles: t.roles.map((r) => ({ title: r.title, level: r.levelId })) })),
    levels: framework.levels.map((l) => (l.name ? { id: l.id, name: l.name } : { id: l.id })),
    twins: framework.tracks.flatMap((t) => t.roles.filter((r) => r.equivalent !== undefined).map((r) => ({ level: r.levelId, roles: [titleOf(r.equivalent ?? ''), r.title] }))),
  };
}

import type { ParsedDocument } from '../parse.ts';
import { pointerOf, pointerSegments, rangeOf, type RangeTarget } from '../positions.ts';
import type { Located } from '../analyze/index.ts';

/** The lists a library shares; everything else comes from the including file alone. */
export const sharedLists = ['dimensions', 'levels', 'proficiency'] as const;

/** One file's part of the merged data: `file` is absent for the including file itself. */
export interface Source {
  file?: string;
  parsed: ParsedDocument;
}

/** A stretch of one merged list that came from one file. */
interface Stretch {
  source: Source;
  /** Index of the stretch's first entry in the merged list. */
  start: number;
  length: number;
}

/** The data of a framework with its libraries' entries in front, and how to find each entry's own file and place. */
export interface Merged {
  data: unknown;
  locate(pointer: string, target: RangeTarget): Located;
  /** Which file defines each merged entry: list name → index → file (absent for the including file). */
  fileOf(list: (typeof sharedLists)[number], index: number): string | undefined;
}

function recordOf(data: unknown): Record<string, unknown> | undefined {
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
}

/**
 * Merges the shared lists in order: each library's entries (in include order), then the file's
 * own. Nothing is dropped, so a repeated id stays visible to the id rule, which then names both
 * places through `locate`.
 */
export function mergeSources(main: Source, libraries: readonly Source[]): Merged {
  const mainData = recordOf(main.parsed.data) ?? {};
  const data: Record<string, unknown> = { ...mainData };
  const stretches = new Map<string, Stretch[]>();
  for (const list of sharedLists) {
    const merged: unknown[] = [];
    const parts: Stretch[] = [];
    for (const source of [...libraries, main]) {
      const entries = recordOf(source.parsed.data)?.[list];
      if (!Array.isArray(entries)) continue;
      parts.push({ source, start: merged.length, length: entries.length });
      merged.push(...entries);
    }
    if (parts.length === 0) continue;
    data[list] = merged;
    stretches.set(list, parts);
  }

  const stretchAt = (list: string, index: number): Stretch | undefined =>
    stretches.get(list)?.find((s) => index >= s.start && index < s.start + s.length);

  return {
    data,
    locate(pointer, target) {
      const [list, indexText, ...rest] = pointerSegments(pointer);
      const stretch = list !== undefined && indexText !== undefined && /^\d+$/.test(indexText) ? stretchAt(list, Number(indexText)) : undefined;
      if (!stretch || list === undefined) return { path: pointer, ...rangeOf(main.parsed, pointer, target) };
      const local = pointerOf(list, Number(indexText) - stretch.start, ...rest);
      return { ...(stretch.source.file !== undefined ? { file: stretch.source.file } : {}), path: local, ...rangeOf(stretch.source.parsed, local, target) };
    },
    fileOf(list, index) {
      return stretchAt(list, index)?.source.file;
    },
  };
}

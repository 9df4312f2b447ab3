import { commands, isEnabled, type CommandId, type CommandSpec, type CommandState } from '../../host-api/commands.ts';
import { commandShortcutLabel, type KeyContext } from '../shell/shortcuts.ts';
import { fuzzyMatch } from './fuzzy-match.ts';

export interface PaletteItem {
  id: CommandId;
  title: string;
  category: string;
  shortcut: string;
  enabled: boolean;
  /** Matched positions in `title`, for highlighting. */
  highlights: number[];
}

/**
 * The palette's list for a query: every palette command whose title (or category and title, as
 * in "file save") fuzzily matches, best first; table order for an empty query and for ties.
 */
export function paletteItems(query: string, state: CommandState, keys: KeyContext): PaletteItem[] {
  const scored: { spec: CommandSpec; score: number; highlights: number[]; order: number }[] = [];
  commands.forEach((spec, order) => {
    if (spec.places.palette === false) return;
    const onTitle = fuzzyMatch(query, spec.title);
    const withCategory = fuzzyMatch(query, `${spec.category} ${spec.title}`);
    if (!onTitle && !withCategory) return;
    // The title alone wins when it matches: its highlights then land on what is shown.
    const score = Math.max(onTitle?.score ?? -Infinity, (withCategory?.score ?? -Infinity) - 1);
    const offset = spec.category.length + 1;
    const highlights = onTitle ? onTitle.indices : (withCategory?.indices ?? []).filter((i) => i >= offset).map((i) => i - offset);
    scored.push({ spec, score, highlights, order });
  });
  if (query.trim() !== '') scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map(({ spec, highlights }) => ({
    id: spec.id,
    title: spec.title,
    category: spec.category,
    shortcut: commandShortcutLabel(spec.id, keys),
    enabled: isEnabled(spec, state),
    highlights,
  }));
}

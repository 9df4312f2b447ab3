import type { RenderOptions } from './options.ts';
import { trackDimensionIds } from './dimensions.ts';
import { selectTracks } from './select.ts';
import type { Framework } from '../model/index.ts';

export const csvHeader = ['Track', 'Track ID', 'Level', 'Role', 'Role ID', 'Dimension', 'Dimension ID', 'Kind', 'Expectation', 'Proficiency'] as const;

/**
 * A spreadsheet program runs a cell that starts with = + - @ (or a tab or carriage return) as a
 * formula; a leading apostrophe makes it plain text, as OWASP advises for CSV exports.
 */
function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function field(value: string): string {
  const v = neutralise(value);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * Renders one row per role and dimension (track, level, role, dimension, kind and the
 * expectation bullets, one per line inside the cell, and the proficiency step the role needs
 * there, by name), for spreadsheets. RFC 4180: comma
 * separated, CRLF line ends, quotes doubled; a UTF-8 byte-order mark so Excel reads accents.
 */
export function renderCsv(framework: Framework, options: RenderOptions = {}): string {
  const f = selectTracks(framework, options.tracks);
  const rows: string[] = [csvHeader.join(',')];
  const stepName = new Map<string, string>();
  for (const step of f.proficiency) if (!stepName.has(step.id)) stepName.set(step.id, step.name);
  for (const track of f.tracks) {
    const roles = [...track.roles].sort((a, b) => a.levelRank - b.levelRank);
    const dimIds = trackDimensionIds(f, track);
    for (const role of roles) {
      const byDim = new Map(role.expectations.map((x) => [x.dimensionId, x.bullets]));
      for (const id of dimIds.filter((d) => track.dimensionIds.includes(d) || byDim.has(d))) {
        const dimension = f.index.dimensions.get(id);
        const bullets = byDim.get(id) ?? [];
        rows.push(
          [track.name, track.id, role.levelId, role.title, role.id, dimension?.name ?? id, id, dimension?.kind ?? '', bullets.join('\n'), stepName.get(role.proficiency[id] ?? '') ?? role.proficiency[id] ?? '']
            .map(field)
            .join(','),
        );
      }
    }
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

import type { ParityRow } from './parity.ts';
import { twinsOf } from '../model/index.ts';
import type { Framework, Role } from '../model/index.ts';

/** How one row of the parity table shows its twins. */
export interface ParityRowLinks {
  /** Per cell, the classes of the line drawn through it: join-prev, join-next, join-through. */
  joins: string[][];
  /** Twins a line cannot show (another track's roles sit between them), by role id. */
  unlinked: Map<string, Role[]>;
}

/**
 * The lines that join twins in one row of the parity table. A line joins two cells only when a
 * role in one is a twin (declared or derived) of a role in the other and every cell between them
 * is empty, so a line never runs behind another role's chip and never joins roles that are not
 * twins. Twin pairs that no chain of lines connects are returned, to be named in words instead.
 */
export function parityRowLinks(framework: Framework, row: ParityRow): ParityRowLinks {
  const column = new Map<string, number>();
  row.cells.forEach((roles, i) => {
    for (const role of roles) column.set(role.id, i);
  });
  const twins = new Map<string, Role[]>();
  for (const roles of row.cells) {
    for (const role of roles) {
      const same = twinsOf(framework, role.id).filter((t) => t.levelId === row.level.id && column.has(t.id) && column.get(t.id) !== column.get(role.id));
      if (same.length > 0) twins.set(role.id, same);
    }
  }
  const joins: string[][] = row.cells.map(() => []);
  // Cells joined by lines, as a union-find over column indexes.
  const parent = row.cells.map((_, i) => i);
  const find = (i: number): number => {
    let j = i;
    while (parent[j] !== j) j = parent[j] ?? j;
    return j;
  };
  const occupied = row.cells.map((roles) => roles.length > 0);
  for (let i = 0; i < row.cells.length; i += 1) {
    if (!occupied[i]) continue;
    let j = i + 1;
    while (j < row.cells.length && !occupied[j]) j += 1;
    if (j >= row.cells.length) break;
    const linked = (row.cells[i] ?? []).some((role) => (twins.get(role.id) ?? []).some((t) => column.get(t.id) === j));
    if (!linked) continue;
    joins[i]?.push('join-next');
    joins[j]?.push('join-prev');
    for (let k = i + 1; k < j; k += 1) joins[k]?.push('join-through');
    parent[find(i)] = find(j);
  }
  const unlinked = new Map<string, Role[]>();
  for (const [id, list] of twins) {
    const own = column.get(id) ?? -1;
    const missing = list.filter((t) => find(column.get(t.id) ?? -1) !== find(own));
    if (missing.length > 0) unlinked.set(id, missing);
  }
  return { joins, unlinked };
}

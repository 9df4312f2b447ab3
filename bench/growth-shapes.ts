/**
 * Two extreme framework shapes for measuring how work grows with the number of roles:
 * - `grid`: many tracks × many levels (20 levels; IC and management tracks in pairs, every
 *   manager naming the IC role on its level as `equivalent`);
 * - `one-level`: thousands of roles on a single level, half on an IC track and half on a
 *   management track, each manager naming one IC role as `equivalent`.
 * Both validate without errors, and both keep every role's twin list short, so the exports'
 * own size is linear in the number of roles: any faster growth is work, not output.
 */

/** The shapes `growthFramework` writes. */
export type GrowthShape = 'grid' | 'one-level';

export const GROWTH_SHAPES: readonly GrowthShape[] = ['grid', 'one-level'];

const GRID_LEVELS = 20;

function role(out: string[], id: string, level: string, dimension: string, equivalent?: string): void {
  out.push(`      - id: ${id}`);
  out.push(`        title: Role ${id}`);
  out.push(`        level: ${level}`);
  if (equivalent) out.push(`        equivalent: ${equivalent}`);
  out.push('        expectations:');
  out.push(`          ${dimension}:`);
  out.push(`            - Delivers the work of ${id} at level ${level} and explains it.`);
}

/** A framework of `roles` roles (rounded down to an even number, or to whole track pairs for `grid`). */
export function growthFramework(shape: GrowthShape, roles: number): string {
  const out: string[] = ['rungs: 1', `name: Growth benchmark (${shape}, ${roles} roles)`, 'dimensions:', '  - { id: craft, name: Craft, kind: hard }', 'levels:'];
  const levels = shape === 'grid' ? GRID_LEVELS : 1;
  for (let l = 1; l <= levels; l += 1) out.push(`  - id: L${l}`);
  out.push('tracks:');
  const pairs = shape === 'grid' ? Math.max(1, Math.floor(roles / (2 * GRID_LEVELS))) : 1;
  const perTrack = shape === 'grid' ? GRID_LEVELS : Math.max(1, Math.floor(roles / 2));
  for (let p = 0; p < pairs; p += 1) {
    for (const kind of ['ic', 'management'] as const) {
      out.push(`  - id: ${kind}-${p}`, `    name: ${kind === 'ic' ? 'Engineering' : 'Management'} ${p}`, `    kind: ${kind}`, '    roles:');
      for (let r = 0; r < perTrack; r += 1) {
        const level = shape === 'grid' ? `L${r + 1}` : 'L1';
        role(out, `${kind}-${p}-${r}`, level, 'craft', kind === 'management' ? `ic-${p}-${r}` : undefined);
      }
    }
  }
  return `${out.join('\n')}\n`;
}

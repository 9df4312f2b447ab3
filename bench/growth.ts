/**
 * How work grows with the number of roles: checks and exports 2,000 and 20,000 roles in both
 * shapes of growth-shapes.ts and reports each 10× step as a time factor. Linear work gives about
 * 10×; the target is at most 13×.
 */
import { checkFramework } from '../core/check.ts';
import { renderExport, textExportFormats, type TextExportFormat } from '../core/render/index.ts';
import { GROWTH_SHAPES, growthFramework, type GrowthShape } from './growth-shapes.ts';
import { measure, type Timing } from './stats.ts';

/** Role counts compared: the second is ten times the first. */
export const GROWTH_ROLES = [2_000, 20_000] as const;

/** The growth limit the issue sets for 10× the roles. */
export const GROWTH_LIMIT = 13;

export interface GrowthResult {
  shape: GrowthShape;
  /** Per role count: bytes of YAML and the median of each measure. */
  runs: { roles: number; bytes: number; timings: Record<string, Timing> }[];
  /** Time at 20,000 roles over time at 2,000, per measure (`check`, `html`, `md`, `csv`, `json`). */
  factors: Record<string, number>;
}

/** Measures both shapes; `runs` samples per measure (after one warm-up). */
export async function benchGrowth(runs: number, log: (line: string) => void): Promise<GrowthResult[]> {
  const results: GrowthResult[] = [];
  for (const shape of GROWTH_SHAPES) {
    const result: GrowthResult = { shape, runs: [], factors: {} };
    for (const roles of GROWTH_ROLES) {
      const text = growthFramework(shape, roles);
      log(`growth: ${shape}, ${roles} roles (${Math.round(text.length / 1000)} KB)`);
      const timings: Record<string, Timing> = {};
      timings.check = await measure(runs, 1, () => checkFramework(text));
      const { framework } = checkFramework(text);
      for (const format of textExportFormats) timings[format] = await measure(runs, 1, () => renderExport(format as TextExportFormat, framework));
      result.runs.push({ roles, bytes: text.length, timings });
    }
    const [small, large] = result.runs;
    if (small && large) {
      for (const key of Object.keys(small.timings)) result.factors[key] = (large.timings[key]?.median ?? Number.NaN) / (small.timings[key]?.median ?? Number.NaN);
    }
    results.push(result);
  }
  return results;
}

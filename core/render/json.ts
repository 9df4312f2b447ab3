import type { RenderOptions } from './options.ts';
import { selectTracks } from './select.ts';
import type { Framework } from '../model/index.ts';

/** Where the format's JSON Schema lives; the `$id` of schemas/framework.schema.json. */
export const schemaUrl = 'https://rungs.dev/schemas/framework.schema.json';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function put(target: { [key: string]: Json }, key: string, value: Json | undefined): void {
  if (value !== undefined) target[key] = value;
}

/**
 * Renders the normalised framework as JSON in the Rungs file format itself (so it validates
 * against the schema and re-imports to the same model), with a `$schema` pointer for other
 * editors. Fields appear in a fixed order and defaults are written out: every dimension has a
 * name and kind, every role its expectations in dimension order. A track lists `dimensions` only
 * when it uses a subset. Equivalents pointing outside the exported tracks are dropped.
 */
export function renderJson(framework: Framework, options: RenderOptions = {}): string {
  const f = selectTracks(framework, options.tracks);
  const allDimensions = f.dimensions.map((d) => d.id);
  const doc: { [key: string]: Json } = { $schema: schemaUrl, rungs: 1, name: f.name };
  put(doc, 'organization', f.organization);
  put(doc, 'version', f.version);
  put(doc, 'description', f.description);
  if (f.proficiencyDeclared) {
    doc.proficiency = f.proficiency.map((step) => {
      const out: { [key: string]: Json } = { id: step.id, name: step.name };
      put(out, 'description', step.description);
      return out;
    });
  }
  doc.dimensions = f.dimensions.map((d) => {
    const out: { [key: string]: Json } = { id: d.id, name: d.name, kind: d.kind };
    put(out, 'description', d.description);
    return out;
  });
  doc.levels = f.levels.map((l) => {
    const out: { [key: string]: Json } = { id: l.id };
    put(out, 'name', l.name);
    put(out, 'description', l.description);
    if (l.band) {
      const band: { [key: string]: Json } = { min: l.band.min, max: l.band.max };
      put(band, 'currency', l.band.currency);
      out.band = band;
    }
    return out;
  });
  doc.tracks = f.tracks.map((t) => {
    const out: { [key: string]: Json } = { id: t.id, name: t.name, kind: t.kind };
    put(out, 'description', t.description);
    const subset = t.dimensionIds.length !== allDimensions.length || t.dimensionIds.some((id, i) => id !== allDimensions[i]);
    if (subset || t.dimensionFrom) out.dimensions = t.dimensionIds.map((id) => (t.dimensionFrom?.[id] !== undefined ? { id, from: t.dimensionFrom[id] } : id));
    out.roles = t.roles.map((r) => {
      const role: { [key: string]: Json } = { id: r.id, title: r.title, level: r.levelId };
      put(role, 'summary', r.summary);
      put(role, 'scope', r.scope);
      put(role, 'years', r.years);
      if (r.equivalent !== undefined && f.index.roles.has(r.equivalent)) role.equivalent = r.equivalent;
      if (r.previousIds) role['previous-ids'] = [...r.previousIds];
      if (Object.keys(r.proficiency).length > 0) {
        const steps: { [key: string]: Json } = {};
        for (const [dimensionId, stepId] of Object.entries(r.proficiency)) Object.defineProperty(steps, dimensionId, { value: stepId, enumerable: true, writable: true, configurable: true });
        role.proficiency = steps;
      }
      if (r.mapPosition) role.map = { x: r.mapPosition.x, y: r.mapPosition.y };
      const expectations: { [key: string]: Json } = {};
      for (const x of r.expectations) {
        // defineProperty, not assignment: a dimension id such as "__proto__" must stay a plain key.
        Object.defineProperty(expectations, x.dimensionId, { value: [...x.bullets], enumerable: true, writable: true, configurable: true });
      }
      role.expectations = expectations;
      return role;
    });
    return out;
  });
  if (f.moves.length > 0) {
    doc.moves = f.moves.map((m) => {
      const out: { [key: string]: Json } = { from: m.from, to: m.to, kind: m.kind };
      put(out, 'note', m.note);
      return out;
    });
  }
  if (f.mappings.length > 0) {
    doc.mappings = f.mappings.map((m) => {
      const levels: { [key: string]: Json } = {};
      for (const [k, v] of Object.entries(m.levels)) Object.defineProperty(levels, k, { value: v, enumerable: true, writable: true, configurable: true });
      const out: { [key: string]: Json } = { company: m.company, levels };
      put(out, 'note', m.note);
      return out;
    });
  }
  return `${JSON.stringify(doc, null, 2)}\n`;
}

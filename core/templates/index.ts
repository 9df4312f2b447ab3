import { parse } from 'yaml';
import { buildFramework } from '../model/build.ts';
import type { TrackKind } from '../model/types.ts';
import { catalog } from './catalog.ts';
import { templateTexts } from './templates.generated.ts';

/** One track of a template, as the gallery summarises it. */
export interface TemplateTrackInfo {
  id: string;
  name: string;
  kind: TrackKind;
  /** How many roles the track has. */
  roles: number;
}

/** What the gallery and `rungs templates` show about a built-in template. */
export interface TemplateInfo {
  /** Stable name used by `rungs new --template <name>`. */
  name: string;
  title: string;
  /** One line, for a gallery card or a table row. */
  description: string;
  tracks: TemplateTrackInfo[];
  levelCount: number;
}

let cached: TemplateInfo[] | undefined;

/**
 * Lists the built-in templates in gallery order, with their tracks and number of levels read
 * from the template texts themselves. Each call returns fresh copies, so callers may mutate them.
 */
export function listTemplates(): TemplateInfo[] {
  cached ??= catalog.flatMap((entry) => {
    const text = templateTexts[entry.name];
    if (text === undefined) return [];
    const framework = buildFramework(parse(text));
    return [
      {
        name: entry.name,
        title: entry.title,
        description: entry.description,
        tracks: framework.tracks.map((t) => ({ id: t.id, name: t.name, kind: t.kind, roles: t.roles.length })),
        levelCount: framework.levels.length,
      },
    ];
  });
  return cached.map((info) => ({ ...info, tracks: info.tracks.map((t) => ({ ...t })) }));
}

/**
 * Returns the YAML text of a built-in template, comments included, or `undefined` when no
 * template has that name.
 */
export function templateText(name: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(templateTexts, name) ? templateTexts[name] : undefined;
}

/** The names of all built-in templates, in gallery order, for messages like "try one of …". */
export function templateNames(): string[] {
  return catalog.map((entry) => entry.name).filter((name) => templateText(name) !== undefined);
}

import type { Framework, Role } from '../model/types.ts';
import { previousRole } from '../model/lookups.ts';
import { renderRadar } from './radar.ts';
import { mappableRoles, MAX_MAP_ROLES, renderSkillsMap } from './skills-map.ts';

/** A picture of the Markdown export: its file name (without the caller's prefix), text and SVG. */
export interface MarkdownPicture {
  file: string;
  alt: string;
  svg: string;
  /** The role whose section shows it; absent for the skills map. */
  roleId?: string;
}

/**
 * The pictures a Markdown export can carry: the skills map and one radar per role with a
 * proficiency (against the role below when it has one too). The CLI writes them beside the page,
 * or the page embeds them; both read this one list.
 */
export function markdownPictures(framework: Framework): MarkdownPicture[] {
  const pictures: MarkdownPicture[] = [];
  const count = mappableRoles(framework).length;
  const map = count > 0 && count <= MAX_MAP_ROLES ? renderSkillsMap(framework) : undefined;
  if (map) pictures.push({ file: 'skills-map.svg', alt: `Skills map of ${framework.name}`, svg: map });
  for (const role of framework.tracks.flatMap((t) => t.roles)) {
    const radar = roleRadar(framework, role);
    if (radar) pictures.push({ file: `radar-${role.id}.svg`, alt: `Proficiency of ${role.title}`, svg: radar, roleId: role.id });
  }
  return pictures;
}

function roleRadar(framework: Framework, role: Role): string | undefined {
  const below = previousRole(framework, role.id);
  const series = below && Object.keys(below.proficiency).length > 0 ? [{ role, label: role.title }, { role: below, label: `${below.title} (level below)` }] : [{ role, label: role.title }];
  return renderRadar(framework, series, `radar-${role.id}`);
}

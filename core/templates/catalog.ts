/**
 * Hand-written facts about each built-in template that cannot be read from the YAML itself: the
 * order the gallery shows them in, a short title and a one-line pitch. Tracks and levels are read
 * from the template text, so they can never disagree with it.
 */
export interface TemplateEntry {
  name: string;
  title: string;
  description: string;
}

export const catalog: readonly TemplateEntry[] = [
  {
    name: 'spotify-style-dual-track',
    title: 'Spotify-style dual track',
    description: 'Shared levels up to Senior Engineer II, then a technical track and a management track side by side.',
  },
  {
    name: 'big-tech',
    title: 'Big-tech ladder',
    description: 'Junior (L3) to Fellow (L10) and Engineering Manager to CTO, with pay bands and mappings to well-known companies.',
  },
  {
    name: 'startup',
    title: 'Startup (10-50 engineers)',
    description: 'Five levels, one engineering track and a tech lead / manager track, for a growing startup.',
  },
  {
    name: 'staff-archetypes',
    title: 'Staff archetypes',
    description: 'A shared ladder to Senior, then Staff and Principal split into tech lead, architect, solver and right hand.',
  },
  {
    name: 'multi-discipline',
    title: 'Multi-discipline',
    description: 'Engineering, management, product and SRE tracks on one scale, with lateral moves at the senior level.',
  },
];

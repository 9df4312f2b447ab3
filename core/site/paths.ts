/**
 * Where each page of a site lives. Every link is relative, so the site works from `file://`, from
 * a host's root and from any sub-path (GitHub Pages project sites, GitLab Pages).
 */

/** Folder names the site uses for itself, so no job family may take them. */
const RESERVED = new Set(['assets', 'changes', 'index.html']);

/** A lowercase URL segment; ids and file names keep letters, digits, dots, dashes and underscores. */
function segment(text: string, fallback: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return slug === '' ? fallback : slug;
}

/** `name`, or `name-2`, `name-3`… when taken (lowercase, so case-insensitive disks cannot merge two). */
function unique(wanted: string, taken: Set<string>): string {
  let slug = wanted;
  for (let n = 2; taken.has(slug); n += 1) slug = `${wanted}-${n}`;
  taken.add(slug);
  return slug;
}

/** Each framework's folder, from its file name (`backend.rungs.yaml` → `backend`), in input order. */
export function frameworkSlugs(files: readonly string[]): string[] {
  const taken = new Set(RESERVED);
  return files.map((file) => {
    const base = file.split(/[\\/]/).pop() ?? file;
    return unique(segment(base.replace(/\.ya?ml$/i, '').replace(/\.rungs$/i, ''), 'framework'), taken);
  });
}

/** Each role's folder inside its framework's, from its id. */
export function roleSlugs(roleIds: readonly string[]): Map<string, string> {
  const taken = new Set(['index.html']);
  return new Map(roleIds.map((id) => [id, unique(segment(id, 'role'), taken)]));
}

/** `../` repeated: the way back to the site's root from a page `depth` folders down. */
export function toRoot(depth: number): string {
  return '../'.repeat(depth);
}

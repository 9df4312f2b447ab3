import { existsSync } from 'node:fs';
import path from 'node:path';
import schema from '../schemas/framework.schema.json' with { type: 'json' };

/** Where `npm install rungs` puts the schema, relative to the project folder holding node_modules. */
export const installedSchemaPath = 'node_modules/rungs/schemas/framework.schema.json';

/** The schema's public address: its `$id`, the same URI the studio registers the schema under. */
export const publicSchemaUrl: string = schema.$id;

/** `https:`, `file:` and the like: written as given. A Windows drive (`C:`) is a path, not a scheme. */
function isUrl(value: string): boolean {
  return /^[a-z][a-z0-9+.-]+:/i.test(value);
}

/** yaml-language-server resolves a relative `$schema` against the file's folder, with `/` separators. */
function relativeTo(folder: string, target: string): string {
  const relative = path.relative(folder, target).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/**
 * What the `$schema` header of a new framework in `folder` should say. An explicit `--schema` URL
 * is kept; an explicit path (relative to the current directory) is rewritten relative to the
 * file, since that is how editors resolve it. Without one, the schema a project installed with
 * `npm install rungs` is used when `folder` or a folder above it has it: a relative path works
 * offline and for everyone who clones the repository and installs. Otherwise the public `$id`
 * URL, the only reference that does not depend on where Rungs is installed.
 */
export function schemaReference(folder: string, explicit?: string): string {
  if (explicit !== undefined) return isUrl(explicit) ? explicit : relativeTo(folder, path.resolve(explicit));
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, installedSchemaPath);
    if (existsSync(candidate)) return relativeTo(folder, candidate);
    if (path.dirname(dir) === dir) return publicSchemaUrl;
  }
}

/** The first line of a new framework: the modeline VS Code's YAML extension (yaml-language-server) reads. */
export function schemaHeaderLine(reference: string): string {
  return `# yaml-language-server: $schema=${reference}`;
}

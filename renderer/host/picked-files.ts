import { kindFromTopLevelKeys } from '../../core/include/folder-search.ts';
import type { IncludedFile } from '../../host-api/api.ts';

/** A file the user picked or dropped: its name, its path inside a picked folder when the browser gives one, its text. */
export interface PickedFile {
  name: string;
  /** `webkitRelativePath` of a folder pick, else the name. */
  path: string;
  text: string;
}

const isYaml = (name: string) => /\.ya?ml$/i.test(name);
const isFramework = (text: string) => kindFromTopLevelKeys(text) === 'framework';
const folderOf = (file: string) => file.slice(0, file.lastIndexOf('/') + 1);

/**
 * Several files picked or dropped at once: the framework to edit (the first that has tracks, else
 * the first file) and the other YAML files as its libraries, named relative to its folder as its
 * `include` names them (picked files without folders are found by their names).
 */
export function frameworkWithLibraries(files: readonly PickedFile[]): { main: PickedFile; libraries: IncludedFile[] } | null {
  const yaml = files.filter((f) => isYaml(f.name));
  const main = yaml.find((f) => isFramework(f.text)) ?? files[0];
  if (!main) return null;
  const folder = folderOf(main.path);
  return { main, libraries: yaml.filter((f) => f !== main).map((f) => ({ path: relativePath(folder, f.path), text: f.text })) };
}

/** What Open Folder shows of a file: frameworks and libraries, nothing else. */
export function folderKind(name: string, text: string): 'framework' | 'library' | null {
  if (!isYaml(name)) return null;
  const kind = kindFromTopLevelKeys(text);
  return kind === 'other' ? null : kind;
}

/** `target` seen from the folder `fromFolder` (both `/`-separated paths inside one picked folder). */
function relativePath(fromFolder: string, target: string): string {
  const from = fromFolder.split('/').filter(Boolean);
  const to = target.split('/');
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared += 1;
  return [...from.slice(shared).map(() => '..'), ...to.slice(shared)].join('/');
}

/** Every library of a picked folder, named relative to the framework at `mainPath` as its `include` would name them. */
export function librariesBeside(mainPath: string, files: readonly { path: string; text: string; kind: 'framework' | 'library' }[]): IncludedFile[] {
  const folder = folderOf(mainPath);
  return files.filter((f) => f.kind === 'library' && f.path !== mainPath).map((f) => ({ path: relativePath(folder, f.path), text: f.text }));
}

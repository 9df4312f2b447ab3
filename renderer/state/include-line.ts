/**
 * Where the open document brings in a library: the line of its `include` entry that names the
 * file (by its name, as a picked file may have lost its folders), else the `include:` key itself
 * (a library included through another library), else null when the text has no includes.
 */
export function includeLineFor(text: string, file: string): number | null {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => /^include\s*:/.test(line));
  if (start < 0) return null;
  const name = file.slice(file.lastIndexOf('/') + 1);
  for (let i = start; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (i > start && /^\S/.test(line)) break;
    // An entry names the file when its last path segment is the file's name (`a.yaml` is not `data.yaml`).
    const entries = line.replace(/#.*$/, '').replace(/^include\s*:/, '').split(/[\s,[\]'"]+/).filter((t) => t !== '' && t !== '-');
    if (entries.some((entry) => entry.slice(entry.lastIndexOf('/') + 1) === name)) return i + 1;
  }
  return start + 1;
}

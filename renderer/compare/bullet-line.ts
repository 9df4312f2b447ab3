/**
 * The editor line a bullet comes from: the first line inside the role's block that holds the
 * bullet's opening words, or undefined when it cannot be found (the role's title is used then).
 */
export function bulletLine(lines: readonly string[], block: { line: number; endLine: number }, bullet: string): number | undefined {
  const needle = bullet.replace(/\s+/g, ' ').trim().slice(0, 40);
  if (!needle) return undefined;
  for (let n = block.line; n <= Math.min(block.endLine, lines.length); n += 1) if ((lines[n - 1] ?? '').replace(/\s+/g, ' ').includes(needle)) return n;
  return undefined;
}

/**
 * Splits `count` columns into consecutive groups of at most `max`, as even as possible (larger
 * groups first): 13 columns at most 4 a group become 4, 3, 3, 3 rather than 4, 4, 4, 1. A matrix
 * printed as such groups, each repeating its row headers, fits the page at any number of columns.
 */
export function columnGroups(count: number, max: number): { start: number; end: number }[] {
  if (count <= 0) return [];
  const groups = Math.ceil(count / Math.max(1, max));
  const base = Math.floor(count / groups);
  const larger = count % groups;
  const result: { start: number; end: number }[] = [];
  let start = 0;
  for (let g = 0; g < groups; g += 1) {
    const size = base + (g < larger ? 1 : 0);
    result.push({ start, end: start + size });
    start += size;
  }
  return result;
}

import { describe, expect, it } from 'vitest';
import { parseFramework } from '../../../core/parse.ts';
import { keyRangeOf, pointerOf, pointerSegments, rangeOf } from '../../../core/positions.ts';

const text = [
  'name: Acme', // 1
  'tracks:', // 2
  '  - id: ic', // 3
  '    roles:', // 4
  '      - id: engineer', // 5
  '        level: L3', // 6
  '        expectations:', // 7
  '          a/b: [first, second]', // 8
  '', //
].join('\n');
const parsed = parseFramework(text);

describe('rangeOf', () => {
  it('points at a scalar value, 1-based, end exclusive', () => {
    expect(rangeOf(parsed, '/tracks/0/roles/0/level')).toEqual({ line: 6, column: 16, endLine: 6, endColumn: 18 });
  });

  it('follows escaped pointer segments and list indexes', () => {
    expect(rangeOf(parsed, '/tracks/0/roles/0/expectations/a~1b/1')).toEqual({ line: 8, column: 24, endLine: 8, endColumn: 30 });
  });

  it('falls back to the nearest node that exists', () => {
    const role = rangeOf(parsed, '/tracks/0/roles/0');
    expect(rangeOf(parsed, '/tracks/0/roles/0/title')).toEqual(role);
    expect(rangeOf(parsed, '/tracks/7/roles/0')).toEqual(rangeOf(parsed, '/tracks'));
  });

  it('can point at a key, or reduce a block to its key or first line', () => {
    expect(keyRangeOf(parsed, '/tracks/0/roles/0/level')).toEqual({ line: 6, column: 9, endLine: 6, endColumn: 14 });
    expect(rangeOf(parsed, '/tracks/0/roles', 'head')).toEqual({ line: 4, column: 5, endLine: 4, endColumn: 10 });
    expect(rangeOf(parsed, '/tracks/0/roles/0', 'head')).toEqual({ line: 5, column: 9, endLine: 5, endColumn: 21 });
  });

  it('answers line 1, column 1 for an empty document', () => {
    expect(rangeOf(parseFramework(''), '/anything')).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 2 });
  });
});

describe('pointers', () => {
  it('round-trips segments with / and ~', () => {
    const pointer = pointerOf('expectations', 'a/b', 'c~d', 0);
    expect(pointer).toBe('/expectations/a~1b/c~0d/0');
    expect(pointerSegments(pointer)).toEqual(['expectations', 'a/b', 'c~d', '0']);
  });
});

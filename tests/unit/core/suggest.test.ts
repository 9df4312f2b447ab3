import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, suggest } from '../../../core/suggest.ts';

describe('suggest', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('expectaions', 'expectations')).toBe(1);
    expect(editDistance('lveel', 'level')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
  });

  it('offers close candidates, nearest first, and nothing for unrelated words', () => {
    expect(suggest('expectaions', ['id', 'title', 'level', 'expectations'])).toEqual(['expectations']);
    expect(suggest('senoir-engineer', ['senior-engineer', 'staff-engineer', 'engineer'])).toEqual(['senior-engineer']);
    expect(suggest('colour', ['id', 'title', 'level'])).toEqual([]);
  });

  it('prefers a match that differs only in case', () => {
    expect(suggest('l3', ['L1', 'L2', 'L3'])).toEqual(['L3']);
  });

  it('words the hint for one or several candidates', () => {
    expect(didYouMean([])).toBe('');
    expect(didYouMean(['a'])).toBe(' — did you mean `a`?');
    expect(didYouMean(['a', 'b', 'c'])).toBe(' — did you mean `a`, `b` or `c`?');
  });
});

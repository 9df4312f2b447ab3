import { describe, expect, it } from 'vitest';
import { hasUnfollowableLink } from '../../../core/render/markdown.ts';

describe('hasUnfollowableLink on a large export', () => {
  it('walks a paragraph of hundreds of thousands of inline tokens without overflowing the stack', () => {
    // One paragraph whose lines become 400,000 inline tokens, as a 50,000-role Markdown export gives.
    const paragraph = 'word\n'.repeat(200_000);
    expect(hasUnfollowableLink(paragraph)).toBe(false);
    expect(hasUnfollowableLink(`${paragraph}[x](javascript:alert(1))`)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { checkFramework } from '../../core/index.ts';
import { stressCase, stressCorpus } from './stress-corpus.ts';

// The corpus is only useful if every case is a valid framework that really carries its stresses;
// otherwise the layout test would pass on frameworks nobody could write.
describe('stress corpus', () => {
  const corpus = stressCorpus();

  it.each(corpus.map((c) => [c.name, c] as const))('%s validates without errors or warnings', (_name, c) => {
    const { diagnostics } = checkFramework(c.yaml);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('covers every stress the issue names', () => {
    const frameworks = corpus.map((c) => checkFramework(c.yaml).framework);
    expect(Math.max(...frameworks.map((f) => f.dimensions.length))).toBe(15);
    expect(Math.min(...frameworks.map((f) => f.dimensions.length))).toBe(1);
    expect(frameworks.some((f) => f.dimensions.length >= 12 && f.dimensions.length < 15)).toBe(true);
    expect(Math.max(...frameworks.map((f) => f.levels.length))).toBe(15);
    const titles = frameworks.flatMap((f) => f.tracks.flatMap((t) => t.roles.map((r) => r.title)));
    expect(titles.filter((t) => t.length === 60).length).toBeGreaterThan(20);
    const sixTracks = stressCase('six-tracks');
    const six = checkFramework(sixTracks.yaml).framework;
    expect(six.tracks).toHaveLength(6);
    // A twin at every level on every track.
    for (const level of six.levels) for (const track of six.tracks) expect(track.roles.some((r) => r.levelId === level.id)).toBe(true);
    const reordered = frameworks.flatMap((f) => f.tracks.filter((t) => t.dimensionIds.join() !== f.dimensions.map((d) => d.id).filter((id) => t.dimensionIds.includes(id)).join()));
    expect(reordered.length).toBeGreaterThan(0);
    const allText = corpus.map((c) => c.yaml).join('\n');
    expect(allText).toMatch(/\p{Extended_Pictographic}/u);
    expect(allText).toMatch(/[\u0590-\u05FF]/u); // Hebrew
    expect(allText).toMatch(/[\u0600-\u06FF]/u); // Arabic
    expect(allText).toMatch(/### /);
  });

  it('names an unknown case in its error', () => {
    expect(() => stressCase('nope')).toThrow(/six-tracks/);
  });
});

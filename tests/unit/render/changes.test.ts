import { describe, expect, it } from 'vitest';
import { compareWithPrevious, renderHtml, renderMarkdown } from '../../../core/render/index.ts';
import { frameworkFrom } from './helpers.ts';

const framework = frameworkFrom(`rungs: 1
name: Changes
dimensions: [{ id: craft, name: Craft, kind: hard }, { id: people, name: People, kind: soft }]
levels: [{ id: L1 }, { id: L2 }, { id: L3 }]
tracks:
  - id: ic
    name: IC
    kind: ic
    roles:
      - id: one
        title: One
        level: L1
        expectations:
          craft: ['Writes small, tested changes to one service.', Reviews code.]
          people: [Shares what they learn.]
      - id: three
        title: Three
        level: L3
        expectations:
          craft: ['Writes   small, TESTED changes to one service.', Writes tested changes across several services., "Designs the service's data model."]
          people: [Mentors two engineers.]
`);

describe('compareWithPrevious', () => {
  it('compares with the nearest lower role on the track, dimension by dimension', () => {
    const three = framework.index.roles.get('three');
    if (!three) throw new Error('fixture');
    const changes = compareWithPrevious(framework, three);
    expect(changes.previous?.id).toBe('one');
    expect(changes.byDimension.get('craft')).toEqual([
      { text: 'Writes   small, TESTED changes to one service.', status: 'same' },
      { text: 'Writes tested changes across several services.', status: 'changed', was: 'Writes small, tested changes to one service.' },
      { text: "Designs the service's data model.", status: 'new' },
    ]);
    expect(changes.byDimension.get('people')).toEqual([{ text: 'Mentors two engineers.', status: 'new' }]);
    expect(changes.newCount).toBe(2);
    expect(changes.changedCount).toBe(1);
    // Two new bullets of four is not more than half: each keeps its mark.
    expect(changes.rewritten).toBe(false);
  });

  it('calls a role rewritten when more than half of its bullets are new, and says so once instead of marking each', () => {
    const rewritten = frameworkFrom(`rungs: 1
name: Rewritten
dimensions: [{ id: craft, name: Craft, kind: hard }]
levels: [{ id: L1 }, { id: L2 }]
tracks:
  - id: ic
    name: IC
    kind: ic
    roles:
      - { id: one, title: One, level: L1, expectations: { craft: [Fixes bugs in one service., Reviews code.] } }
      - id: two
        title: Two
        level: L2
        expectations:
          craft: [Fixes bugs in one service., Sets the team's technical direction., Runs the incident review., Chooses the storage engine.]
`);
    const two = rewritten.index.roles.get('two');
    if (!two) throw new Error('fixture');
    const changes = compareWithPrevious(rewritten, two);
    expect(changes).toMatchObject({ newCount: 3, rewritten: true });
    const html = renderHtml(rewritten);
    const section = html.slice(html.indexOf('id="role-two"'));
    expect(section.match(/Rewritten at this level/g)).toHaveLength(1);
    expect(section).not.toContain('badge-new');
    const md = renderMarkdown(rewritten);
    expect(md).toContain('rewritten at this level');
    expect(md.slice(md.indexOf('### Two'))).not.toContain('**New:**');
    // The role below it is the first on its track and keeps its own note.
    expect(compareWithPrevious(rewritten, rewritten.index.roles.get('one') ?? two).rewritten).toBe(false);
  });

  it('calls nothing new or changed on the first role of a track', () => {
    const one = framework.index.roles.get('one');
    if (!one) throw new Error('fixture');
    const changes = compareWithPrevious(framework, one);
    expect(changes.previous).toBeUndefined();
    expect([...changes.byDimension.values()].flat().every((c) => c.status === 'same')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { compareWithPrevious } from '../../../core/render/index.ts';
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
  });

  it('calls nothing new or changed on the first role of a track', () => {
    const one = framework.index.roles.get('one');
    if (!one) throw new Error('fixture');
    const changes = compareWithPrevious(framework, one);
    expect(changes.previous).toBeUndefined();
    expect([...changes.byDimension.values()].flat().every((c) => c.status === 'same')).toBe(true);
  });
});

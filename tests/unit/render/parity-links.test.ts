import { describe, expect, it } from 'vitest';
import { parityRowLinks } from '../../../core/render/parity-links.ts';
import { parityRows } from '../../../core/render/parity.ts';
import { renderHtml } from '../../../core/render/index.ts';
import { frameworkFrom, loadFixture } from './helpers.ts';

describe('parity table links', () => {
  it('joins only twins: a role twinned with a neighbour of its neighbour is named, not joined through', () => {
    const three = loadFixture('three-track.yaml');
    const row = parityRows(three).find((r) => r.level.id === 'E4');
    if (!row) throw new Error('no E4 row');
    const links = parityRowLinks(three, row);
    // Staff Engineer and Senior EM are declared twins; Staff SRE is a derived twin of Staff Engineer only.
    expect(links.joins).toEqual([['join-next'], ['join-prev'], []]);
    expect(links.unlinked.get('staff-sre')?.map((r) => r.id)).toEqual(['staff-engineer']);
    expect(renderHtml(three)).toContain('<span class="twin-note">twin of Staff Engineer</span>');
  });

  it('never draws a line behind the chip of a role that is not a twin', () => {
    const framework = frameworkFrom(`rungs: 1
name: T
levels: [{ id: L5 }]
tracks:
  - { id: ic, name: IC, roles: [{ id: staff, title: Staff Engineer, level: L5 }] }
  - { id: pm, name: Product, kind: other, roles: [{ id: pm, title: Product Lead, level: L5, equivalent: other }] }
  - { id: em, name: Management, kind: management, roles: [{ id: em, title: Engineering Manager, level: L5, equivalent: staff }] }
`);
    const row = parityRows(framework)[0];
    if (!row) throw new Error('no row');
    const links = parityRowLinks(framework, row);
    expect(links.joins).toEqual([[], [], []]);
    expect(links.unlinked.get('em')?.map((r) => r.id)).toEqual(['staff']);
  });

  it('runs one line across empty cells between twins', () => {
    const framework = frameworkFrom(`rungs: 1
name: T
levels: [{ id: L5 }, { id: L6 }]
tracks:
  - { id: ic, name: IC, roles: [{ id: staff, title: Staff Engineer, level: L5 }] }
  - { id: pm, name: Product, kind: other, roles: [{ id: pm, title: Product Lead, level: L6 }] }
  - { id: em, name: Management, kind: management, roles: [{ id: em, title: Engineering Manager, level: L5 }] }
`);
    const row = parityRows(framework).find((r) => r.level.id === 'L5');
    if (!row) throw new Error('no row');
    expect(parityRowLinks(framework, row).joins).toEqual([['join-next'], ['join-through'], ['join-prev']]);
  });
});

import { describe, expect, it } from 'vitest';
import { renderHtml, renderCareerMap } from '../../../core/render/index.ts';
import { frameworkFrom, loadFixture } from './helpers.ts';

const sample = loadFixture('sample.yaml');

describe('renderHtml', () => {
  const html = renderHtml(sample);

  it('is one self-contained document with a language and no external resource', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).not.toMatch(/<(link|script|img|iframe)\b/);
    expect(html).not.toMatch(/(src|href)="(?!#|https:\/\/example\.com|mailto:)/);
    expect(html).not.toMatch(/url\((?!#)/);
  });

  it('gives every role, track and section a stable anchor', () => {
    for (const track of sample.tracks) {
      expect(html).toContain(`id="track-${track.id}"`);
      for (const role of track.roles) {
        expect(html).toContain(`<section class="role" id="role-${role.id}" data-role-id="${role.id}"`);
      }
    }
    for (const id of ['parity', 'career-map', 'mappings']) expect(html).toContain(`id="${id}"`);
    // Every in-page link points at an anchor that exists.
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) expect(ids.has(target)).toBe(true);
  });

  it('lists the most senior level first in the parity matrix, with pay bands and joined twins', () => {
    const parity = html.slice(html.indexOf('id="parity"'), html.indexOf('id="career-map"'));
    expect(parity.indexOf('>L6<')).toBeLessThan(parity.indexOf('>L3<'));
    expect(parity).toContain('USD 170,000 – 220,000');
    const l6 = parity.slice(parity.indexOf('>L6<'), parity.indexOf('>L5<'));
    expect(l6).toContain('join-next');
    expect(l6).toContain('join-prev');
    expect(parity.slice(parity.indexOf('>L5<'), parity.indexOf('>L4<'))).not.toContain('join-');
    expect(parity).toMatch(/<th scope="col"[^>]*>Individual contributor<\/th>/);
    expect(parity).toContain('<th scope="row"');
  });

  it('marks new and changed bullets against the previous level of the same track', () => {
    const senior = html.slice(html.indexOf('id="role-senior-engineer"'), html.indexOf('id="role-staff-engineer"'));
    expect(senior).toContain('What changes from <a href="#role-engineer"');
    expect(senior).toMatch(/<li class="changed"><span class="badge badge-changed">Changed<\/span>Ships well-tested changes and reviews others' designs\.<span class="was">Engineer: Ships small, well-tested changes\.<\/span><\/li>/);
    expect(senior).toContain('<li class="new"><span class="badge badge-new">New</span>Mentors two or more engineers.</li>');
    expect(senior).toContain('<li>Asks for help early and shares what they learn.</li>');
    expect(senior).toContain('<span class="skill skill-soft">Soft skill</span>');
    const first = html.slice(html.indexOf('id="role-engineer"'), html.indexOf('id="role-senior-engineer"'));
    expect(first).toContain('First role on this track');
    expect(first).not.toContain('badge-');
  });

  it("shows each role's twin on the other track and its moves", () => {
    const staff = html.slice(html.indexOf('id="role-staff-engineer"'), html.indexOf('id="track-management"'));
    expect(staff).toContain('Twin on other tracks');
    expect(staff).toContain('href="#role-engineering-manager"');
    expect(staff).toContain('Track switch</span> From <a href="#role-engineering-manager"');
  });

  it('renders only the sections asked for, as the studio parity view needs', () => {
    const partial = renderHtml(sample, { sections: ['title', 'parity'] });
    expect(partial).toContain('id="parity"');
    expect(partial).toContain('<h1>Northwind Engineering Ladder</h1>');
    expect(partial).not.toContain('id="career-map"');
    expect(partial).not.toContain('class="role"');
    expect(partial).not.toContain('id="mappings"');
  });

  it('exports a subset of tracks and drops moves that leave it', () => {
    const ic = renderHtml(sample, { tracks: ['ic'] });
    expect(ic).toContain('id="track-ic"');
    expect(ic).not.toContain('id="track-management"');
    expect(ic).not.toContain('Engineering Manager');
    expect(ic).not.toContain('Track switch');
  });

  it('sets the paper size for printing', () => {
    expect(renderHtml(sample)).toContain('@page{size:A4;');
    expect(renderHtml(sample, { paper: 'letter' })).toContain('@page{size:letter;');
  });

  it('keeps working on a half-written framework', () => {
    const partial = frameworkFrom('rungs: 1\nname: Draft\ntracks:\n  - id: ic\n    roles:\n      - id: a\n        level: L9\n');
    const out = renderHtml(partial);
    expect(out).toContain('id="role-a"');
    expect(out).toContain('<h1>Draft</h1>');
  });
});

describe('renderCareerMap', () => {
  const three = loadFixture('three-track.yaml');
  const svg = renderCareerMap(three);

  it('draws one linked box per role, parity links dashed and moves labelled by kind', () => {
    for (const track of three.tracks) for (const role of track.roles) expect(svg).toContain(`<a href="#role-${role.id}" data-role-id="${role.id}">`);
    expect(svg).toMatch(/class="parity-link"[^>]*stroke-dasharray/);
    for (const move of three.moves) expect(svg).toContain(`class="move move-${move.kind}"`);
    expect(svg).toContain('>lateral move</text>');
    expect(svg).toContain('>step down</text>');
  });

  it('lays levels out as rows with the most senior on top', () => {
    const y = (level: string) => Number(new RegExp(`<text x="12" y="([\\d.]+)"[^>]*>${level}<`).exec(svg)?.[1]);
    expect(y('E5')).toBeLessThan(y('E1'));
  });
});

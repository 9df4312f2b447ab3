import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInVaguePhrases } from '../../../core/analyze/rules/vague-wording.ts';
import { checkFramework } from '../../../core/check.ts';

const role = (bullets: string[], lint = '') => `rungs: 1
name: T
dimensions: [{ id: craft, name: Craft, kind: hard }]
levels: [{ id: L1 }]
tracks:
  - id: ic
    name: IC
    kind: ic
    roles:
      - id: engineer
        title: Engineer
        level: L1
        expectations:
          craft:
${bullets.map((b) => `            - ${b}`).join('\n')}
${lint}`;

const vague = (text: string) => checkFramework(text).diagnostics.filter((d) => d.code === 'wording/vague');

describe('wording/vague', () => {
  it('names the phrase and gives its suggestion as advice', () => {
    const [finding] = vague(role(['Has a solid understanding of distributed systems.']));
    expect(finding?.message).toContain('"Has a solid understanding of"');
    expect(finding?.data?.advice).toBe('Say what they do with that understanding: what they build, decide, explain or review because of it.');
    expect(finding?.severity).toBe('info');
  });

  it('lint.vague-words adds phrases, anywhere in a bullet, with their own suggestion or the general one', () => {
    const lint = 'lint:\n  vague-words:\n    - rockstar\n    - { phrase: "is a self-starter", suggestion: Say what they start without being asked. }\n';
    const found = vague(role(['Acts as a rockstar in incidents.', 'Is a self-starter on small tasks.', 'Ships small changes.'], lint));
    expect(found.map((d) => d.line)).toEqual([15, 16]);
    expect(found[0]?.data?.advice).toMatch(/^Say what the person does/);
    expect(found[1]?.data?.advice).toBe('Say what they start without being asked.');
    expect(checkFramework(role(['Ships.'], lint)).diagnostics).toEqual([]);
  });

  it('counts "etc" in prose, not in paths or links', () => {
    expect(vague(role(['Maintains linters, formatters etc.']))).toHaveLength(1);
    expect(vague(role(['Keeps secrets out of /etc/hosts and [configs](file:///etc/app).']))).toEqual([]);
  });

  it('lint.allow-words takes a phrase off the list, in any case', () => {
    expect(vague(role(['Understands the billing domain.'], 'lint: { allow-words: [UNDERSTANDS] }\n'))).toEqual([]);
    expect(vague(role(['Understands the billing domain.']))).toHaveLength(1);
  });

  it('docs/rules.md lists every built-in phrase with its advice', () => {
    const docs = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
    const bySuggestion = new Map<string, string[]>();
    for (const p of builtInVaguePhrases) bySuggestion.set(p.suggestion, [...(bySuggestion.get(p.suggestion) ?? []), p.phrase]);
    for (const [suggestion, phrases] of bySuggestion) expect(docs).toContain(`| ${phrases.join(', ')} | ${suggestion} |`);
  });
});

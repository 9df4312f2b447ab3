import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { checkFramework } from '../../../core/check.ts';
import { ProblemsPanel } from '../../../renderer/problems/ProblemsPanel.tsx';

describe('problems panel', () => {
  it('links each problem to its docs and lists the related places of a finding', () => {
    const text = readFileSync(new URL('../../fixtures/invalid/copied-expectation.yaml', import.meta.url), 'utf8');
    const { diagnostics } = checkFramework(text);
    const html = renderToStaticMarkup(createElement(ProblemsPanel, { diagnostics, open: true, onToggle: () => undefined, onSelect: () => undefined }));
    expect(html).toContain('href="https://rungs.dev/docs/rules#growth-copied-expectation"');
    expect(html.match(/data-testid="problem-related"/g)).toHaveLength(2);
    expect(html).toContain('copied from `engineer`: ships small changes');
    expect(html).toContain('Ln 29, Col 23');
  });
});

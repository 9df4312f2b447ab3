// Label checks for every inline SVG picture of a page (career map, parity links, anything added
// later): they read drawn boxes and text only, so any picture is held to them without changes here.
import type { Page } from 'playwright-core';
import type { LayoutFinding } from './dom-checks.ts';

/**
 * Fails on: a label outside the box it sits in (the smallest `rect` of its own group containing its
 * centre) or outside the picture; two labels that overlap; one visible label standing for two
 * different full titles (the `<title>` of the label's nearest titled ancestor, neither containing
 * the other); a shortened label
 * (ending in an ellipsis) whose full title appears nowhere in the page's text outside pictures,
 * so a paper reader could not tell which role it is.
 */
export async function svgLabelFindings(page: Page): Promise<LayoutFinding[]> {
  return page.evaluate(() => {
    const tolerance = 1.5;
    const findings: { check: string; where: string; detail: string }[] = [];
    const outsideText = Array.from(document.body.querySelectorAll(':not(svg *)'))
      .filter((el) => el.tagName !== 'svg' && el.closest('svg') === null)
      .map((el) => (el.childNodes.length > 0 ? Array.from(el.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('') : ''))
      .join(' ')
      .replace(/\s+/g, ' ');
    const svgs = Array.from(document.querySelectorAll('svg')).filter((svg) => svg.getBoundingClientRect().width > 40 && svg.querySelector('text'));
    svgs.forEach((svg, index) => {
      const picture = svg.getBoundingClientRect();
      const name = svg.getAttribute('aria-label') ?? svg.id ?? `picture ${index + 1}`;
      const labels = Array.from(svg.querySelectorAll('text'))
        .map((text) => {
          // Wrapped lines are tspans; a reader sees a space between them.
          const spans = Array.from(text.querySelectorAll('tspan'));
          const raw = spans.length > 0 ? spans.map((t) => t.textContent ?? '').join(' ') : (text.textContent ?? '');
          return { text, box: text.getBoundingClientRect(), visible: raw.replace(/\s+/g, ' ').trim() };
        })
        .filter((l) => l.visible.length > 0 && l.box.width > 0);
      const fullTitle = (el: Element): string => {
        for (let node: Element | null = el; node && node !== svg; node = node.parentElement) {
          const title = Array.from(node.children).find((c) => c.tagName.toLowerCase() === 'title');
          if (title) return (title.textContent ?? '').replace(/\s+/g, ' ').trim();
        }
        return '';
      };
      for (const label of labels) {
        const where = `${name}: "${label.visible}"`;
        const b = label.box;
        if (b.left < picture.left - tolerance || b.right > picture.right + tolerance || b.top < picture.top - tolerance || b.bottom > picture.bottom + tolerance) {
          findings.push({ check: 'svg-label-outside-picture', where, detail: 'the label reaches past the edge of the picture' });
        }
        const group = label.text.parentElement;
        const rects = group ? Array.from(group.querySelectorAll(':scope > rect, :scope > * > rect')) : [];
        const cx = (b.left + b.right) / 2;
        const cy = (b.top + b.bottom) / 2;
        const holders = rects
          .map((r) => r.getBoundingClientRect())
          .filter((r) => cx >= r.left && cx <= r.right && cy >= r.top && cy <= r.bottom)
          .sort((p, q) => p.width * p.height - q.width * q.height);
        const holder = holders[0];
        if (holder && (b.left < holder.left - tolerance || b.right > holder.right + tolerance || b.top < holder.top - tolerance || b.bottom > holder.bottom + tolerance)) {
          findings.push({ check: 'svg-label-outside-box', where, detail: `label ${Math.round(b.width)}px wide in a ${Math.round(holder.width)}px box` });
        }
        const title = fullTitle(label.text);
        if (/(…|\.\.\.)$/.test(label.visible) && title && !outsideText.includes(title)) {
          findings.push({ check: 'svg-shortened-label-unexplained', where, detail: `"${title}" is only in the picture's tooltip; paper readers cannot see it` });
        }
      }
      for (let i = 0; i < labels.length; i += 1) {
        for (let j = i + 1; j < labels.length; j += 1) {
          const p = labels[i];
          const q = labels[j];
          if (!p || !q) continue;
          const overlapX = Math.min(p.box.right, q.box.right) - Math.max(p.box.left, q.box.left);
          const overlapY = Math.min(p.box.bottom, q.box.bottom) - Math.max(p.box.top, q.box.top);
          if (overlapX > tolerance && overlapY > tolerance) {
            findings.push({ check: 'svg-labels-overlap', where: `${name}: "${p.visible}"`, detail: `overlaps "${q.visible}"` });
          }
          if (p.visible === q.visible) {
            const pt = fullTitle(p.text);
            const qt = fullTitle(q.text);
            // "Fellow" as a role and "L10 · Fellow" as its level's label name one thing; only
            // two titles neither of which contains the other are two different things.
            if (pt && qt && !pt.includes(qt) && !qt.includes(pt)) findings.push({ check: 'svg-label-ambiguous', where: `${name}: "${p.visible}"`, detail: `stands for both "${pt}" and "${qt}"` });
          }
        }
      }
    });
    return findings;
  });
}

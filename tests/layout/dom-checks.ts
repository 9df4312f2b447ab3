// Geometry and text checks that run inside a rendered page. They look at boxes and visible text
// only (no class names of today's stylesheet), so a restyled rubric is held to the same rules.
import type { Page } from 'playwright-core';

/** One thing a reader would see as broken, with where it is. */
export interface LayoutFinding {
  check: string;
  /** A short description of the element: tag, id, and the start of its text. */
  where: string;
  detail: string;
}

/** Formats findings for an assertion message, one per line, the first few only. */
export function describeFindings(findings: readonly LayoutFinding[], limit = 12): string {
  const lines = findings.slice(0, limit).map((f) => `${f.check}: ${f.where} — ${f.detail}`);
  if (findings.length > limit) lines.push(`… and ${findings.length - limit} more`);
  return lines.join('\n');
}

/**
 * Horizontal overflow: the page scrolling sideways, and any element whose content is wider than
 * its own box. A box that scrolls its content on screen (overflow auto/scroll) is allowed to be
 * narrower than its content there, since the reader can scroll it; on paper nothing scrolls, so
 * `scrollableIsOverflow` makes that a failure too.
 */
export async function horizontalOverflow(page: Page, scrollableIsOverflow: boolean): Promise<LayoutFinding[]> {
  return page.evaluate((strict) => {
    const tolerance = 1.5;
    const minimumColumn = 72;
    const findings: { check: string; where: string; detail: string }[] = [];
    const describe = (el: Element): string => {
      const id = el.id ? `#${el.id}` : '';
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
      return `<${el.tagName.toLowerCase()}${id}> "${text}"`;
    };
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + tolerance) {
      findings.push({ check: 'page-scrolls-sideways', where: '<html>', detail: `content ${root.scrollWidth}px wide in a ${root.clientWidth}px window` });
    }
    const hidden = (el: Element): boolean => {
      const r = el.getBoundingClientRect();
      return r.width <= 1 || r.height <= 1;
    };
    const wide: { el: Element; finding: (typeof findings)[number] }[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (el instanceof SVGElement && !(el instanceof SVGSVGElement)) continue; // SVG checks judge pictures
      if (!(el instanceof HTMLElement) && !(el instanceof SVGSVGElement)) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || hidden(el)) continue;
      // Deliberately hidden text (screen-reader only) is clipped to a pixel.
      if (style.clip !== 'auto' && style.position === 'absolute') continue;
      const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
      const clips = style.overflowX === 'hidden' || style.overflowX === 'clip';
      const width = el.clientWidth;
      if (width > 0 && el.scrollWidth > width + tolerance && (!scrolls || strict)) {
        const how = scrolls ? 'scrolls (nothing scrolls on paper)' : clips ? 'is cut off' : 'spills out';
        wide.push({ el, finding: { check: 'content-wider-than-box', where: describe(el), detail: `content ${el.scrollWidth}px in a ${width}px box ${how}` } });
      }
      const box = el.getBoundingClientRect();
      if (box.right > root.clientWidth + tolerance || box.left < -tolerance) {
        // Inside a scrolling box the reader can reach it; the box itself is judged above.
        let scroller: Element | null = el.parentElement;
        while (scroller && !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement;
        if (!scroller || strict) findings.push({ check: 'past-page-edge', where: describe(el), detail: `spans ${Math.round(box.left)}–${Math.round(box.right)}px of a ${root.clientWidth}px page` });
      }
    }
    // A table squeezed into the page with columns too narrow to hold a word is no better than
    // one that runs off it: words break letter by letter.
    for (const cell of Array.from(document.querySelectorAll('td, th'))) {
      const text = (cell.textContent ?? '').trim();
      const box = cell.getBoundingClientRect();
      if (text.length > 24 && box.width > 1 && box.width < minimumColumn) {
        findings.push({ check: 'column-too-narrow', where: describe(cell), detail: `a ${Math.round(box.width)}px column (at least ${minimumColumn}px needed to read)` });
      }
    }
    // Every ancestor of a too-wide element is too wide as well; name only the innermost ones.
    for (const w of wide) if (!wide.some((other) => other !== w && w.el.contains(other.el))) findings.push(w.finding);
    return findings;
  }, scrollableIsOverflow);
}

/**
 * Markdown that did not render: a `#` heading line, `**bold**`, `__bold__`, `[text](url)` or a
 * backtick pair in the visible text (what a reader sees, so code spans rendered as <code> pass).
 */
export async function rawMarkdown(page: Page): Promise<LayoutFinding[]> {
  const text = await page.evaluate(() => document.body.innerText);
  return findRawMarkdown(text, 'visible text');
}

/** The raw-Markdown patterns, shared with the PDF and Markdown-preview checks. */
export function findRawMarkdown(text: string, where: string): LayoutFinding[] {
  const patterns: [string, RegExp][] = [
    ['heading marks', /(?:^|\n)[ \t]*#{1,6}[ \t]+\S[^\n]*/],
    ['bold marks', /\*\*[^*\n]+\*\*|__[^_\n]+__/],
    ['link syntax', /\[[^\]\n]+\]\([^)\s]+\)/],
    ['code backticks', /`[^`\n]+`/],
  ];
  const findings: LayoutFinding[] = [];
  for (const [name, pattern] of patterns) {
    const match = pattern.exec(text);
    if (match) findings.push({ check: 'raw-markdown', where, detail: `${name}: "${match[0].trim().slice(0, 60)}"` });
  }
  return findings;
}

/** What the page shows of one track: its table header cells and each role section's headings, in order. */
export interface TrackTexts {
  trackId: string;
  tableHeaders: string[];
  roles: { roleId: string; headings: string[] }[];
}

/**
 * Reads, per track (`#track-<id>`, a documented anchor), the header cells of its tables and the
 * headings of each role section (`#role-<id>`), so a test can compare their dimension order.
 * Also returns the headings of "What we assess" (`#dimensions`).
 */
export async function orderTexts(page: Page): Promise<{ tracks: TrackTexts[]; assessed: string[] }> {
  return page.evaluate(() => {
    // textContent, not innerText: a stylesheet may upper-case header cells.
    const text = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const tracks = Array.from(document.querySelectorAll('[id^="track-"]'))
      .filter((el) => el.tagName === 'SECTION')
      .map((track) => ({
        trackId: track.id.slice('track-'.length),
        tableHeaders: Array.from(track.querySelectorAll('table th')).map(text),
        roles: Array.from(track.querySelectorAll('[id^="role-"]'))
          .filter((el) => el.tagName === 'SECTION')
          .map((role) => ({ roleId: role.id.slice('role-'.length), headings: Array.from(role.querySelectorAll('h4,h5,h6')).map(text) })),
      }));
    const assessed = Array.from(document.querySelectorAll('#dimensions h3, #dimensions h4')).map(text);
    return { tracks, assessed };
  });
}

/**
 * Puts texts that name dimensions in the order they name them: each text is matched to the
 * dimension whose name it starts with (the longest such name), texts naming none are skipped, and
 * repeats (a header row repeated per column group) count once.
 */
export function dimensionSequence(texts: readonly string[], dimensions: readonly { id: string; name: string }[]): string[] {
  const byLength = [...dimensions].sort((a, b) => b.name.length - a.name.length);
  const sequence: string[] = [];
  for (const t of texts) {
    // A heading may run straight on into a tag ("Technical craftHard skill").
    const match = byLength.find((d) => t.toLowerCase().startsWith(d.name.toLowerCase()));
    if (match && !sequence.includes(match.id)) sequence.push(match.id);
  }
  return sequence;
}

/** The visible headings of the page (h1–h6) with their font size in points, in document order. */
export async function headingTexts(page: Page): Promise<{ text: string; points: number }[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6'))
      .filter((h) => h.getBoundingClientRect().height > 1)
      .map((h) => ({ text: (h as HTMLElement).innerText.replace(/\s+/g, ' ').trim(), points: parseFloat(getComputedStyle(h).fontSize) * 0.75 }))
      .filter((h) => h.text.length > 0),
  );
}

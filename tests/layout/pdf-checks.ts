// Checks of a printed PDF as paper shows it: the scale Chromium printed each page at (read from
// the page content streams), and where each word landed (poppler's `pdftotext -bbox-layout`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import type { LayoutFinding } from './dom-checks.ts';

/** One line of text on a PDF page, in PDF points from the page's top-left corner. */
export interface PdfLine {
  text: string;
  words: { text: string; xMin: number; xMax: number }[];
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
}

/** Whether poppler's pdftotext is installed (the PDF text checks need it). */
export function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, (_, n: string) => (n.startsWith('#') ? String.fromCodePoint(Number(n.slice(1))) : entities[n] ?? ''));

/** The words of every page, grouped into the lines pdftotext found. */
export function pdfPages(pdf: Uint8Array): PdfPage[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'rungs-layout-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const pages: PdfPage[] = [];
    for (const pageMatch of xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
      const lines: PdfLine[] = [];
      for (const lineMatch of (pageMatch[3] ?? '').matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
        const words = [...(lineMatch[5] ?? '').matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((w) => ({
          text: decode(w[3] ?? ''),
          xMin: Number(w[1]),
          xMax: Number(w[2]),
        }));
        lines.push({ text: words.map((w) => w.text).join(' '), words, xMin: Number(lineMatch[1]), yMin: Number(lineMatch[2]), xMax: Number(lineMatch[3]), yMax: Number(lineMatch[4]) });
      }
      lines.sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
      pages.push({ width: Number(pageMatch[1]), height: Number(pageMatch[2]), lines });
    }
    return pages;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The scale each page's content was printed at, relative to CSS (1 = 96 CSS px per inch, the size
 * the stylesheet asks for). Chromium's PDF writer (Skia) opens every page stream with a flip to
 * top-left coordinates and then one scale from CSS pixels to points; when it shrinks a page to fit
 * content wider than the paper, that scale is below 0.75 pt per px.
 */
export function pageScales(pdf: Uint8Array): number[] {
  const bytes = Buffer.from(pdf);
  const scales: number[] = [];
  let from = 0;
  for (;;) {
    const start = bytes.indexOf('stream', from, 'latin1');
    if (start < 0) break;
    const dataStart = start + (bytes[start + 6] === 0x0d ? 8 : 7);
    const end = bytes.indexOf('endstream', dataStart, 'latin1');
    if (end < 0) break;
    from = end + 9;
    let content: string;
    try {
      content = inflateSync(bytes.subarray(dataStart, end)).subarray(0, 4096).toString('latin1');
    } catch {
      continue; // fonts and images that are not deflated, or not content at all
    }
    const transforms = [...content.matchAll(/([-\d.]+) 0 0 ([-\d.]+) ([-\d.]+) ([-\d.]+) cm/g)];
    const flip = transforms[0];
    // A page stream starts with the flip `s 0 0 -s 0 pageHeight cm`.
    if (!flip || Number(flip[2]) >= 0 || Number(flip[3]) !== 0) continue;
    const toCss = transforms[1];
    if (!toCss) continue;
    scales.push((Number(flip[1]) * Number(toCss[1])) / 0.75);
  }
  return scales;
}

/** Margins of the printed page in points, as the print options set them. */
export interface PrintMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Pages printed smaller than 100 % (the whole page shrunk to fit something too wide). */
export function scaledPages(pdf: Uint8Array): LayoutFinding[] {
  const scales = pageScales(pdf);
  if (scales.length === 0) return [{ check: 'pdf-scale-unknown', where: 'PDF', detail: 'no page content stream found to read the scale from' }];
  return scales
    .map((scale, i) => ({ scale, i }))
    .filter(({ scale }) => Math.abs(scale - 1) > 0.005)
    .map(({ scale, i }) => ({ check: 'pdf-page-scaled', where: `stream ${i + 1}`, detail: `printed at ${Math.round(scale * 1000) / 10} %` }));
}

/** Words that reach past the left or right margin: cut at the paper's edge, or crowding it. */
export function wordsPastMargins(pages: readonly PdfPage[], margins: PrintMargins): LayoutFinding[] {
  const findings: LayoutFinding[] = [];
  const tolerance = 2;
  pages.forEach((page, p) => {
    for (const line of page.lines) {
      for (const word of line.words) {
        if (word.xMax > page.width - margins.right + tolerance || word.xMin < margins.left - tolerance) {
          findings.push({ check: 'pdf-word-past-margin', where: `page ${p + 1}`, detail: `"${word.text}" at x ${Math.round(word.xMin)}–${Math.round(word.xMax)} pt (text area ${Math.round(margins.left)}–${Math.round(page.width - margins.right)})` });
        }
      }
    }
  });
  return findings;
}

/** The lines between the running header and the footer. */
function bodyLines(page: PdfPage, margins: PrintMargins): PdfLine[] {
  return page.lines.filter((l) => l.yMin >= margins.top - 2 && l.yMax <= page.height - margins.bottom + 2);
}

const normal = (s: string): string => s.replace(/\s+/g, ' ').trim();
// Inline-block parts of a heading (a skill tag) come out of innerText without a space.
const squeezed = (s: string): string => s.replace(/\s+/g, '');

/** A heading as the print layout shows it: its text and its font size in points. */
export interface PrintedHeading {
  text: string;
  points: number;
}

/**
 * A heading left alone at the foot of a page: the page's last body lines spell (the end of) one of
 * the document's headings, in that heading's font size, and nothing else on the page sits beside
 * them (a heading in a side column next to its text is not alone).
 */
export function headingsAtPageFoot(pages: readonly PdfPage[], headings: readonly PrintedHeading[], margins: PrintMargins): LayoutFinding[] {
  const findings: LayoutFinding[] = [];
  const known = headings.map((h) => ({ ...h, key: squeezed(h.text) })).filter((h) => h.key.length > 1);
  // Word boxes are as tall as the font's ascent plus descent; calibrate that ratio on the title.
  const ratio = calibrate(pages[0], known[0]);
  pages.forEach((page, p) => {
    if (p === pages.length - 1) return;
    const body = bodyLines(page, margins);
    let foot = '';
    let top = Number.POSITIVE_INFINITY;
    for (let i = body.length - 1; i >= 0; i -= 1) {
      const line = body[i];
      if (!line) break;
      const candidate = squeezed(line.text) + foot;
      const size = (line.yMax - line.yMin) / ratio;
      const matches = known.filter((h) => h.key.endsWith(candidate) && Math.abs(h.points - size) <= Math.max(0.8, h.points * 0.08));
      if (matches.length === 0) break;
      foot = candidate;
      top = Math.min(top, line.yMin);
      const whole = matches.find((h) => h.key === foot || h.key.startsWith(foot));
      if (whole && foot.length >= 4) {
        const footLines = body.slice(i);
        const beside = body.slice(0, i).some((l) => l.yMax > top + 1);
        if (!beside) findings.push({ check: 'pdf-heading-at-page-foot', where: `page ${p + 1}`, detail: `the page ends with the heading "${whole.text}" (${footLines.length} line${footLines.length === 1 ? '' : 's'})` });
        break;
      }
    }
  });
  return findings;
}

/**
 * A table header row left alone at a page foot: the page's last body lines are the lines the next
 * page starts with, which is what a repeated header row looks like when no row followed it.
 */
export function repeatedHeaderAtPageFoot(pages: readonly PdfPage[], margins: PrintMargins): LayoutFinding[] {
  const findings: LayoutFinding[] = [];
  for (let p = 0; p + 1 < pages.length; p += 1) {
    const current = pages[p];
    const next = pages[p + 1];
    if (!current || !next) continue;
    const foot = bodyLines(current, margins).map((l) => squeezed(l.text));
    const head = bodyLines(next, margins).map((l) => squeezed(l.text));
    // Compared as sets of lines: cells of one row can come out in a slightly different order.
    const same = (a: string[], b: string[]): boolean => [...a].sort().join('\n') === [...b].sort().join('\n');
    for (let k = Math.min(24, foot.length, head.length); k >= 1; k -= 1) {
      const tail = foot.slice(foot.length - k);
      if (tail.join('').length >= 4 && same(tail, head.slice(0, k))) {
        findings.push({ check: 'pdf-header-row-at-page-foot', where: `page ${p + 1}`, detail: `the page ends with the lines page ${p + 2} starts with ("${bodyLines(current, margins).slice(-k).map((l) => l.text).join(' / ').slice(0, 80)}")` });
        break;
      }
    }
  }
  return findings;
}

function calibrate(page: PdfPage | undefined, title: { key: string; points: number } | undefined): number {
  const fallback = 0.776;
  if (!page || !title) return fallback;
  const line = page.lines.find((l) => l.text.length > 0 && title.key.startsWith(squeezed(l.text)));
  return line ? (line.yMax - line.yMin) / title.points : fallback;
}

/** Pages that lost the running header (framework name) or the "Page N of M" footer. */
export function runningHeaderMissing(pages: readonly PdfPage[], frameworkName: string): LayoutFinding[] {
  const findings: LayoutFinding[] = [];
  const firstWord = normal(frameworkName).split(' ')[0] ?? '';
  pages.forEach((page, p) => {
    const text = normal(page.lines.map((l) => l.text).join(' '));
    if (!text.includes(`Page ${p + 1} of ${pages.length}`)) findings.push({ check: 'pdf-page-number-missing', where: `page ${p + 1}`, detail: 'no "Page N of M" footer' });
    const top = page.lines.filter((l) => l.yMax < 40).map((l) => l.text).join(' ');
    if (firstWord && !top.includes(firstWord)) findings.push({ check: 'pdf-running-header-missing', where: `page ${p + 1}`, detail: `no running header with "${frameworkName}"` });
  });
  return findings;
}

/** All the text of a PDF, page after page, for the raw-Markdown check. */
export function pdfText(pages: readonly PdfPage[]): string {
  return pages.map((p) => p.lines.map((l) => l.text).join('\n')).join('\n');
}

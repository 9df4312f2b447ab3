import type { Browser } from 'playwright-core';
import { fontStack } from '../core/render/styles.ts';

/** A character of the rubric that no font of the rubric's font stack can draw on this machine. */
export interface UnprintableCharacter {
  character: string;
  /** "U+1F9EA". */
  codePoint: string;
  /** 1-based position of its first use in the framework file (line 1, column 1 when not found there). */
  line: number;
  column: number;
  /** The words around that first use, for the message. */
  context: string;
}

// Marks, format characters (joiners, variation selectors), separators and controls draw nothing
// by design; they are not missing glyphs.
const drawsNothing = /[\p{M}\p{Cf}\p{Z}\p{Cc}]/u;

function visibleText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|amp|lt|gt|quot|apos|nbsp);/gi, (m, dec: string | undefined, hex: string | undefined) =>
      dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ' ',
    );
}

function positionOf(source: string, character: string): { line: number; column: number; context: string } {
  const at = source.indexOf(character);
  if (at < 0) return { line: 1, column: 1, context: character };
  const before = source.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  const lineText = source.slice(before.lastIndexOf('\n') + 1).split('\n')[0] ?? '';
  const offset = column - 1;
  const context = lineText.slice(Math.max(0, offset - 24), offset + 24).trim();
  return { line, column, context };
}

/** Runs in the page: which of `characters` draw exactly like a character no font has. */
const probe = `function (characters, fonts) {
  var canvas = document.querySelector('canvas');
  var g = canvas && canvas.getContext('2d', { willReadFrequently: true });
  if (!g) return [];
  function draw(c) {
    g.clearRect(0, 0, 64, 64);
    g.font = '40px ' + fonts;
    g.fillStyle = '#000';
    g.textBaseline = 'middle';
    g.fillText(c, 8, 32);
    var pixels = g.getImageData(0, 0, 64, 64).data;
    var signature = 0;
    for (var i = 0; i < pixels.length; i += 1) signature = (signature * 31 + pixels[i]) | 0;
    return signature + ':' + g.measureText(c).width.toFixed(2);
  }
  var box = draw('\\u0378');
  if (draw('\\u0379') !== box) return [];
  return characters.filter(function (c) { return draw(c) === box; });
}`;

/**
 * Finds the characters of a rubric that would print as empty boxes: each distinct non-ASCII
 * character of its visible text is drawn with the rubric's font stack in the same Chromium that
 * prints the PDF, and compared with the drawing of two unassigned code points (which no font
 * has, so they show what "missing" looks like here). When the two references differ (a font that
 * draws a distinct box per character), it cannot tell and reports nothing rather than guess.
 */
export async function findUnprintable(browser: Browser, html: string, source: string): Promise<UnprintableCharacter[]> {
  const candidates = [...new Set([...visibleText(html)].filter((c) => c.codePointAt(0)! > 0x7f && !drawsNothing.test(c)))];
  if (candidates.length === 0) return [];
  const context = await browser.newContext({ javaScriptEnabled: true, offline: true });
  try {
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent('<!DOCTYPE html><canvas width="64" height="64"></canvas>');
    // Passed as text: a bundler's helpers (esbuild's keepNames) must not leak into the page.
    const missing = (await page.evaluate(`(${probe})(${JSON.stringify(candidates)}, ${JSON.stringify(fontStack)})`)) as string[];
    return missing.map((character) => ({
      character,
      codePoint: `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
      ...positionOf(source, character),
    }));
  } finally {
    await context.close();
  }
}

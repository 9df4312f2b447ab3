import markdownIt, { type MarkdownIt } from 'markdown-it';
import { memoByText } from '../memo.ts';

/**
 * The small Markdown subset users may write in descriptions, summaries and bullets: bold, italic,
 * code, links, lists and heading lines. Raw HTML is off (markdown-it escapes it), and only
 * http(s), mailto and in-page `#anchor` links survive; any other link is left as the literal
 * text the user typed. A heading line (`### What good looks like`) is a lead-in of its own: a bold
 * line set apart from the next paragraph, never a section of the rubric, so a description cannot
 * break the document's outline. The Markdown export writes it the same way (see `markdown.ts`).
 */
const allowedLink = /^(?:https?:\/\/|mailto:|#[A-Za-z0-9._-]+$)/i;

let instance: MarkdownIt | undefined;

// Created once and reused: the studio re-renders on every edit, and building the parser
// (rule chains, compiled regexes) costs far more than rendering a bullet.
function markdown(): MarkdownIt {
  if (instance) return instance;
  const md = markdownIt('zero', { html: false, linkify: false, typographer: false, breaks: false });
  md.enable(['paragraph', 'list', 'heading', 'lheading', 'emphasis', 'backticks', 'link', 'autolink', 'escape', 'entity', 'newline']);
  md.renderer.rules.heading_open = () => '<p class="text-heading"><strong>';
  md.renderer.rules.heading_close = () => '</strong></p>\n';
  md.validateLink = (url: string) => allowedLink.test(url.trim());
  const defaultLinkOpen = md.renderer.rules.link_open;
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const href = String(token?.attrGet('href') ?? '');
    // External links leave the rubric without telling the target where the reader came from.
    if (token && !href.startsWith('#')) token.attrSet('rel', 'noopener noreferrer');
    return defaultLinkOpen ? defaultLinkOpen(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
  };
  instance = md;
  return md;
}

/** A heading mark at the start of a one-line field: `### ` and its kin, up to three spaces in. */
export const headingMark = /^ {0,3}#{1,6}[ \t]+(?=\S)/;

/**
 * Renders one line of user text (a bullet, a title-like field) as inline HTML. A one-line field
 * has no room for a heading, so a heading mark there makes the line bold, as it reads in a list.
 */
export function inlineHtml(text: string): string {
  if (headingMark.test(text)) return `<strong>${markdown().renderInline(text.replace(headingMark, '').replace(/[ \t]+#+[ \t]*$/, ''))}</strong>`;
  return markdown().renderInline(text);
}

/** Renders a user paragraph field (description, summary) as block HTML: paragraphs and lists. */
export const blockHtml: (text: string) => string = memoByText((text) => markdown().render(text), 10_000);

/**
 * Inline rendering remembered by text, shared by every export in the process: the same bullet
 * appears in a track matrix and again in its role section, and the studio re-renders the same
 * bullets on every keystroke.
 */
const inlineByText = memoByText(inlineHtml);

/** The inline renderer an export uses (see inlineByText). */
export function inlineRenderer(): (text: string) => string {
  return inlineByText;
}

/** Options every export understands. */
export interface RenderOptions {
  /** Track ids to include, in the framework's order; all tracks when omitted or empty. */
  tracks?: string[];
  /** Paper size for print CSS and PDF; A4 when omitted. */
  paper?: 'a4' | 'letter';
}

/** The parts of the HTML rubric, in the order they appear. */
export type HtmlSection = 'title' | 'parity' | 'map' | 'skills' | 'tracks' | 'roles' | 'mappings';

export interface HtmlOptions extends RenderOptions {
  /** Which parts to render; all of them when omitted. The studio's parity view asks for ['title', 'parity']. */
  sections?: HtmlSection[];
}

export const allSections: readonly HtmlSection[] = ['title', 'parity', 'map', 'skills', 'tracks', 'roles', 'mappings'];

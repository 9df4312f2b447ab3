import type { Framework } from '../model/types.ts';

/** Options every export understands. */
export interface RenderOptions {
  /** Track ids to include, in the framework's order; all tracks when omitted or empty. */
  tracks?: string[];
  /** Paper size for print CSS and PDF; A4 when omitted. */
  paper?: 'a4' | 'letter';
  /** HTML and PDF: a "What changed in this version" section, and changed bullets marked. */
  changesSince?: ChangesSince;
}

/** The parts of the HTML rubric, in the order they appear. */
export type HtmlSection = 'title' | 'parity' | 'map' | 'skills' | 'tracks' | 'roles' | 'mappings';

/** An earlier version to report changes against (`rungs export --changes-since`). */
export interface ChangesSince {
  /** What the reader knows the earlier version by: a revision (`v1.2.0`) or a file name. */
  label: string;
  previous: Framework;
}

export interface HtmlOptions extends RenderOptions {
  /** Which parts to render; all of them when omitted. The studio's parity view asks for ['title', 'parity']. */
  sections?: HtmlSection[];
}

export const allSections: readonly HtmlSection[] = ['title', 'parity', 'map', 'skills', 'tracks', 'roles', 'mappings'];

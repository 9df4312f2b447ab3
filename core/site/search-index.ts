import MiniSearch, { type Options } from 'minisearch';

/** One role as the site's search knows it. */
export interface SearchDocument {
  /** `<framework>/<role>`: unique across the site. */
  id: string;
  /** The role page, relative to the site's root. */
  url: string;
  title: string;
  family: string;
  track: string;
  level: string;
  /** Summary, scope and every bullet, one per line, as plain text (also the source of result snippets). */
  text: string;
}

/**
 * The index settings, shared by the build and the page's script (MiniSearch.loadJS needs the
 * same fields). Titles weigh most; prefix and fuzzy matching forgive half-typed and misspelt words.
 */
export const searchOptions: Options<SearchDocument> = {
  fields: ['title', 'text', 'track', 'family', 'level'],
  storeFields: ['url', 'title', 'family', 'track', 'level', 'text'],
  searchOptions: { boost: { title: 3, track: 1.5 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
};

/** The markup of the safe Markdown subset, dropped so search matches words, not syntax. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~#>]+/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** A serialised MiniSearch index of the documents, ready for `MiniSearch.loadJS` in the page once embedded as an object literal. */
export function buildSearchIndex(documents: readonly SearchDocument[]): string {
  const index = new MiniSearch<SearchDocument>(searchOptions);
  index.addAll([...documents]);
  return JSON.stringify(index);
}

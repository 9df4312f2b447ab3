/**
 * The safety and sanity checks every hostile input and every generated framework must pass, shared
 * by the hostile corpus (tests/unit/hostile) and the property tests (tests/property). Each returns a
 * list of problems in plain words: an empty list means the output is safe, so a failing test
 * prints exactly what went wrong.
 */
import markdownIt from 'markdown-it';
import Papa from 'papaparse';
import { parse as parseHtml, type DefaultTreeAdapterMap } from 'parse5';
import { checkFramework, type Diagnostic, type Framework } from '../../../core/index.ts';
import { MAX_TEXT_LENGTH } from '../../../core/parse.ts';
import { contentSecurityPolicy, renderJson } from '../../../core/render/index.ts';
import { csvHeader } from '../../../core/render/csv.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Every diagnostic code family core documents; anything else (e.g. `internal/`) is a bug. */
export const knownCodePrefixes = ['yaml', 'schema', 'ref', 'parity', 'coverage', 'growth', 'id', 'level', 'band', 'mapping', 'move', 'order', 'text', 'file', 'check'];

/**
 * Lines as editors count them: a line ends at CRLF, LF or a lone CR (Monaco, VS Code and the
 * terminal all treat a lone CR as a line break).
 */
export function editorLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/**
 * Problems with diagnostics a user would see: a position outside the file, an end before its start,
 * an empty message, an unknown code family, or a message that leaks a stack trace.
 */
export function diagnosticProblems(text: string, diagnostics: readonly Diagnostic[]): string[] {
  const lines = editorLines(text);
  const problems: string[] = [];
  for (const d of diagnostics) {
    const where = `${d.code}@${d.line}:${d.column}-${d.endLine}:${d.endColumn}`;
    const prefix = d.code.split('/')[0] ?? '';
    if (!knownCodePrefixes.includes(prefix) || !/^[a-z]+\/[A-Za-z-]+$/.test(d.code)) problems.push(`${where}: unknown code`);
    if (!['error', 'warning', 'info'].includes(d.severity)) problems.push(`${where}: unknown severity ${String(d.severity)}`);
    if (typeof d.message !== 'string' || d.message.trim() === '') problems.push(`${where}: empty message`);
    else if (/\n\s+at .+:\d+:\d+|\bat (?:Object|Module|new )|\.ts:\d+:\d+|RangeError|TypeError/.test(d.message)) problems.push(`${where}: message leaks internals: ${d.message.slice(0, 200)}`);
    if (typeof d.path !== 'string' || (d.path !== '' && !d.path.startsWith('/'))) problems.push(`${where}: path ${JSON.stringify(d.path)} is not a JSON Pointer`);
    for (const [name, value] of [['line', d.line], ['column', d.column], ['endLine', d.endLine], ['endColumn', d.endColumn]] as const) {
      if (!Number.isInteger(value)) problems.push(`${where}: ${name} is not an integer`);
    }
    if (d.line < 1 || d.line > lines.length) problems.push(`${where}: line outside 1..${lines.length}`);
    else if (d.column < 1 || d.column > (lines[d.line - 1]?.length ?? 0) + 1) problems.push(`${where}: column outside 1..${(lines[d.line - 1]?.length ?? 0) + 1}`);
    if (d.endLine < d.line || d.endLine > lines.length) problems.push(`${where}: end line outside ${d.line}..${lines.length}`);
    else if (d.endLine === d.line ? d.endColumn <= d.column : d.endColumn < 1) problems.push(`${where}: end not after start`);
    // A marker may cover one character past the end of a line (an empty file, a missing value at
    // the end of a line): editors show it as a one-character squiggle.
    else if (d.endColumn > Math.max((lines[d.endLine - 1]?.length ?? 0) + 1, d.endLine === d.line ? d.column + 1 : 0)) {
      problems.push(`${where}: end column past the end of line ${d.endLine}`);
    }
  }
  return problems;
}

function children(node: Node): Node[] {
  const own = 'childNodes' in node ? node.childNodes : [];
  // <template> keeps its children in a separate fragment.
  const content = 'content' in node && node.content ? node.content.childNodes : [];
  return [...own, ...content];
}

function walk(node: Node, visit: (element: Element) => void): void {
  if ('tagName' in node) visit(node);
  for (const child of children(node)) walk(child, visit);
}

/** The text a reader sees (script-less, style-less), whitespace collapsed. */
export function visibleText(html: string): string {
  const parts: string[] = [];
  const collect = (node: Node): void => {
    if (node.nodeName === '#text' && 'value' in node) parts.push(node.value);
    if ('tagName' in node && (node.tagName === 'style' || node.tagName === 'script' || node.tagName === 'head')) return;
    for (const child of children(node)) collect(child);
  };
  collect(parseHtml(html));
  return collapse(parts.join(''));
}

/** Collapses whitespace runs to one space, as a browser shows text. */
export function collapse(text: string): string {
  return text.replace(/[\t\n\f\r ]+/g, ' ').trim();
}

/**
 * The scheme a browser would follow for this URL, resolved against a page on a wiki: the WHATWG
 * URL parser strips control characters and tabs and is case-insensitive, exactly as browsers are.
 */
function followedScheme(url: string): string | undefined {
  try {
    return new URL(url, 'https://wiki.example.com/ladder/').protocol;
  } catch {
    return undefined; // Not a URL a browser can follow.
  }
}

const safeSchemes = new Set(['http:', 'https:', 'mailto:']);

/** Elements that run script, load content, submit data or change where links point. */
const dangerousElements = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'form', 'input', 'button', 'textarea', 'select',
  'isindex', 'keygen', 'link', 'img', 'image', 'video', 'audio', 'source', 'track', 'portal', 'foreignobject', 'animate', 'set',
  'animatemotion', 'animatetransform', 'handler', 'listener', 'xss',
]);

/** Attributes that hold a URL a browser may load or navigate to. */
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'ping', 'codebase', 'dynsrc', 'lowsrc', 'cite', 'longdesc', 'usemap', 'manifest', 'icon', 'xlink:href']);

interface HtmlCheckOptions {
  /** A standalone rubric must carry Rungs' Content-Security-Policy; a Markdown rendering need not. */
  requireCsp: boolean;
  /** Markdown may show images from http(s) URLs; the HTML rubric has none. */
  allowImages?: boolean;
}

/**
 * Parses HTML as a browser does (parse5 implements the WHATWG parsing algorithm, foreign content
 * and all) and lists every element or attribute that could run script, load something or
 * navigate somewhere unsafe.
 */
export function htmlProblems(html: string, options: HtmlCheckOptions = { requireCsp: true }): string[] {
  const problems: string[] = [];
  let cspCount = 0;
  let styleCount = 0;
  walk(parseHtml(html), (element) => {
    const name = element.tagName.toLowerCase();
    const attrs = element.attrs.map((a) => ({ name: (a.prefix ? `${a.prefix}:${a.name}` : a.name).toLowerCase(), value: a.value }));
    const show = `<${name}${attrs.map((a) => ` ${a.name}="${a.value.slice(0, 60)}"`).join('')}>`;
    if (dangerousElements.has(name) && !(name === 'img' && options.allowImages === true)) problems.push(`element ${show}`);
    if (name === 'meta') {
      const httpEquiv = attrs.find((a) => a.name === 'http-equiv');
      if (httpEquiv) {
        const content = attrs.find((a) => a.name === 'content')?.value;
        if (httpEquiv.value.toLowerCase() === 'content-security-policy' && content === contentSecurityPolicy) cspCount += 1;
        else problems.push(`meta with http-equiv: ${show}`);
      }
    }
    if (name === 'style') {
      styleCount += 1;
      const css = element.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
      // User text reaches the stylesheet only inside CSS strings (the running header); outside
      // them, nothing may load a resource or run script.
      const outsideStrings = css.replace(/"(?:\\[\s\S]|[^"\\\n])*"|'(?:\\[\s\S]|[^'\\\n])*'/g, '""');
      if (/@import|expression\s*\(|javascript:|behavior\s*:|-moz-binding|url\s*\(\s*['"]?(?!data:|#)|<\//i.test(outsideStrings)) problems.push('stylesheet loads or runs something');
    }
    for (const attr of attrs) {
      if (/^on/.test(attr.name)) problems.push(`event handler ${attr.name} on ${show}`);
      if (attr.name === 'srcdoc' || attr.name === 'formaction' || attr.name === 'srcset') problems.push(`attribute ${attr.name} on ${show}`);
      if (attr.name === 'style' && /url\s*\(|expression\s*\(|javascript:|@import/i.test(attr.value)) problems.push(`style attribute loads something on ${show}`);
      if (urlAttributes.has(attr.name)) {
        const value = attr.value.trim();
        const scheme = followedScheme(value);
        const link = (name === 'a' && attr.name === 'href') || (options.allowImages === true && name === 'img' && attr.name === 'src');
        if (link && value.startsWith('#')) continue;
        // An SVG <use> of an element of the same document (the printed career map) loads nothing.
        if (name === 'use' && attr.name === 'href' && /^#[A-Za-z][\w-]*$/.test(value)) continue;
        if (!link || (scheme !== undefined && !safeSchemes.has(scheme))) problems.push(`URL ${attr.name}="${value.slice(0, 80)}" on ${show}`);
      }
    }
  });
  if (options.requireCsp) {
    if (cspCount !== 1) problems.push(`expected exactly one Content-Security-Policy meta, found ${cspCount}`);
    if (styleCount !== 1) problems.push(`expected exactly one <style>, found ${styleCount}`);
    const head = html.slice(0, html.indexOf('<title>'));
    if (!head.includes('http-equiv="Content-Security-Policy"')) problems.push('the Content-Security-Policy does not come before the title');
  }
  return problems;
}

/**
 * Renders the Markdown export the way a permissive wiki would (raw HTML allowed, every link kept,
 * entities decoded) and checks the result: whatever the wiki, no script and no dangerous link.
 */
export function markdownProblems(md: string): string[] {
  const wiki = markdownIt({ html: true, linkify: true });
  wiki.validateLink = () => true;
  return htmlProblems(wiki.render(md), { requireCsp: false, allowImages: true }).map((p) => `Markdown renders ${p}`);
}

/** Problems with the CSV export: it must parse back to whole rows, and no cell may start a formula. */
export function csvProblems(csv: string): string[] {
  const problems: string[] = [];
  if (!csv.startsWith('\uFEFF')) problems.push('no byte-order mark');
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  if (parsed.errors.length > 0) problems.push(`CSV does not parse: ${parsed.errors[0]?.message ?? ''}`);
  parsed.data.forEach((row, i) => {
    if (row.length !== csvHeader.length) problems.push(`row ${i + 1} has ${row.length} cells, not ${csvHeader.length}`);
    row.forEach((cell, j) => {
      if (/^[=+\-@\t\r]/.test(cell)) problems.push(`row ${i + 1} cell ${j + 1} starts a formula: ${JSON.stringify(cell.slice(0, 40))}`);
    });
  });
  return problems;
}

/**
 * Problems with the JSON export: it must be JSON, re-import as a framework with no YAML problem,
 * and export again to the very same text (export → import → export is a fixpoint).
 */
export function jsonRoundTripProblems(framework: Framework): string[] {
  const json = renderJson(framework);
  try {
    JSON.parse(json);
  } catch (error) {
    return [`JSON export does not parse: ${String(error)}`];
  }
  // Indented JSON is larger than the YAML it came from: a framework near the size limit exports
  // JSON that core refuses to read back (file/too-large), which is a size limit, not a round-trip bug.
  if (json.length > MAX_TEXT_LENGTH) return [];
  const again = checkFramework(json);
  const problems = again.diagnostics.filter((d) => d.code.startsWith('yaml/') || d.code.startsWith('file/')).map((d) => `re-import: ${d.code} ${d.message}`);
  const second = renderJson(again.framework);
  if (second !== json) {
    const at = [...json].findIndex((c, i) => c !== second[i]);
    problems.push(`export → import → export differs at ${at}: ${JSON.stringify(json.slice(Math.max(0, at - 40), at + 40))} vs ${JSON.stringify(second.slice(Math.max(0, at - 40), at + 40))}`);
  }
  return problems;
}

/** Own properties of Object.prototype right now, to prove a check left it untouched. */
export function prototypeKeys(): string[] {
  return [...Object.getOwnPropertyNames(Object.prototype), ...Object.getOwnPropertySymbols(Object.prototype).map(String)].sort();
}

/** CPU time (user + system) used by this process since `start`, in milliseconds: unlike wall time, other processes on a busy machine do not inflate it. */
export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

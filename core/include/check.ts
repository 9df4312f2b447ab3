import { analyze } from '../analyze/index.ts';
import { capDiagnostics, checkParsed, withoutEchoes, type CheckOptions, type CheckResult } from '../check.ts';
import type { RuleCode } from '../diagnostic-codes.ts';
import { ruleCodes } from '../diagnostic-codes.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { buildFramework } from '../model/build.ts';
import { parseFramework, type ParsedDocument } from '../parse.ts';
import { validateSchema } from '../validate.ts';
import { documentKind, includeEntries, type DocumentKind } from './document-kind.ts';
import type { IncludeHost } from './host.ts';
import { loadLibraries } from './load.ts';
import { mergeSources } from './merge.ts';

/** A check of one file with the libraries it includes. */
export interface IncludeCheckResult extends CheckResult {
  /** What the file is: a library is checked on its own terms (no tracks, only the rules that apply). */
  kind: DocumentKind;
  /** Every library read, in merge order, as the host named them. */
  libraries: string[];
  /** The same libraries parsed, for readers of their ids (the studio's completion and go to definition). */
  libraryDocuments: readonly { file: string; parsed: ParsedDocument }[];
}

/** The rules that mean something for a library checked on its own: it has no roles or tracks. */
const libraryRules: ReadonlySet<RuleCode> = new Set<RuleCode>([
  'id/duplicate',
  'band/min-above-max',
  'band/out-of-order',
  'wording/inclusive',
  'text/bidi-control',
  'text/invisible',
]);

/**
 * Checks a framework or library file together with every library it includes: each library's
 * YAML and schema problems, the include problems (refused, missing, cyclic), then the whole
 * merged framework's analysis, each finding placed in the file and at the line it comes from.
 * A file without `include` gets exactly what `checkFramework` gives.
 */
export function checkWithIncludes(file: string, text: string, host: IncludeHost, options: CheckOptions = {}): IncludeCheckResult {
  const parsed = parseFramework(typeof text === 'string' ? text : '');
  const kind = documentKind(parsed.data);
  // A file YAML cannot read is reported by its syntax errors alone, whatever it looks like.
  if (parsed.broken) return { ...checkParsed(parsed, options), kind: kind === 'library' ? 'library' : 'framework', libraries: [], libraryDocuments: [] };
  if (kind === 'library') return checkLibrary(file, parsed, host, options);
  if (includeEntries(parsed.data).length === 0) return { ...checkParsed(parsed, options), kind, libraries: [], libraryDocuments: [] };

  const loaded = loadLibraries({ name: file, parsed }, host);
  const merged = mergeSources({ parsed }, loaded.libraries);
  const framework = buildFramework(merged.data);
  const schema = validateSchema(parsed);
  const analysis = analyze(framework, withData(parsed, merged.data), { ...options, locate: merged.locate })
    // A shared scale may hold levels one job family does not staff; that is not this family's problem.
    .filter((d) => !(d.code === 'level/unused' && d.file !== undefined));
  const own = withoutGuesses(analysis.filter((d) => d.file === undefined), loaded.diagnostics);
  const inLibraries = analysis.filter((d) => d.file !== undefined);
  const diagnostics: Diagnostic[] = [...parsed.diagnostics, ...loaded.diagnostics, ...schema, ...withoutEchoes(own, schema), ...inLibraries];
  return { framework, parsed, diagnostics: capDiagnostics(diagnostics), kind, libraries: loaded.libraries.map((l) => l.file), libraryDocuments: loaded.libraries };
}

/** Findings about ids a shared list defines: while a library is missing, its ids may well be defined there. */
const sharedIdCodes: ReadonlySet<string> = new Set(['ref/unknown-level', 'ref/unknown-dimension', 'proficiency/unknown-step', 'proficiency/unknown-dimension', 'mapping/unknown-level']);

/**
 * The file's findings once every library it asked for could be merged; while one could not (not
 * read, refused, a cycle, a framework, broken YAML), its unknown-id findings are guesses, one per
 * use of each shared id, that would bury the one problem to fix: the include.
 */
function withoutGuesses(own: Diagnostic[], loading: readonly Diagnostic[]): Diagnostic[] {
  const incomplete = loading.some((d) => (d.code.startsWith('include/') || d.code === 'yaml/syntax') && d.severity === 'error');
  return incomplete ? own.filter((d) => !sharedIdCodes.has(d.code)) : own;
}

/** A library on its own: its schema, its includes and the rules that apply without tracks. */
function checkLibrary(file: string, parsed: ParsedDocument, host: IncludeHost, options: CheckOptions): IncludeCheckResult {
  const loaded = loadLibraries({ name: file, parsed }, host);
  const merged = mergeSources({ parsed }, loaded.libraries);
  const framework = buildFramework(merged.data);
  const schema = validateSchema(parsed, 'library');
  const off = Object.fromEntries(ruleCodes.filter((code) => !libraryRules.has(code)).map((code) => [code, 'off' as const]));
  const analysis = analyze(framework, withData(parsed, merged.data), { ...options, rules: { ...options.rules, ...off }, locate: merged.locate });
  const own = analysis.filter((d) => d.file === undefined);
  const diagnostics = [...parsed.diagnostics, ...loaded.diagnostics, ...schema, ...withoutEchoes(own, schema), ...analysis.filter((d) => d.file !== undefined)];
  return { framework, parsed, diagnostics: capDiagnostics(diagnostics), kind: 'library', libraries: loaded.libraries.map((l) => l.file), libraryDocuments: loaded.libraries };
}

/** The parsed file seen with merged data; its lazily built yaml Document stays lazy. */
function withData(parsed: ParsedDocument, data: unknown): ParsedDocument {
  return Object.create(parsed, { data: { value: data, enumerable: true } }) as ParsedDocument;
}

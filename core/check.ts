import { compareDiagnostics, type Diagnostic } from './diagnostics.ts';
import { analyze, type AnalyzeOptions } from './analyze/index.ts';
import { buildFramework } from './model/build.ts';
import type { Framework } from './model/types.ts';
import { parseFramework, type ParsedDocument } from './parse.ts';
import { validateSchema } from './validate.ts';

/** Everything one check of a framework file produces. */
export interface CheckResult {
  /** Always present: built from whatever parts of the file could be read. */
  framework: Framework;
  /** yaml, schema and analysis diagnostics, sorted by position. */
  diagnostics: Diagnostic[];
  parsed: ParsedDocument;
}

/** Options of one check; `rules` sets rule levels for this run only (`--rule code=level`). */
export type CheckOptions = AnalyzeOptions;

/** The most diagnostics one check lists; an editor or terminal with thousands helps nobody. */
export const MAX_DIAGNOSTICS = 1000;

/** Schema codes that say a value itself is wrong; analysis of that same value would only echo them. */
const valueCodes = new Set(['schema/type', 'schema/pattern', 'schema/enum', 'schema/const', 'schema/minLength', 'schema/maxLength']);

/**
 * Drops analysis findings about a value the schema already rejected (a level written as a number
 * is a type error; saying it is also an unknown level would be the same problem twice).
 */
export function withoutEchoes(analysis: readonly Diagnostic[], schema: readonly Diagnostic[]): Diagnostic[] {
  const rejected = schema.filter((d) => valueCodes.has(d.code) && d.path !== '').map((d) => d.path);
  // A misspelt `expectations` key already explains why the role seems to have no expectations.
  const misspeltExpectations = schema
    .filter((d) => d.code === 'schema/additionalProperties' && d.data?.suggestions?.includes('expectations'))
    .map((d) => d.path.slice(0, d.path.lastIndexOf('/')));
  if (rejected.length === 0 && misspeltExpectations.length === 0) return [...analysis];
  return analysis.filter(
    (d) =>
      // Hidden characters explain a rejected value the reader cannot see the fault in: keep them.
      (d.code.startsWith('text/') || !rejected.some((path) => d.path === path || d.path.startsWith(path + '/'))) &&
      !(d.code === 'coverage/missing-dimension' && misspeltExpectations.some((role) => d.path.startsWith(role + '/'))),
  );
}

/**
 * The whole check of a framework file: parse, validate against the schema, build the model and
 * analyse it. It never throws, whatever the text: problems are diagnostics, and a framework is
 * always returned so previews keep working on half-written files. When the YAML itself cannot be
 * read faithfully, only the YAML problems are reported, since the rest would be echoes.
 */
export function checkFramework(text: string, options: CheckOptions = {}): CheckResult {
  const source = typeof text === 'string' ? text : '';
  try {
    return checkParsed(parseFramework(source), options);
  } catch (error) {
    // Only a bug can land here (every known bad input is a diagnostic). The studio checks on every
    // keystroke, so answer with a diagnostic rather than take the checking worker down.
    const parsed = parseFramework('');
    const reason = error instanceof Error ? error.message : String(error);
    return {
      framework: buildFramework(null),
      parsed,
      diagnostics: [
        {
          code: 'internal/check-failed',
          severity: 'error',
          message: `Rungs could not check this file because of an internal problem (${reason.slice(0, 200)}). Please report it with the file attached.`,
          path: '',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 2,
        },
      ],
    };
  }
}

/**
 * Everything after parsing: validate, build, analyse, drop echoes, sort and cap. Exposed so a
 * caller that produced the ParsedDocument another way (an incremental re-parse) gets exactly
 * the same result as `checkFramework`.
 */
export function checkParsed(parsed: ParsedDocument, options: CheckOptions = {}): CheckResult {
  const framework = buildFramework(parsed.data);
  const diagnostics = [...parsed.diagnostics];
  if (!parsed.broken) {
    const schema = validateSchema(parsed);
    diagnostics.push(...schema, ...withoutEchoes(analyze(framework, parsed, options), schema));
  }
  return { framework, diagnostics: capDiagnostics(diagnostics), parsed };
}

/**
 * Sorts diagnostics by position and keeps at most MAX_DIAGNOSTICS of them, followed by one note
 * saying how many were left out. Errors are never dropped, whatever their number or place:
 * callers decide whether to export (and what exit code to use) from the errors alone, so a
 * late error hidden behind hundreds of earlier warnings would let a broken file through.
 * Warnings come before information when the remaining room is shared out.
 */
export function capDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const sorted = [...diagnostics].sort(compareDiagnostics);
  if (sorted.length <= MAX_DIAGNOSTICS) return sorted;
  const errors = sorted.filter((d) => d.severity === 'error');
  const warnings = sorted.filter((d) => d.severity === 'warning');
  const infos = sorted.filter((d) => d.severity === 'info');
  const room = Math.max(0, MAX_DIAGNOSTICS - errors.length);
  const keptWarnings = warnings.slice(0, room);
  const keptInfos = infos.slice(0, Math.max(0, room - keptWarnings.length));
  const kept = [...errors, ...keptWarnings, ...keptInfos].sort(compareDiagnostics);
  const hidden = sorted.length - kept.length;
  const last = kept[kept.length - 1];
  kept.push({
    code: 'check/too-many-problems',
    severity: 'info',
    message:
      hidden === 1
        ? '1 more problem is not listed: fix these first and check again.'
        : `${hidden} more problems are not listed: fix these first and check again.`,
    path: '',
    line: last?.line ?? 1,
    column: last?.column ?? 1,
    endLine: last?.endLine ?? 1,
    endColumn: last?.endColumn ?? 2,
  });
  return kept;
}

import type { Diagnostic } from '../diagnostics.ts';
import type { Framework } from '../model/types.ts';
import type { ParsedDocument } from '../parse.ts';
import { rangeOf, type RangeTarget, type SourceRange } from '../positions.ts';
import type { Rule } from './rule.ts';
import { levelOf, readLintSettings, severityOf, type RuleOverrides } from './settings.ts';
import { bandMinAboveMax } from './rules/band-min-above-max.ts';
import { bandOutOfOrder } from './rules/band-out-of-order.ts';
import { bidiControlRule } from './rules/bidi-control.ts';
import { copiedExpectation } from './rules/copied-expectation.ts';
import { duplicateAcrossDimensions } from './rules/duplicate-across-dimensions.ts';
import { equivalentLevelMismatch } from './rules/equivalent-level-mismatch.ts';
import { equivalentSameTrack } from './rules/equivalent-same-track.ts';
import { inclusiveWording } from './rules/inclusive-wording.ts';
import { invisibleCharacters } from './rules/invisible-characters.ts';
import { icCeiling } from './rules/ic-ceiling.ts';
import { idDuplicate } from './rules/id-duplicate.ts';
import { levelRegression } from './rules/level-regression.ts';
import { mappingUnknownLevel } from './rules/mapping-unknown-level.ts';
import { missingDimension } from './rules/missing-dimension.ts';
import { missingIcTwin } from './rules/missing-ic-twin.ts';
import { moveKindMismatch } from './rules/move-kind-mismatch.ts';
import { unreachableTrack } from './rules/unreachable-track.ts';
import { unevenTwins } from './rules/uneven-twins.ts';
import { unknownDimension } from './rules/unknown-dimension.ts';
import { unknownLevel } from './rules/unknown-level.ts';
import { unknownRole } from './rules/unknown-role.ts';
import { unusedLevel } from './rules/unused-level.ts';
import { vagueWording } from './rules/vague-wording.ts';
import { proficiencyPartial } from './rules/proficiency-partial.ts';
import { proficiencyRegression } from './rules/proficiency-regression.ts';
import { proficiencyUnevenTwins } from './rules/proficiency-uneven-twins.ts';
import { proficiencyUnknownDimension } from './rules/proficiency-unknown-dimension.ts';
import { proficiencyUnknownStep } from './rules/proficiency-unknown-step.ts';
import { yearsRequirement } from './rules/years-requirement.ts';

export type { Finding, RelatedFinding, Rule, RuleContext } from './rule.ts';
export { readLintSettings, parseRuleSetting, levelOf, type LintSettings, type RuleOverrides, type VaguePhrase } from './settings.ts';

/** The most findings one rule reports in one check, so a pathological file stays fast. */
export const MAX_FINDINGS_PER_RULE = 500;

/** Every semantic rule, in the order their codes are documented. */
export const rules: readonly Rule[] = [
  idDuplicate,
  unknownLevel,
  unknownDimension,
  unknownRole,
  levelRegression,
  missingIcTwin,
  icCeiling,
  equivalentLevelMismatch,
  equivalentSameTrack,
  unevenTwins,
  missingDimension,
  copiedExpectation,
  duplicateAcrossDimensions,
  vagueWording,
  inclusiveWording,
  yearsRequirement,
  proficiencyUnknownStep,
  proficiencyUnknownDimension,
  proficiencyRegression,
  proficiencyPartial,
  proficiencyUnevenTwins,
  unusedLevel,
  bandMinAboveMax,
  bandOutOfOrder,
  mappingUnknownLevel,
  moveKindMismatch,
  unreachableTrack,
  bidiControlRule,
  invisibleCharacters,
];

/** Where a pointer of the analysed data is written: its file (absent for the checked file), pointer there, and range. */
export interface Located extends SourceRange {
  file?: string;
  path: string;
}

/** Options of one analysis run. */
export interface AnalyzeOptions {
  /** Per-run rule levels (`--rule code=level`); they win over the file's `lint.rules`. */
  rules?: RuleOverrides;
  /**
   * Places a pointer of the analysed data in its source. Given when the data was merged from
   * several files (a framework and the libraries it includes); by default the checked file.
   */
  locate?: (pointer: string, target: RangeTarget) => Located;
}

/**
 * Runs the semantic rules the schema cannot express (references, unique ids, level order,
 * dual-track parity, coverage, growth, wording) over a framework and places each finding in the
 * source, at the severity the registry, the file's `lint.rules` and the run's overrides give it
 * (`off` rules do not run). A rule that fails unexpectedly becomes an `internal/rule-failed`
 * diagnostic instead of stopping the others.
 */
export function analyze(framework: Framework, parsed: ParsedDocument, options: AnalyzeOptions = {}): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const settings = readLintSettings(parsed);
  const locate = options.locate ?? ((pointer: string, target: RangeTarget): Located => ({ path: pointer, ...rangeOf(parsed, pointer, target) }));
  // Merged data (options.locate) holds text from other files than parsed.text.
  const sourceText = options.locate ? undefined : parsed.text;
  for (const rule of rules) {
    const severity = severityOf(levelOf(rule.code, settings, options.rules));
    if (!severity) continue;
    try {
      for (const finding of rule.check({ framework, parsed, settings, locate, ...(sourceText !== undefined ? { sourceText } : {}) }).slice(0, MAX_FINDINGS_PER_RULE)) {
        const { file, ...place } = locate(finding.path, finding.target ?? 'head');
        diagnostics.push({
          code: rule.code,
          severity,
          message: finding.message,
          ...(file !== undefined ? { file } : {}),
          ...place,
          ...(finding.data ? { data: finding.data } : {}),
          ...(finding.related && finding.related.length > 0
            ? { related: finding.related.map((r) => ({ ...locate(r.path, r.target ?? 'head'), message: r.message })) }
            : {}),
        });
      }
    } catch (error) {
      diagnostics.push({
        code: 'internal/rule-failed',
        severity: 'warning',
        message: `Rungs could not finish the \`${rule.code}\` check because of an internal problem (${error instanceof Error ? error.message : String(error)}). The other checks ran; please report this.`,
        path: '',
        ...rangeOf(parsed, '', 'head'),
      });
    }
  }
  return diagnostics;
}

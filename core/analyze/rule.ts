import type { RuleCode } from '../diagnostic-codes.ts';
import type { DiagnosticData } from '../diagnostics.ts';
import type { Framework } from '../model/types.ts';
import type { ParsedDocument } from '../parse.ts';
import type { RangeTarget, SourceRange } from '../positions.ts';
import type { LintSettings } from './settings.ts';

/** What every rule sees: the model (for meaning), the parsed document (for raw values) and the lint settings. */
export interface RuleContext {
  framework: Framework;
  parsed: ParsedDocument;
  settings: LintSettings;
  /**
   * The text the data was read from, when it was read from that text alone (no libraries merged
   * in): a rule looking for certain characters can rule the whole file out with one scan of it.
   */
  sourceText?: string;
  /** Where a pointer of the data is written, for messages that name another place ("already used on line 4"). */
  locate(pointer: string, target: RangeTarget): SourceRange & { file?: string; path: string };
}

/** Another place that belongs to a finding; `analyze` positions it like the finding itself. */
export interface RelatedFinding {
  path: string;
  message: string;
  target?: RangeTarget;
}

/** One problem a rule found; `analyze` turns it into a positioned diagnostic. */
export interface Finding {
  /** JSON Pointer of the node to mark. */
  path: string;
  message: string;
  /** Which part of the node to mark; `head` unless said otherwise. */
  target?: RangeTarget;
  data?: DiagnosticData;
  related?: RelatedFinding[];
}

/**
 * A semantic check the schema cannot express. Its severity and summary live in the code
 * registry (core/diagnostic-codes.ts), so docs, `rungs rules` and settings all read one table.
 */
export interface Rule {
  code: RuleCode;
  check(context: RuleContext): Finding[];
}

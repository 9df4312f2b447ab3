import type { DiagnosticData, Severity } from '../diagnostics.ts';
import type { Framework } from '../model/types.ts';
import type { ParsedDocument } from '../parse.ts';
import type { RangeTarget } from '../positions.ts';

/** What every rule sees: the model (for meaning) and the parsed document (for raw values). */
export interface RuleContext {
  framework: Framework;
  parsed: ParsedDocument;
}

/** One problem a rule found; `analyze` turns it into a positioned diagnostic. */
export interface Finding {
  /** JSON Pointer of the node to mark. */
  path: string;
  message: string;
  /** Which part of the node to mark; `value` unless said otherwise. */
  target?: RangeTarget;
  data?: DiagnosticData;
}

/** A semantic check the schema cannot express, with a stable code users can look up. */
export interface Rule {
  code: string;
  severity: Severity;
  /** One sentence on what the rule protects, for docs and the problems panel. */
  description: string;
  check(context: RuleContext): Finding[];
}

/** The public API of Rungs' core pipeline: parse → validate → analyze → model. */
export { checkFramework, checkParsed, withoutEchoes, MAX_DIAGNOSTICS, type CheckResult, type CheckOptions } from './check.ts';
export { parseFramework, lineCounterFor, nestingTooDeep, MAX_ALIAS_COUNT, MAX_TEXT_LENGTH, MAX_NESTING, type ParsedDocument } from './parse.ts';
export { rangeOf, keyRangeOf, pointerOf, pointerSegments, escapePointerSegment, type SourceRange, type RangeTarget } from './positions.ts';
export { validateSchema, type SchemaKind } from './validate.ts';
export { analyze, rules, readLintSettings, parseRuleSetting, levelOf, type Rule, type RuleContext, type Finding, type RelatedFinding, type LintSettings, type RuleOverrides, type VaguePhrase } from './analyze/index.ts';
export * from './diagnostic-codes.ts';
export { suggest, editDistance } from './suggest.ts';
export { compareDiagnostics, countBySeverity, type Diagnostic, type DiagnosticData, type RelatedLocation, type Severity, type Result } from './diagnostics.ts';
export * from './model/index.ts';
export { checkWithIncludes, documentKind, includeEntries, memoryIncludeHost, type IncludeCheckResult, type IncludeHost, type DocumentKind } from './include/index.ts';

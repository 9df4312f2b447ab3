import { codeInfo, isRuleCode, type RuleCode, type RuleLevel } from '../diagnostic-codes.ts';
import type { Severity } from '../diagnostics.ts';
import type { ParsedDocument } from '../parse.ts';

/** A phrase `wording/vague` looks for, with what to write instead. */
export interface VaguePhrase {
  phrase: string;
  suggestion: string;
}

/** The `lint:` block of a framework, read leniently (the schema reports what is malformed). */
export interface LintSettings {
  /** Levels set in the file, by rule code. */
  rules: Partial<Record<RuleCode, RuleLevel>>;
  /** Phrases the framework adds to the built-in vague list. */
  vagueWords: VaguePhrase[];
  /** Words and phrases the wording rules accept in this framework, lower case. */
  allowWords: string[];
}

/** Per-run levels, such as `--rule code=level` on the command line; they win over the file. */
export type RuleOverrides = Partial<Record<RuleCode, RuleLevel>>;

/** What a phrase added in `lint.vague-words` without its own suggestion advises. */
export const DEFAULT_VAGUE_SUGGESTION = 'Say what the person does that shows it, so two readers would agree whether it is met.';

function isRuleLevel(value: unknown): value is RuleLevel {
  return value === 'off' || value === 'info' || value === 'warning' || value === 'error';
}

function own(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** Reads the `lint:` block of a parsed framework; anything malformed is skipped here (the schema reports it). */
export function readLintSettings(parsed: ParsedDocument): LintSettings {
  const lint = own(parsed.data, 'lint');
  const rules: Partial<Record<RuleCode, RuleLevel>> = {};
  const rawRules = own(lint, 'rules');
  if (typeof rawRules === 'object' && rawRules !== null && !Array.isArray(rawRules)) {
    for (const [code, level] of Object.entries(rawRules)) if (isRuleCode(code) && isRuleLevel(level)) rules[code] = level;
  }
  const vagueWords: VaguePhrase[] = [];
  const rawVague = own(lint, 'vague-words');
  if (Array.isArray(rawVague)) {
    for (const item of rawVague) {
      if (typeof item === 'string' && item.trim() !== '') vagueWords.push({ phrase: item.trim(), suggestion: DEFAULT_VAGUE_SUGGESTION });
      const phrase = own(item, 'phrase');
      const suggestion = own(item, 'suggestion');
      if (typeof phrase === 'string' && phrase.trim() !== '') {
        vagueWords.push({ phrase: phrase.trim(), suggestion: typeof suggestion === 'string' && suggestion.trim() !== '' ? suggestion.trim() : DEFAULT_VAGUE_SUGGESTION });
      }
    }
  }
  const rawAllow = own(lint, 'allow-words');
  const allowWords = Array.isArray(rawAllow) ? rawAllow.filter((w): w is string => typeof w === 'string' && w.trim() !== '').map((w) => w.trim().toLowerCase()) : [];
  return { rules, vagueWords, allowWords };
}

/** The level a rule runs at: the run's override, else the file's setting, else the registry's default. */
export function levelOf(code: RuleCode, settings: LintSettings, overrides: RuleOverrides = {}): RuleLevel {
  return overrides[code] ?? settings.rules[code] ?? codeInfo(code).severity;
}

/** Parses `code=level` (as `--rule` takes it); the error says what is wrong in one line. */
export function parseRuleSetting(text: string): { code: RuleCode; level: RuleLevel } | { error: string } {
  const at = text.lastIndexOf('=');
  if (at <= 0) return { error: `"${text}" is not code=level (for example growth/copied-expectation=off).` };
  const code = text.slice(0, at).trim();
  const level = text.slice(at + 1).trim();
  if (!isRuleCode(code)) return { error: `"${code}" is not a rule that can be configured (run \`rungs rules\` to list them).` };
  if (!isRuleLevel(level)) return { error: `"${level}" is not a level for ${code}: use off, info, warning or error.` };
  return { code, level };
}

/** A severity, or undefined for `off`. */
export function severityOf(level: RuleLevel): Severity | undefined {
  return level === 'off' ? undefined : level;
}

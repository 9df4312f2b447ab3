import { Command, InvalidArgumentError, Option } from 'commander';
import { checkFramework, countBySeverity, parseRuleSetting, type Diagnostic, type RuleOverrides, type Severity } from '../../core/index.ts';
import { formatDiagnostic } from '../format-diagnostic.ts';
import { CommandFailure, guarded, readInput, type CliContext } from '../io.ts';
import { jsonTerminalSafe, terminalSafe } from '../terminal.ts';

/** One file's outcome: its diagnostics, or why it could not be read. */
export interface FileReport {
  file: string;
  diagnostics: Diagnostic[];
  /** Set when the file could not be read (missing, a folder, binary, not UTF-8…). */
  error?: string;
}

interface ValidateOptions {
  format: 'text' | 'json';
  strict?: boolean;
  rule: RuleOverrides;
}

/** Commander's parser for a repeatable `--rule code=level`: a bad value is a usage error (exit 2). */
export function collectRuleSetting(value: string, previous: RuleOverrides = {}): RuleOverrides {
  const setting = parseRuleSetting(value);
  if ('error' in setting) throw new InvalidArgumentError(setting.error);
  return { ...previous, [setting.code]: setting.level };
}

/** Checks each file in turn; reading problems are recorded on the report rather than thrown. */
export async function validateFiles(files: readonly string[], rules: RuleOverrides = {}, context: CliContext = {}): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const file of files) {
    try {
      reports.push({ file, diagnostics: checkFramework(await readInput(file, 'framework', context), { rules }).diagnostics });
    } catch (error) {
      if (!(error instanceof CommandFailure)) throw error;
      reports.push({ file, diagnostics: [], error: error.message });
    }
  }
  return reports;
}

/** 2 when a file could not be read, 1 when one has errors (or warnings with --strict), else 0. */
export function exitCodeFor(reports: readonly FileReport[], strict: boolean): 0 | 1 | 2 {
  if (reports.some((r) => r.error !== undefined)) return 2;
  const failing = new Set<Severity>(strict ? ['error', 'warning'] : ['error']);
  return reports.some((r) => r.diagnostics.some((d) => failing.has(d.severity))) ? 1 : 0;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 || word === 'info' ? '' : 's'}`;
}

/** `file:line:column: severity code: message` lines, then a one-line summary. */
export function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const d of report.diagnostics) {
      lines.push(formatDiagnostic(report.file, d));
      // Related places (each copied bullet of one finding) follow as indented notes.
      for (const r of d.related ?? []) lines.push(`  ${terminalSafe(report.file)}:${r.line}:${r.column}: note: ${terminalSafe(r.message)}`);
    }
  }
  const counts = countBySeverity(reports.flatMap((r) => r.diagnostics));
  const unreadable = reports.filter((r) => r.error !== undefined).length;
  const checked = reports.length - unreadable;
  const problems = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')}`;
  lines.push(
    `${plural(checked, 'file')} checked: ${problems}` + (unreadable > 0 ? `; ${plural(unreadable, 'file')} could not be read.` : '.'),
  );
  return lines.join('\n') + '\n';
}

/** `[{"file": …, "diagnostics": […]}]`, with `error` on files that could not be read. */
export function formatJson(reports: readonly FileReport[]): string {
  return jsonTerminalSafe(JSON.stringify(reports, null, 2)) + '\n';
}

/** `rungs validate`: checks framework files and reports problems for people or for CI. */
export function validateCommand(context: CliContext = {}): Command {
  return new Command('validate')
    .description('check framework files for problems: YAML syntax, the format, references, level order, dual-track parity and more')
    .argument('<file...>', 'one or more framework files (.yaml); use - to read from standard input')
    .addOption(
      new Option('-f, --format <format>', 'output format: `text` prints file:line:column: severity code: message and a summary; `json` prints [{"file", "diagnostics"}] for tools and CI')
        .choices(['text', 'json'])
        .default('text'),
    )
    .option('--strict', 'fail (exit 1) on warnings too, not only on errors')
    .option(
      '--rule <code=level>',
      'set a rule to off, info, warning or error for this run, over the file\'s `lint.rules` (repeatable; `rungs rules` lists the codes)',
      collectRuleSetting,
      {},
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 no errors (warnings are allowed unless --strict), 1 a file has errors, 2 a file could not be read or the command was used wrongly.\n\nExamples:\n  rungs validate framework.yaml\n  rungs validate --strict --format json ladders/*.yaml\n  rungs validate --rule growth/copied-expectation=off --rule wording/vague=warning framework.yaml',
    )
    .action(
      guarded(async (files: string[], options: ValidateOptions) => {
        const reports = await validateFiles(files, options.rule, context);
        for (const report of reports) if (report.error !== undefined) process.stderr.write(`${terminalSafe(report.error)}\n`);
        process.stdout.write(options.format === 'json' ? formatJson(reports) : formatText(reports));
        process.exitCode = exitCodeFor(reports, options.strict === true);
      }),
    );
}

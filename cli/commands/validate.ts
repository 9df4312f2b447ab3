import { Command, InvalidArgumentError, Option } from 'commander';
import { parseRuleSetting, type RuleOverrides, type Severity } from '../../core/index.ts';
import { checkCandidates } from '../check-file.ts';
import { discover, type Candidate } from '../discover.ts';
import { CommandFailure, guarded, writeOutput, type CliContext } from '../io.ts';
import { withoutRepeats, type FileReport } from '../report/file-report.ts';
import { formatGithub } from '../report/github.ts';
import { formatGitlab } from '../report/gitlab.ts';
import { formatJson } from '../report/json.ts';
import { formatSarif } from '../report/sarif.ts';
import { formatText } from '../report/text.ts';
import { terminalSafe } from '../terminal.ts';

export type { FileReport } from '../report/file-report.ts';

const formats = {
  text: formatText,
  json: formatJson,
  github: (reports: readonly FileReport[]) => formatGithub(reports),
  sarif: (reports: readonly FileReport[]) => formatSarif(reports),
  gitlab: (reports: readonly FileReport[]) => formatGitlab(reports),
} satisfies Record<string, (reports: readonly FileReport[]) => string>;

type FormatId = keyof typeof formats;

interface ValidateOptions {
  format: FormatId;
  output?: string;
  force?: boolean;
  strict?: boolean;
  rule: RuleOverrides;
}

/** Commander's parser for a repeatable `--rule code=level`: a bad value is a usage error (exit 2). */
export function collectRuleSetting(value: string, previous: RuleOverrides = {}): RuleOverrides {
  const setting = parseRuleSetting(value);
  if ('error' in setting) throw new InvalidArgumentError(setting.error);
  return { ...previous, [setting.code]: setting.level };
}

/**
 * Checks each candidate in turn (see checkCandidates). Reading problems are recorded on the report
 * rather than thrown, so one unreadable file does not hide the others' problems.
 */
export async function validateCandidates(candidates: readonly Candidate[], rules: RuleOverrides = {}, context: CliContext = {}): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for await (const found of checkCandidates(candidates, { rules }, context)) {
    reports.push('error' in found ? { file: found.file, diagnostics: [], error: found.error } : { file: found.file, kind: found.kind, diagnostics: found.checked.diagnostics });
  }
  return withoutRepeats(reports);
}

/** Checks files named on purpose (each is checked whatever it holds). */
export function validateFiles(files: readonly string[], rules: RuleOverrides = {}, context: CliContext = {}): Promise<FileReport[]> {
  return validateCandidates(
    files.map((file) => ({ file, explicit: true })),
    rules,
    context,
  );
}

/** 2 when a file could not be read, 1 when one has errors (or warnings with --strict), else 0. */
export function exitCodeFor(reports: readonly FileReport[], strict: boolean): 0 | 1 | 2 {
  if (reports.some((r) => r.error !== undefined)) return 2;
  const failing = new Set<Severity>(strict ? ['error', 'warning'] : ['error']);
  return reports.some((r) => r.diagnostics.some((d) => failing.has(d.severity))) ? 1 : 0;
}

/**
 * Finds and checks everything the arguments name. A folder or glob that holds no framework or
 * library is a mistake worth stopping for (exit 2): in CI it usually means a wrong path, and a
 * green run that checked nothing would hide it.
 */
export async function validateArguments(args: readonly string[], rules: RuleOverrides = {}, context: CliContext = {}): Promise<FileReport[]> {
  const { candidates, searches } = await discover(args);
  const reports = await validateCandidates(candidates, rules, context);
  const checkedFrom = new Set(candidates.filter((c) => c.source !== undefined && reports.some((r) => r.file === c.file)).map((c) => c.source));
  const empty = searches.find((search) => !checkedFrom.has(search));
  if (empty !== undefined) {
    throw new CommandFailure(
      `${empty} holds no frameworks: Rungs looks for .yaml and .yml files with a top-level \`tracks:\` (a framework) or \`rungs:\` (a library). Check the path or the pattern.`,
    );
  }
  return reports;
}

const HELP_AFTER = `
Which files are checked: a folder is searched recursively for .yaml and .yml files (node_modules and
hidden folders such as .git are skipped), and a quoted glob ('ladders/**/*.yaml') is expanded; of
those, a file with a top-level \`tracks:\` is a framework and one with \`rungs:\` but no \`tracks:\` is
a library (shared dimensions, levels and proficiency). Other YAML (a CI config) is skipped. A file
named on the command line is always checked. Files are checked in path order, each once, and the
run ends with one line such as "3 frameworks, 1 library: 0 errors, 2 warnings".

Formats for CI: github (annotations on pull requests), sarif (SARIF 2.1.0 for code scanning, with
every rule in tool.driver.rules), gitlab (a Code Quality report; errors are major, warnings minor,
infos info). Problems in an included library are reported in the library's file.

Exit codes: 0 no errors (warnings are allowed unless --strict), 1 a file has errors, 2 a file could
not be read, a folder or glob holds no frameworks, or the command was used wrongly.

Examples:
  rungs validate framework.yaml
  rungs validate ladders/
  rungs validate --strict --format json 'ladders/**/*.yaml'
  rungs validate ladders --format sarif -o rungs.sarif
  rungs validate --rule growth/copied-expectation=off --rule wording/vague=warning framework.yaml`;

/** `rungs validate`: checks framework files and reports problems for people or for CI. */
export function validateCommand(context: CliContext = {}): Command {
  return new Command('validate')
    .description('check framework files for problems: YAML syntax, the format, references, level order, dual-track parity and more')
    .argument('<path...>', 'framework or library files, folders to search, or quoted globs; use - to read from standard input')
    .addOption(
      new Option(
        '-f, --format <format>',
        'output format: `text` prints file:line:column: severity code: message and a summary; `json` prints [{"file", "kind", "diagnostics"}]; `github`, `sarif` and `gitlab` are reports for CI',
      )
        .choices(Object.keys(formats))
        .default('text'),
    )
    .option('-o, --output <file>', 'write the report to this file (atomically) instead of standard output')
    .option('--force', 'with -o, replace a read-only file')
    .option('--strict', 'fail (exit 1) on warnings too, not only on errors')
    .option(
      '--rule <code=level>',
      'set a rule to off, info, warning or error for this run, over the file\'s `lint.rules` (repeatable; `rungs rules` lists the codes)',
      collectRuleSetting,
      {},
    )
    .addHelpText('after', HELP_AFTER)
    .action(
      guarded(async (args: string[], options: ValidateOptions) => {
        const reports = await validateArguments(args, options.rule, context);
        for (const report of reports) if (report.error !== undefined) process.stderr.write(`${terminalSafe(report.error)}\n`);
        const output = formats[options.format](reports);
        if (options.output !== undefined) await writeOutput(options.output, output, { force: options.force, context });
        else process.stdout.write(output);
        process.exitCode = exitCodeFor(reports, options.strict === true);
      }),
    );
}

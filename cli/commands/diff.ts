import { Command, Option } from 'commander';
import type { CheckResult } from '../../core/check.ts';
import { checkFrameworkText } from '../check-file.ts';
import { diffFrameworks, type DiffFinding, type FrameworkDiff } from '../../core/diff/framework-diff.ts';
import { renderDiffHtml, renderDiffJson, renderDiffMarkdown, renderDiffText, type TextStyle } from '../../core/diff/render-diff.ts';
import { rangeOf } from '../../core/positions.ts';
import { formatDiagnostic } from '../format-diagnostic.ts';
import { gitShow } from '../git-show.ts';
import { CommandFailure, guarded, readInput, type CliContext } from '../io.ts';
import { jsonTerminalSafe, terminalSafe } from '../terminal.ts';

export const diffFormats = ['text', 'md', 'html', 'json'] as const;
type DiffFormat = (typeof diffFormats)[number];

interface DiffOptions {
  since?: string;
  format: string;
  exitCode?: boolean;
  color?: boolean;
}

/** A diff that could not be made: always exit code 2 (1 is kept for --exit-code). */
class Refusal extends CommandFailure {}


/** Both versions read their libraries as they are on disk now, next to the framework file. */
function checked(label: string, text: string, file: string): CheckResult {
  const result = checkFrameworkText(file, text);
  const yamlError = result.diagnostics.find((d) => d.code.startsWith('yaml/') && d.severity === 'error');
  if (yamlError) throw new Refusal(`${label} cannot be compared: ${formatDiagnostic(label, yamlError)}`);
  return result;
}

const escapeCode = String.fromCharCode(27);

function textStyle(colour: boolean): TextStyle {
  const wrap = (code: string) => (colour ? (text: string) => `${escapeCode}[${code}m${text}${escapeCode}[0m` : (text: string) => text);
  return { literal: terminalSafe, heading: wrap('1'), added: wrap('32'), removed: wrap('31'), dim: wrap('2') };
}

function notBumped(diff: FrameworkDiff, current: CheckResult, revision: string): DiffFinding | undefined {
  if (diff.changes.length === 0 || diff.from.version !== diff.to.version) return undefined;
  const at = current.framework.version === undefined ? { line: 1, column: 1 } : rangeOf(current.parsed, '/version');
  const version = diff.to.version === undefined ? 'has no `version`' : `is still at version ${diff.to.version}`;
  return {
    code: 'version/not-bumped',
    severity: 'warning',
    message: `The framework changed since ${revision} (${diff.changes.length} changes, a ${diff.semver} change) but ${version}: bump \`version\` before publishing it.`,
    line: at.line,
    column: at.column,
  };
}

async function run(files: string[], options: DiffOptions, context: CliContext): Promise<number> {
  const format = options.format.toLowerCase() === 'markdown' ? 'md' : options.format.toLowerCase();
  if (!(diffFormats as readonly string[]).includes(format)) throw new Refusal(`Unknown format "${options.format}". Choose one of: ${diffFormats.join(', ')}.`);
  let oldLabel: string;
  let oldText: string;
  let newFile: string;
  if (options.since !== undefined) {
    if (files.length !== 1) throw new Refusal('With --since give one framework file: rungs diff ladder.yaml --since HEAD.');
    newFile = files[0] as string;
    if (newFile === '-') throw new Refusal('--since needs a file in a git repository, not standard input.');
    const shown = gitShow(newFile, options.since);
    if (!shown.ok) throw new Refusal(shown.message);
    oldLabel = `${newFile}@${options.since}`;
    oldText = shown.text;
  } else {
    if (files.length !== 2) throw new Refusal('Give two framework files (rungs diff old.yaml new.yaml) or one file and --since <revision>.');
    const [oldFile, second] = files as [string, string];
    newFile = second;
    oldLabel = oldFile;
    oldText = await readInput(oldFile, 'framework', context);
  }
  const newText = await readInput(newFile, 'framework', context);
  const before = checked(oldLabel, oldText, newFile);
  const after = checked(newFile, newText, newFile);
  const diff = diffFrameworks(before.framework, after.framework);
  const finding = options.since === undefined ? undefined : notBumped(diff, after, options.since);

  const formatted: Record<DiffFormat, () => string> = {
    text: () => renderDiffText(diff, before.framework, after.framework, textStyle(wantsColour(options))),
    md: () => renderDiffMarkdown(diff, before.framework, after.framework),
    html: () => renderDiffHtml(diff, before.framework, after.framework),
    json: () => jsonTerminalSafe(renderDiffJson(finding ? { ...diff, findings: [finding] } : diff)),
  };
  process.stdout.write(formatted[format as DiffFormat]());
  if (finding && format !== 'json') process.stderr.write(`${formatDiagnostic(newFile, finding)}\n`);
  return options.exitCode && diff.changes.length > 0 ? 1 : 0;
}

function wantsColour(options: DiffOptions): boolean {
  if (options.color === false || process.env.NO_COLOR) return false;
  return process.stdout.isTTY === true;
}

/** `rungs diff`: what changed between two versions of a framework, as a changelog. */
export function diffCommand(context: CliContext = {}): Command {
  return new Command('diff')
    .description('show what changed between two versions of a framework: roles, levels, expectations, twins, moves, with semver advice')
    .argument('<files...>', 'old.yaml new.yaml, or one file with --since <revision>')
    .option('-s, --since <revision>', 'compare the file with its committed version at this git revision (HEAD, a tag, a commit)')
    .addOption(new Option('-f, --format <format>', `output format: ${diffFormats.join(', ')}`).default('text'))
    .option('--exit-code', 'exit with 1 when there are changes, like git diff --exit-code')
    .option('--no-color', 'no colour in the text report (also when NO_COLOR is set)')
    .addHelpText(
      'after',
      '\nChanges are matched by id; a role whose id changed is followed when it lists the old id in `previous-ids`, or guessed when title and level match.\n' +
        'With --since, a warning version/not-bumped says when the content changed but `version` did not.\n' +
        '\nExit codes: 0 compared (1 with --exit-code when something changed), 2 the command could not run (unreadable file, YAML that cannot be read, not a git repository, unknown revision).',
    )
    .action(
      guarded(async (files: string[], options: DiffOptions) => {
        process.exitCode = await run(files, options, context);
      }),
    );
}

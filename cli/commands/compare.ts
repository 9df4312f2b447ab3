import { Command, Option } from 'commander';
import { checkFramework } from '../../core/check.ts';
import { compareRoles } from '../../core/compare/compare-roles.ts';
import { renderComparisonHtml, renderComparisonJson, renderComparisonMarkdown, renderComparisonText } from '../../core/compare/render-compare.ts';
import { closest } from '../../core/suggest.ts';
import { formatDiagnostic } from '../format-diagnostic.ts';
import { readFrameworkFile } from '../read-input.ts';
import { jsonTerminalSafe, terminalSafe } from '../terminal.ts';

export const compareFormats = ['text', 'md', 'html', 'json'] as const;
type CompareFormat = (typeof compareFormats)[number];

interface CompareOptions {
  format: string;
  force?: boolean;
  color?: boolean;
}

/** Why the command stopped, with its exit code: 1 the file has errors, 2 it could not run. */
class Refusal extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

const escapeCode = String.fromCharCode(27);

function run(file: string, fromId: string, toId: string, options: CompareOptions): void {
  const format = options.format.toLowerCase() === 'markdown' ? 'md' : options.format.toLowerCase();
  if (!(compareFormats as readonly string[]).includes(format)) throw new Refusal(`Unknown format "${options.format}". Choose one of: ${compareFormats.join(', ')}.`, 2);
  const read = readFrameworkFile(file);
  if (!read.ok) throw new Refusal(read.message, 2);
  const { framework, diagnostics } = checkFramework(read.text);
  const roleIds = [...framework.index.roles.keys()];
  for (const id of [fromId, toId]) {
    if (framework.index.roles.has(id)) continue;
    const near = closest(id, roleIds);
    throw new Refusal(`No role \`${id}\` in ${file}${near.length > 0 ? `: the nearest ids are ${near.map((n) => `\`${n}\``).join(', ')}` : ''}. List them with: rungs export ${file} --format json.`, 2);
  }
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    for (const d of errors) process.stderr.write(`${formatDiagnostic(file, d)}\n`);
    if (!options.force) throw new Refusal(`Not compared: ${file} has ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}. Fix them, or add --force to compare anyway.`, 1);
  }
  const comparison = compareRoles(framework, fromId, toId);
  const colour = options.color !== false && !process.env.NO_COLOR && process.stdout.isTTY === true;
  const wrap = (code: string) => (colour ? (text: string) => `${escapeCode}[${code}m${text}${escapeCode}[0m` : (text: string) => text);
  const render: Record<CompareFormat, () => string> = {
    text: () => renderComparisonText(comparison, { literal: terminalSafe, heading: wrap('1'), added: wrap('32'), removed: wrap('31') }),
    md: () => renderComparisonMarkdown(comparison),
    html: () => renderComparisonHtml(comparison),
    json: () => jsonTerminalSafe(renderComparisonJson(comparison)),
  };
  process.stdout.write(render[format as CompareFormat]());
}

/** `rungs compare`: what changes between two roles, dimension by dimension. */
export function compareCommand(): Command {
  return new Command('compare')
    .description('show what changes between two roles: bullets added, changed (with a word diff), kept and dropped per dimension, and scope, years, band and twins')
    .argument('<file>', 'the framework file (.yaml)')
    .argument('<from-role>', 'the role someone holds now (a role id)')
    .argument('<to-role>', 'the role they are looking at (a role id)')
    .addOption(new Option('-f, --format <format>', `output format: ${compareFormats.join(', ')}`).default('text'))
    .option('--force', 'compare even if the file has errors')
    .option('--no-color', 'no colour in the text report (also when NO_COLOR is set)')
    .addHelpText(
      'after',
      '\nExamples:\n  rungs compare ladder.yaml senior-engineer staff-engineer            a promotion\n  rungs compare ladder.yaml staff-engineer engineering-manager -f html > switch.html\n' +
        '\nExit codes: 0 compared, 1 the file has errors (nothing compared), 2 the command could not run (unknown role, unreadable file, bad option).',
    )
    .action((file: string, fromId: string, toId: string, options: CompareOptions) => {
      try {
        run(file, fromId, toId, options);
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        process.stderr.write(`${terminalSafe(error.message)}\n`);
        process.exitCode = error.exitCode;
      }
    });
}

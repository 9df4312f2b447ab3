import { Command, Option } from 'commander';
import { compareRoles } from '../../core/compare/compare-roles.ts';
import { renderComparisonHtml, renderComparisonJson, renderComparisonMarkdown, renderComparisonText } from '../../core/compare/render-compare.ts';
import { CommandRefusal, frameworkWithRoles, refusingCleanly, writeOutput } from '../role-input.ts';
import { jsonTerminalSafe, terminalSafe } from '../terminal.ts';

export const compareFormats = ['text', 'md', 'html', 'json'] as const;
type CompareFormat = (typeof compareFormats)[number];

interface CompareOptions {
  format: string;
  output?: string;
  force?: boolean;
  color?: boolean;
}

const escapeCode = String.fromCharCode(27);

function run(file: string, fromId: string, toId: string, options: CompareOptions): void {
  const format = options.format.toLowerCase() === 'markdown' ? 'md' : options.format.toLowerCase();
  if (!(compareFormats as readonly string[]).includes(format)) throw new CommandRefusal(`Unknown format "${options.format}". Choose one of: ${compareFormats.join(', ')}.`, 2);
  const framework = frameworkWithRoles(file, [fromId, toId], options.force, 'compared');
  const comparison = compareRoles(framework, fromId, toId);
  const colour = options.output === undefined && options.color !== false && !process.env.NO_COLOR && process.stdout.isTTY === true;
  const wrap = (code: string) => (colour ? (text: string) => `${escapeCode}[${code}m${text}${escapeCode}[0m` : (text: string) => text);
  const render: Record<CompareFormat, () => string> = {
    text: () => renderComparisonText(comparison, { literal: terminalSafe, heading: wrap('1'), added: wrap('32'), removed: wrap('31') }),
    md: () => renderComparisonMarkdown(comparison),
    html: () => renderComparisonHtml(comparison),
    json: () => jsonTerminalSafe(renderComparisonJson(comparison)),
  };
  writeOutput(options.output, render[format as CompareFormat]());
}

/** `rungs compare`: what changes between two roles, dimension by dimension. */
export function compareCommand(): Command {
  return new Command('compare')
    .description('show what changes between two roles: bullets added, changed (with a word diff), kept and dropped per dimension, and scope, years, band and twins')
    .argument('<file>', 'the framework file (.yaml)')
    .argument('<from-role>', 'the role someone holds now (a role id)')
    .argument('<to-role>', 'the role they are looking at (a role id)')
    .addOption(new Option('-f, --format <format>', `output format: ${compareFormats.join(', ')}`).default('text'))
    .option('-o, --output <path>', 'file to write (replaced if it exists); without it the comparison prints')
    .option('--force', 'compare even if the file has errors')
    .option('--no-color', 'no colour in the text report (also when NO_COLOR is set)')
    .addHelpText(
      'after',
      '\nExamples:\n  rungs compare ladder.yaml senior-engineer staff-engineer            a promotion\n  rungs compare ladder.yaml staff-engineer engineering-manager -f html -o switch.html\n' +
        '\nExit codes: 0 compared, 1 the file has errors (nothing compared), 2 the command could not run (unknown role, unreadable file, bad option).',
    )
    .action((file: string, fromId: string, toId: string, options: CompareOptions) => refusingCleanly(() => run(file, fromId, toId, options)));
}

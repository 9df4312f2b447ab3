import path from 'node:path';
import { Command } from 'commander';
import { jobPlaceholders, renderJobHtml, renderJobMarkdown, UnknownPlaceholder } from '../../core/growth/job.ts';
import { readFrameworkFile } from '../read-input.ts';
import { CommandRefusal, frameworkWithRoles, refusingCleanly, writeOutput } from '../role-input.ts';

export const jobFormats = ['md', 'html'] as const;

interface JobCommandOptions {
  format?: string;
  output?: string;
  band?: boolean;
  template?: string;
  force?: boolean;
}

function run(file: string, roleId: string, options: JobCommandOptions): void {
  const fromName = options.output ? path.extname(options.output).slice(1).toLowerCase() : undefined;
  const named = (options.format ?? (fromName === 'html' || fromName === 'htm' ? 'html' : 'md')).toLowerCase();
  const format = named === 'markdown' ? 'md' : named;
  if (!(jobFormats as readonly string[]).includes(format)) throw new CommandRefusal(`Unknown format "${options.format}". Choose one of: ${jobFormats.join(', ')}.`, 2);
  if (options.template !== undefined && format !== 'md') throw new CommandRefusal('--template fills a Markdown template: use it with --format md.', 2);
  let template: string | undefined;
  if (options.template !== undefined) {
    // The template is text like a framework, so it goes through the same safe reader and limits.
    const read = readFrameworkFile(options.template);
    if (!read.ok) throw new CommandRefusal(read.message.replace('framework file (.yaml)', 'Markdown template (.md)'), 2);
    template = read.text;
  }
  const framework = frameworkWithRoles(file, [roleId], options.force, 'written');
  try {
    writeOutput(options.output, format === 'html' ? renderJobHtml(framework, roleId, { band: options.band === true }) : renderJobMarkdown(framework, roleId, { band: options.band === true }, template));
  } catch (error) {
    if (!(error instanceof UnknownPlaceholder)) throw error;
    throw new CommandRefusal(`${options.template}:${error.line}:${error.column}: unknown placeholder {{${error.placeholder}}}. Use one of: ${Object.keys(jobPlaceholders).map((p) => `{{${p}}}`).join(', ')}.`, 2);
  }
}

/** `rungs job`: a job description or advert for a role. */
export function jobCommand(): Command {
  const placeholders = Object.entries(jobPlaceholders).map(([name, what]) => `  {{${name}}}  ${what}`).join('\n');
  return new Command('job')
    .description("write a job description for a role: title, level, summary, scope, what you will do (the role's expectations) and what we look for")
    .argument('<file>', 'the framework file (.yaml)')
    .argument('<role>', 'the role to describe (a role id)')
    .option('-f, --format <format>', `output format: ${jobFormats.join(', ')} (default: from the -o file name, else md)`)
    .option('-o, --output <path>', 'file to write (replaced if it exists); without it the description prints')
    .option('--band', "include the level's pay band")
    .option('--template <file.md>', 'your own Markdown template with the placeholders below')
    .option('--force', 'write it even if the file has errors')
    .addHelpText(
      'after',
      `\nTemplate placeholders (a line whose placeholders are all empty is left out):\n${placeholders}\n` +
        '\nExamples:\n  rungs job ladder.yaml senior-engineer --band -o senior-engineer.md\n  rungs job ladder.yaml staff-engineer --template careers-page.md\n' +
        '\nExit codes: 0 written, 1 the file has errors (nothing written), 2 the command could not run (unknown role, unknown placeholder, unreadable file, bad option).',
    )
    .action((file: string, roleId: string, options: JobCommandOptions) => refusingCleanly(() => run(file, roleId, options)));
}

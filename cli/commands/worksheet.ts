import path from 'node:path';
import { Command, Option } from 'commander';
import { buildWorksheet, renderWorksheetHtml, renderWorksheetMarkdown, worksheetPrintInput } from '../../core/growth/worksheet.ts';
import { markdownLine } from '../../core/render/markdown.ts';
import { findChromium, installHint } from '../chromium.ts';
import { printPdf } from '../pdf.ts';
import { CommandRefusal, frameworkWithRoles, refusingCleanly, writeOutput } from '../role-input.ts';

export const worksheetFormats = ['html', 'pdf', 'md'] as const;
type WorksheetFormat = (typeof worksheetFormats)[number];

interface WorksheetOptions {
  from?: string;
  format?: string;
  output?: string;
  paper: string;
  force?: boolean;
}

const extensions: Record<string, WorksheetFormat> = { '.html': 'html', '.htm': 'html', '.pdf': 'pdf', '.md': 'md', '.markdown': 'md' };

function chooseFormat(options: WorksheetOptions): WorksheetFormat {
  if (options.format === undefined) return (options.output && extensions[path.extname(options.output).toLowerCase()]) || 'html';
  const format = options.format.toLowerCase() === 'markdown' ? 'md' : options.format.toLowerCase();
  if ((worksheetFormats as readonly string[]).includes(format)) return format as WorksheetFormat;
  throw new CommandRefusal(`Unknown format "${options.format}". Choose one of: ${worksheetFormats.join(', ')}.`, 2);
}

async function run(file: string, roleId: string, options: WorksheetOptions): Promise<void> {
  const format = chooseFormat(options);
  const paper = options.paper.toLowerCase();
  if (paper !== 'a4' && paper !== 'letter') throw new CommandRefusal(`Unknown paper size "${options.paper}". Choose a4 or letter.`, 2);
  if (format === 'pdf' && options.output === undefined) throw new CommandRefusal('A PDF worksheet needs a file name: add -o worksheet.pdf.', 2);
  const framework = frameworkWithRoles(file, options.from === undefined ? [roleId] : [roleId, options.from], options.force, 'written');
  const sheet = buildWorksheet(framework, roleId, options.from);
  if (format === 'html') return writeOutput(options.output, renderWorksheetHtml(sheet));
  if (format === 'md') return writeOutput(options.output, renderWorksheetMarkdown(sheet, markdownLine));
  if (!findChromium()) throw new CommandRefusal(installHint, 2);
  let pdf: Buffer;
  try {
    pdf = await printPdf(worksheetPrintInput(sheet, paper));
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new CommandRefusal(`Could not print the PDF with Chromium: ${reason}`, 2);
  }
  writeOutput(options.output, pdf);
}

/** `rungs worksheet`: a printable self-assessment or promotion worksheet for one role. */
export function worksheetCommand(): Command {
  return new Command('worksheet')
    .description('write a self-assessment or promotion worksheet for a role: a checkbox and space for evidence per expectation, a self-rating per dimension, manager notes and a summary')
    .argument('<file>', 'the framework file (.yaml)')
    .argument('<role>', 'the role to assess against (a role id)')
    .option('--from <role>', 'the role the person holds now: expectations new at the target level are marked')
    .option('-f, --format <format>', `output format: ${worksheetFormats.join(', ')} (default: from the -o file name, else html)`)
    .option('-o, --output <path>', 'file to write (replaced if it exists); needed for pdf, otherwise the worksheet prints')
    .addOption(new Option('--paper <size>', 'paper size for pdf: a4 or letter').default('a4'))
    .option('--force', 'write the worksheet even if the file has errors')
    .addHelpText(
      'after',
      '\nExamples:\n  rungs worksheet ladder.yaml staff-engineer --from senior-engineer -o promotion.pdf\n  rungs worksheet ladder.yaml senior-engineer -f md > self-assessment.md\n' +
        '\nThe HTML is a form that works without JavaScript: fill it in a browser, or print it for handwriting.\n' +
        '\nExit codes: 0 written, 1 the file has errors (nothing written), 2 the command could not run (unknown role, unreadable file, bad option, no Chromium for pdf).',
    )
    .action((file: string, roleId: string, options: WorksheetOptions) => refusingCleanly(() => run(file, roleId, options)));
}

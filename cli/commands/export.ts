import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import type { Diagnostic } from '../../core/index.ts';
import { checkFrameworkFile, checkFrameworkText } from '../check-file.ts';
import { exportFormat, exportFormatForFile, exportFormatIds, exportFormatNamed, exportFramework, type ExportFormatId, type Printer } from '../../core/render/index.ts';
import type { ChangesSince } from '../../core/render/options.ts';
import { markdownPictures } from '../../core/render/markdown-pictures.ts';
import { selectTracks } from '../../core/render/select.ts';
import { findChromium, installHint, launchChromium } from '../chromium.ts';
import { formatDiagnostic } from '../format-diagnostic.ts';
import { CommandFailure, guarded, readInput, say, writeOutput, type CliContext } from '../io.ts';
import { printPdf } from '../pdf.ts';
import { gitShow } from '../git-show.ts';
import { findUnprintable, type UnprintableCharacter } from '../unprintable.ts';

interface ExportOptions {
  changesSince?: string;
  pictures?: string;
  format?: string;
  output?: string;
  tracks?: string;
  paper: string;
  force?: boolean;
}

function chooseFormat(options: ExportOptions): ExportFormatId {
  if (options.format !== undefined) {
    const format = exportFormatNamed(options.format);
    if (format) return format;
    throw new CommandFailure(`Unknown format "${options.format}". Choose one of: ${exportFormatIds.join(', ')}.`, 2);
  }
  const fromName = options.output ? exportFormatForFile(options.output) : undefined;
  if (fromName) return fromName;
  throw new CommandFailure(`Choose a format with --format (${exportFormatIds.join(', ')}).`, 2);
}

/**
 * Chromium through playwright-core, said to be slow only when it is (a cold start can take
 * seconds). The same browser then looks for characters no installed font can draw, which would
 * print as empty boxes; they are collected in `unprintable` for the caller to report.
 */
function chromiumPrinter(sourceText: string, unprintable: UnprintableCharacter[]): Printer {
  return {
    async print(input) {
      const progress = setTimeout(() => process.stderr.write('Printing the PDF with Chromium…\n'), 1000);
      const browser = await launchChromium();
      try {
        const pdf = await printPdf(input, browser);
        unprintable.push(...(await findUnprintable(browser, input.html, sourceText)));
        return pdf;
      } finally {
        clearTimeout(progress);
        await browser.close();
      }
    },
  };
}

async function runExport(file: string, options: ExportOptions, context: CliContext): Promise<void> {
  const format = chooseFormat(options);
  const paper = options.paper.toLowerCase();
  if (paper !== 'a4' && paper !== 'letter') throw new CommandFailure(`Unknown paper size "${options.paper}". Choose a4 or letter.`, 2);

  if (options.output !== undefined && file !== '-' && sameFile(file, options.output)) {
    throw new CommandFailure(`-o ${options.output} is the framework file itself; exporting there would replace your YAML. Choose another file name.`, 2);
  }
  const check = await checkFrameworkFile(file, context);
  const sourceText = check.parsed.text;
  const unprintable: UnprintableCharacter[] = [];
  let changesSince: ChangesSince | undefined;
  if (options.changesSince !== undefined) {
    if (!exportFormat(format).options.includes('changesSince')) throw new CommandFailure('--changes-since adds a section to the rubric: use it with html or pdf.', 2);
    changesSince = { label: options.changesSince, previous: checkFrameworkText(file, await readEarlierVersion(file, options.changesSince, context)).framework };
  }
  let tracks: string[] | undefined;
  if (options.tracks !== undefined) {
    tracks = options.tracks.split(',').map((t) => t.trim()).filter(Boolean);
    if (tracks.length === 0) throw new CommandFailure(`No track ids given to --tracks. Use one of: ${check.framework.tracks.map((t) => t.id).join(', ') || 'none'}.`, 2);
  }

  // Without -o the PDF is named after the framework, in the current folder. The user never typed
  // that name, so an existing file of that name is not replaced unless --force says so.
  const target = options.output ?? (format === 'pdf' ? `${file === '-' ? 'framework' : path.basename(file, path.extname(file))}.pdf` : undefined);
  if (format === 'pdf') {
    if (options.output === undefined && !options.force && target !== undefined && existsSync(target)) {
      throw new CommandFailure(`${target} already exists. Name the PDF with -o, or add --force to overwrite it.`, 2);
    }
  }

  let pictures: { mode: 'inline' } | { mode: 'files'; prefix: string } | undefined;
  if (options.pictures !== undefined) {
    const mode = options.pictures.toLowerCase();
    if (!exportFormat(format).options.includes('pictures')) throw new CommandFailure('--pictures is for the Markdown export (html and pdf always have their pictures).', 2);
    if (mode === 'inline') pictures = { mode: 'inline' };
    else if (mode === 'files') {
      if (target === undefined) throw new CommandFailure('--pictures files writes SVG files beside the Markdown: name it with -o (e.g. -o ladder.md).', 2);
      pictures = { mode: 'files', prefix: `${path.basename(target, path.extname(target))}-` };
    } else throw new CommandFailure(`Unknown --pictures "${options.pictures}". Choose inline (SVG inside the page, for wikis that show HTML) or files (SVG files beside it).`, 2);
  }

  const settings = { format, paper: paper as 'a4' | 'letter', ...(tracks ? { tracks } : {}), ...(changesSince ? { changesSince } : {}), ...(pictures ? { pictures } : {}), force: options.force === true };
  // The export service refuses errors and unknown tracks before it starts a browser.
  const result = await exportFramework(check, settings, {
    print: async (input) => {
      if (!findChromium()) throw new Error(installHint);
      return chromiumPrinter(sourceText, unprintable).print(input);
    },
  });
  if (!result.ok) {
    if (result.reason === 'print-failed') {
      throw new CommandFailure(findChromium() ? result.message.replace('The PDF document could not be printed', 'Could not print the PDF with Chromium') : installHint, 2);
    }
    const unknown = result.blockers.find((b) => b.kind === 'unknown-tracks');
    // An unknown track id is a usage mistake (exit 2) that --force does not excuse.
    if (unknown) throw new CommandFailure(unknown.message, 2);
    const errors = result.blockers.find((b) => b.kind === 'errors');
    if (errors?.kind === 'errors') {
      reportErrors(file, check.diagnostics);
      throw new CommandFailure(`Not exported: ${file} has ${count(errors.count)}. Fix ${errors.count === 1 ? 'it' : 'them'}, or add --force to export anyway.`, 1);
    }
    throw new CommandFailure(result.message, 2);
  }
  for (const forced of result.forced) {
    if (forced.kind !== 'errors') continue;
    reportErrors(file, check.diagnostics);
    say(`Exporting anyway (--force), although ${file} has ${count(forced.count)}: the export may be incomplete.`);
  }
  if (result.data === null) return;
  if (target === undefined) {
    process.stdout.write(result.data);
    return;
  }
  await writeOutput(target, result.data, { force: options.force === true, context });
  if (pictures?.mode === 'files') {
    // The pictures go beside the page, through the same safe writer, named as the page links them.
    for (const picture of markdownPictures(selectTracks(check.framework, tracks))) {
      const file = path.join(path.dirname(target), `${pictures.prefix}${picture.file}`);
      await writeOutput(file, picture.svg, { force: options.force === true, context });
    }
  }
  // A character no font can draw prints as an empty box: say which and where instead of silently.
  for (const u of unprintable) {
    process.stderr.write(
      `${formatDiagnostic(file, { line: u.line, column: u.column, severity: 'warning', code: 'export/unprintable-character', message: `The PDF cannot show "${u.character}" (${u.codePoint}) in "${u.context}": no installed font has it, so it prints as an empty box. Install a font with it (e.g. Noto) or leave it out.` })}\n`,
    );
  }
  say(`Wrote ${target}`);
}

function count(errors: number): string {
  return `${errors} ${errors === 1 ? 'error' : 'errors'}`;
}

/** Every error is listed, as validate does, so the summary line only counts them. */
function reportErrors(file: string, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) if (d.severity === 'error') process.stderr.write(`${formatDiagnostic(file, d)}\n`);
}

/**
 * The earlier version for --changes-since: a file when one exists at that path (read by the same
 * safe reader), otherwise a git revision of the framework file.
 */
async function readEarlierVersion(file: string, since: string, context: CliContext): Promise<string> {
  if (existsSync(since)) return readInput(since, 'framework', context);
  if (file === '-') throw new CommandFailure(`--changes-since ${since}: no such file, and a git revision needs a framework file, not standard input.`, 2);
  const shown = gitShow(file, since);
  if (!shown.ok) throw new CommandFailure(shown.message, 2);
  return shown.text;
}

/** Whether two paths name the same file, following symlinks where the files exist. */
function sameFile(a: string, b: string): boolean {
  const resolve = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return resolve(a) === resolve(b);
}

/** `rungs export`: turns a framework into a rubric (HTML, PDF, Markdown, CSV or JSON). */
export function exportCommand(context: CliContext = {}): Command {
  return new Command('export')
    .description('export a framework as a rubric: html, pdf, md (Markdown), csv or json')
    .argument('<file>', 'the framework file (.yaml); use - to read it from standard input')
    .option('-f, --format <format>', `output format: ${exportFormatIds.join(', ')} (default: from the -o file name)`)
    .option(
      '-o, --output <path>',
      'file to write, replaced if it exists. When left out, text formats print to the terminal and a PDF is written to the current folder as <name>.pdf, named after the framework file (framework.pdf for -), which is never replaced without --force',
    )
    .option('-t, --tracks <ids>', 'only these tracks, as comma-separated track ids (e.g. ic,management)')
    .addOption(new Option('--paper <size>', 'paper size for PDF and print: a4 or letter').default('a4'))
    .option('--pictures <inline|files>', 'md: add the skills map and radars, as SVG inside the page (inline, for wikis that render HTML) or as SVG files beside it (files, needs -o)')
    .option('--changes-since <rev|file>', 'html and pdf: add "What changed in this version" (against a git revision of the file, or another file) and mark changed bullets')
    .option('--force', 'export even if the file has errors; also lets a PDF written without -o replace an existing <name>.pdf, and -o replace a read-only file')
    .addHelpText(
      'after',
      '\nThe file is written atomically: if anything fails (a full disk, a crash), the previous file stays as it was.\n\nExit codes: 0 exported, 1 the file has errors (nothing written), 2 the command could not run (bad option, unreadable file, unknown track, <name>.pdf already exists, no Chromium, the file could not be written).',
    )
    .action(guarded((file: string, options: ExportOptions) => runExport(file, options, context)));
}

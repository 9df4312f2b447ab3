import { existsSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { checkFramework } from '../../core/index.ts';
import { exportBlockers, printInput, renderExport, type RenderOptions } from '../../core/render/index.ts';
import { findChromium, installHint, launchChromium } from '../chromium.ts';
import { formatDiagnostic } from '../format-diagnostic.ts';
import { printPdf } from '../pdf.ts';
import { gitShow } from '../git-show.ts';
import { findUnprintable, type UnprintableCharacter } from '../unprintable.ts';
import { readFrameworkFile } from '../read-input.ts';
import { terminalSafe } from '../terminal.ts';

export const exportFormats = ['html', 'pdf', 'md', 'csv', 'json'] as const;
export type ExportFormatName = (typeof exportFormats)[number];

const extensions: Record<string, ExportFormatName> = { '.html': 'html', '.htm': 'html', '.pdf': 'pdf', '.md': 'md', '.markdown': 'md', '.csv': 'csv', '.json': 'json' };

interface ExportOptions {
  changesSince?: string;
  format?: string;
  output?: string;
  tracks?: string;
  paper: string;
  force?: boolean;
}

/** A problem that stops the export before anything is written, with the exit code to use. */
class Refusal extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

function chooseFormat(options: ExportOptions): ExportFormatName {
  if (options.format !== undefined) {
    const format = options.format.toLowerCase() === 'markdown' ? 'md' : options.format.toLowerCase();
    if ((exportFormats as readonly string[]).includes(format)) return format as ExportFormatName;
    throw new Refusal(`Unknown format "${options.format}". Choose one of: ${exportFormats.join(', ')}.`, 2);
  }
  const fromName = options.output ? extensions[path.extname(options.output).toLowerCase()] : undefined;
  if (fromName) return fromName;
  throw new Refusal(`Choose a format with --format (${exportFormats.join(', ')}).`, 2);
}

async function runExport(file: string, options: ExportOptions): Promise<void> {
  const format = chooseFormat(options);
  const paper = options.paper.toLowerCase();
  if (paper !== 'a4' && paper !== 'letter') throw new Refusal(`Unknown paper size "${options.paper}". Choose a4 or letter.`, 2);

  if (options.output !== undefined && file !== '-' && sameFile(file, options.output)) {
    throw new Refusal(`-o ${options.output} is the framework file itself; exporting there would replace your YAML. Choose another file name.`, 2);
  }
  const read = readFrameworkFile(file);
  if (!read.ok) throw new Refusal(read.message, 2);
  const { framework, diagnostics } = checkFramework(read.text);
  const renderOptions: RenderOptions = { paper };
  if (options.changesSince !== undefined) {
    if (format !== 'html' && format !== 'pdf') throw new Refusal('--changes-since adds a section to the rubric: use it with html or pdf.', 2);
    const earlier = readEarlierVersion(file, options.changesSince);
    if (!earlier.ok) throw new Refusal(earlier.message, 2);
    renderOptions.changesSince = { label: options.changesSince, previous: checkFramework(earlier.text).framework };
  }
  let tracks: string[] | undefined;
  if (options.tracks !== undefined) {
    tracks = options.tracks.split(',').map((t) => t.trim()).filter(Boolean);
    if (tracks.length === 0) throw new Refusal(`No track ids given to --tracks. Use one of: ${framework.tracks.map((t) => t.id).join(', ') || 'none'}.`, 2);
    renderOptions.tracks = tracks;
  }

  for (const blocker of exportBlockers({ framework, diagnostics }, tracks)) {
    // An unknown track id is a usage mistake (exit 2) that --force does not excuse.
    if (blocker.kind === 'unknown-tracks') throw new Refusal(blocker.message, 2);
    // Every error is listed, as validate does, so the summary only counts them.
    for (const d of diagnostics) if (d.severity === 'error') process.stderr.write(`${formatDiagnostic(file, d)}\n`);
    const count = `${blocker.count} ${blocker.count === 1 ? 'error' : 'errors'}`;
    if (!options.force) throw new Refusal(`Not exported: ${file} has ${count}. Fix ${blocker.count === 1 ? 'it' : 'them'}, or add --force to export anyway.`, 1);
    say(`Exporting anyway (--force), although ${file} has ${count}: the export may be incomplete.`);
  }

  if (format !== 'pdf') {
    const output = renderExport(format, framework, renderOptions).text;
    if (options.output === undefined) {
      process.stdout.write(output);
      return;
    }
    write(options.output, output);
    say(`Wrote ${options.output}`);
    return;
  }

  // Without -o the PDF is named after the framework, in the current folder. The user never typed
  // that name, so an existing file of that name is not replaced unless --force says so.
  const target = options.output ?? `${file === '-' ? 'framework' : path.basename(file, path.extname(file))}.pdf`;
  if (options.output === undefined && !options.force && existsSync(target)) {
    throw new Refusal(`${target} already exists. Name the PDF with -o, or add --force to overwrite it.`, 2);
  }
  if (!findChromium()) throw new Refusal(installHint, 2);
  // Printing starts a browser, which can take a few seconds on a cold machine: say so, but only
  // when it is slow, so quick exports stay quiet.
  const progress = setTimeout(() => process.stderr.write('Printing the PDF with Chromium…\n'), 1000);
  let pdf: Buffer;
  let unprintable: UnprintableCharacter[];
  try {
    const input = printInput(framework, renderOptions);
    const browser = await launchChromium();
    try {
      pdf = await printPdf(input, browser);
      unprintable = await findUnprintable(browser, input.html, read.text);
    } finally {
      await browser.close();
    }
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new Refusal(`Could not print the PDF with Chromium: ${reason}`, 2);
  } finally {
    clearTimeout(progress);
  }
  // A character no font can draw prints as an empty box; say which and where instead of silently.
  for (const u of unprintable) {
    process.stderr.write(
      `${formatDiagnostic(file, { line: u.line, column: u.column, severity: 'warning', code: 'export/unprintable-character', message: `The PDF cannot show "${u.character}" (${u.codePoint}) in "${u.context}": no installed font has it, so it prints as an empty box. Install a font with it (e.g. Noto) or leave it out.` })}\n`,
    );
  }
  write(target, pdf);
  say(`Wrote ${target}`);
}

/**
 * The earlier version for --changes-since: a file when one exists at that path, otherwise a git
 * revision of the framework file.
 */
function readEarlierVersion(file: string, since: string): { ok: true; text: string } | { ok: false; message: string } {
  if (existsSync(since)) return readFrameworkFile(since);
  if (file === '-') return { ok: false, message: `--changes-since ${since}: no such file, and a git revision needs a framework file, not standard input.` };
  return gitShow(file, since);
}

/** One line to stderr; file names and messages can quote text from the user, so made terminal-safe. */
function say(line: string): void {
  process.stderr.write(`${terminalSafe(line)}\n`);
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

function write(target: string, content: string | Buffer): void {
  try {
    writeFileSync(target, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : 'the file could not be written';
    throw new Refusal(`Cannot write ${target}: ${why}.`, 2);
  }
}

/** `rungs export`: turns a framework into a rubric (HTML, PDF, Markdown, CSV or JSON). */
export function exportCommand(): Command {
  return new Command('export')
    .description('export a framework as a rubric: html, pdf, md (Markdown), csv or json')
    .argument('<file>', 'the framework file (.yaml); use - to read it from standard input')
    .option('-f, --format <format>', `output format: ${exportFormats.join(', ')} (default: from the -o file name)`)
    .option(
      '-o, --output <path>',
      'file to write, replaced if it exists. When left out, text formats print to the terminal and a PDF is written to the current folder as <name>.pdf, named after the framework file (framework.pdf for -), which is never replaced without --force',
    )
    .option('-t, --tracks <ids>', 'only these tracks, as comma-separated track ids (e.g. ic,management)')
    .addOption(new Option('--paper <size>', 'paper size for PDF and print: a4 or letter').default('a4'))
    .option('--changes-since <rev|file>', 'html and pdf: add "What changed in this version" (against a git revision of the file, or another file) and mark changed bullets')
    .option('--force', 'export even if the file has errors; also lets a PDF written without -o replace an existing <name>.pdf')
    .addHelpText('after', '\nExit codes: 0 exported, 1 the file has errors (nothing written), 2 the command could not run (bad option, unreadable file, unknown track, <name>.pdf already exists, no Chromium).')
    .action(async (file: string, options: ExportOptions) => {
      try {
        await runExport(file, options);
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        say(error.message);
        process.exitCode = error.exitCode;
      }
    });
}

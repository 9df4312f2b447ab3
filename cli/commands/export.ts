import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { checkFramework, type Diagnostic } from '../../core/index.ts';
import { printInput, renderCsv, renderHtml, renderJson, renderMarkdown, unknownTrackIds, type RenderOptions } from '../../core/render/index.ts';
import { findChromium, installHint } from '../chromium.ts';
import { printPdf } from '../pdf.ts';

export const exportFormats = ['html', 'pdf', 'md', 'csv', 'json'] as const;
export type ExportFormatName = (typeof exportFormats)[number];

const extensions: Record<string, ExportFormatName> = { '.html': 'html', '.htm': 'html', '.pdf': 'pdf', '.md': 'md', '.markdown': 'md', '.csv': 'csv', '.json': 'json' };

interface ExportOptions {
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

/** Reads a framework file as UTF-8 text, refusing with exit code 2 what is not one. */
function readFramework(file: string): string {
  let stats;
  try {
    stats = statSync(file);
  } catch {
    throw new Refusal(`Cannot find ${file}. Check the path and try again.`, 2);
  }
  if (stats.isDirectory()) throw new Refusal(`${file} is a folder. Give the path of a framework file (.yaml).`, 2);
  const bytes = readFileSync(file);
  if (bytes.includes(0)) throw new Refusal(`${file} is not a text file. A framework is a YAML text file.`, 2);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Refusal(`${file} is not valid UTF-8 text. Save it as UTF-8 and try again.`, 2);
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

function formatDiagnostic(file: string, d: Diagnostic): string {
  return `${file}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}`;
}

function render(format: Exclude<ExportFormatName, 'pdf'>, framework: Parameters<typeof renderHtml>[0], options: RenderOptions): string {
  switch (format) {
    case 'html':
      return renderHtml(framework, options);
    case 'md':
      return renderMarkdown(framework, options);
    case 'csv':
      return renderCsv(framework, options);
    case 'json':
      return renderJson(framework, options);
  }
}

async function runExport(file: string, options: ExportOptions): Promise<void> {
  const format = chooseFormat(options);
  const paper = options.paper.toLowerCase();
  if (paper !== 'a4' && paper !== 'letter') throw new Refusal(`Unknown paper size "${options.paper}". Choose a4 or letter.`, 2);

  const text = readFramework(file);
  const { framework, diagnostics } = checkFramework(text);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    for (const d of errors) process.stderr.write(`${formatDiagnostic(file, d)}\n`);
    const count = `${errors.length} ${errors.length === 1 ? 'error' : 'errors'}`;
    if (!options.force) throw new Refusal(`Not exported: ${file} has ${count}. Fix them, or add --force to export anyway.`, 1);
    process.stderr.write(`Exporting anyway (--force), although ${file} has ${count}: the export may be incomplete.\n`);
  }

  const renderOptions: RenderOptions = { paper };
  if (options.tracks !== undefined) {
    const tracks = options.tracks.split(',').map((t) => t.trim()).filter(Boolean);
    const unknown = unknownTrackIds(framework, tracks);
    if (tracks.length === 0 || unknown.length > 0) {
      const valid = framework.tracks.map((t) => t.id).join(', ') || 'none';
      const what = unknown.length > 0 ? `Unknown track ${unknown.length === 1 ? 'id' : 'ids'}: ${unknown.join(', ')}.` : 'No track ids given to --tracks.';
      throw new Refusal(`${what} This framework's tracks are: ${valid}.`, 2);
    }
    renderOptions.tracks = tracks;
  }

  if (format !== 'pdf') {
    const output = render(format, framework, renderOptions);
    if (options.output === undefined) {
      process.stdout.write(output);
      return;
    }
    write(options.output, output);
    process.stderr.write(`Wrote ${options.output}\n`);
    return;
  }

  if (!findChromium()) throw new Refusal(installHint, 2);
  const target = options.output ?? `${path.basename(file, path.extname(file))}.pdf`;
  // Printing starts a browser, which can take a few seconds on a cold machine: say so, but only
  // when it is slow, so quick exports stay quiet.
  const progress = setTimeout(() => process.stderr.write('Printing the PDF with Chromium…\n'), 1000);
  let pdf: Buffer;
  try {
    pdf = await printPdf(printInput(framework, renderOptions));
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new Refusal(`Could not print the PDF with Chromium: ${reason}`, 2);
  } finally {
    clearTimeout(progress);
  }
  write(target, pdf);
  process.stderr.write(`Wrote ${target}\n`);
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
    .argument('<file>', 'the framework file (.yaml)')
    .option('-f, --format <format>', `output format: ${exportFormats.join(', ')} (default: from the -o file name)`)
    .option('-o, --output <path>', 'file to write (text formats print to the terminal when left out; a PDF goes to <file>.pdf)')
    .option('-t, --tracks <ids>', 'only these tracks, as comma-separated track ids (e.g. ic,management)')
    .addOption(new Option('--paper <size>', 'paper size for PDF and print: a4 or letter').default('a4'))
    .option('--force', 'export even if the file has errors')
    .addHelpText('after', '\nExit codes: 0 exported, 1 the file has errors (nothing written), 2 the command could not run (bad option, missing file, no Chromium).')
    .action(async (file: string, options: ExportOptions) => {
      try {
        await runExport(file, options);
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        process.stderr.write(`${error.message}\n`);
        process.exitCode = error.exitCode;
      }
    });
}

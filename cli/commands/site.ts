import { readFileSync } from 'node:fs';
import { mkdir, readFile, realpath, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Command } from 'commander';
import { diffFrameworks } from '../../core/diff/framework-diff.ts';
import type { Framework } from '../../core/model/types.ts';
import { buildSite, type SiteFile, type SiteSource } from '../../core/site/index.ts';
import { checkCandidates, checkFrameworkText } from '../check-file.ts';
import { discover } from '../discover.ts';
import { gitShow } from '../git-show.ts';
import { CommandFailure, guarded, say, writeOutput, type CliContext } from '../io.ts';
import type { FileReport } from '../report/file-report.ts';
import { formatText } from '../report/text.ts';
import { isInside } from '../../node/include-host.ts';

interface SiteOptions {
  output: string;
  since?: string;
  force?: boolean;
}

/** The list of files the last build wrote, so the next one removes pages that no longer exist (and nothing else). */
const MANIFEST = '.rungs-site.json';

/** MiniSearch's browser build, from the installed package (the page needs its code, not the bundle's copy). */
function minisearchScript(): string {
  const require = createRequire(import.meta.url);
  const main = require.resolve('minisearch');
  const umd = path.join(path.dirname(main), '..', 'umd', 'index.js');
  const licence = readFileSync(path.join(path.dirname(main), '..', '..', 'LICENSE.txt'), 'utf8');
  return `/*! MiniSearch (https://github.com/lucaong/minisearch)\n${licence.replace(/\*\//g, '* /').trim()}\n*/\n${readFileSync(umd, 'utf8')}`;
}

/** The framework as it was at the revision: its diff, or 'new' when the file was not committed then. */
function changesSince(file: string, framework: Framework, revision: string): SiteSource['changes'] {
  const shown = gitShow(file, revision);
  if (!shown.ok) {
    if (shown.missing) return 'new';
    throw new CommandFailure(shown.message);
  }
  const previous = checkFrameworkText(file, shown.text).framework;
  return { previous, diff: diffFrameworks(previous, framework) };
}

/** Every framework the arguments name, checked with its libraries; libraries are checked through them. */
async function checkedFrameworks(args: readonly string[], context: CliContext): Promise<{ reports: FileReport[]; sources: SiteSource[] }> {
  const { candidates } = await discover(args);
  const reports: FileReport[] = [];
  const sources: SiteSource[] = [];
  for await (const found of checkCandidates(candidates, {}, context)) {
    // A file that cannot be read stops the build: a site without one of its families would mislead.
    if ('error' in found) throw new CommandFailure(found.error);
    if (found.kind === 'library') continue;
    reports.push({ file: found.file, kind: 'framework', diagnostics: found.checked.diagnostics });
    sources.push({ file: found.file, framework: found.checked.framework });
  }
  if (sources.length === 0) throw new CommandFailure(`${args.join(', ')} holds no frameworks: a site needs at least one .yaml file with a top-level \`tracks:\`.`);
  return { reports, sources };
}

async function previousManifest(folder: string): Promise<string[]> {
  try {
    const listed = JSON.parse(await readFile(path.join(folder, MANIFEST), 'utf8')) as unknown;
    return Array.isArray(listed) ? listed.filter((f): f is string => typeof f === 'string') : [];
  } catch {
    return [];
  }
}

/** Inside the output folder and not the manifest: a hand-edited manifest cannot make Rungs delete anything else. */
function ownPage(folder: string, file: string): boolean {
  return /\.(html|js)$/.test(file) && file !== MANIFEST && isInside(folder, path.resolve(folder, file));
}

/** True when `target`'s folder really is inside the site folder: a linked folder inside it may point anywhere. */
async function reallyInside(realFolder: string, target: string): Promise<boolean> {
  const parent = await realpath(path.dirname(target)).catch(() => undefined);
  return parent !== undefined && isInside(realFolder, parent);
}

async function writeSite(folder: string, files: readonly SiteFile[], options: SiteOptions, context: CliContext): Promise<number> {
  const before = await previousManifest(folder);
  const targets = files.map((file) => ({ file, target: path.join(folder, ...file.path.split('/')) }));
  for (const { target } of targets) {
    await mkdir(path.dirname(target), { recursive: true }).catch((error: unknown) => {
      throw new CommandFailure(`Could not create the folder ${path.dirname(target)}: ${(error as Error).message}.`);
    });
  }
  // Every page lands inside the folder before any is written: a link in it must not carry pages elsewhere.
  const realFolder = await realpath(folder);
  for (const { target } of targets) {
    if (!(await reallyInside(realFolder, target))) {
      throw new CommandFailure(`${path.dirname(target)} links outside ${folder}: remove the link, or build the site into another folder.`);
    }
  }
  for (const { file, target } of targets) await writeOutput(target, file.content, { force: options.force === true, context });
  const written = new Set(files.map((f) => f.path));
  const stale = before.filter((file) => !written.has(file) && ownPage(folder, file));
  let removed = 0;
  for (const file of stale) {
    const target = path.join(folder, file);
    if (!(await reallyInside(realFolder, target))) continue;
    await rm(target, { force: true });
    removed += 1;
  }
  await writeOutput(path.join(folder, MANIFEST), `${JSON.stringify([...written].sort(), null, 1)}\n`, { force: true, context });
  return removed;
}

const HELP_AFTER = `
The site: index.html (search over every role's title and bullets, and a card per job family with
its tracks and a small career map), <framework>/index.html (the rubric), <framework>/<role>/index.html
(a permanent page per role) and, with --since, changes/index.html. Links are relative and search
runs in the page, so the folder works opened from disk and under any path on any static host.
Libraries are published through the frameworks that include them.

A framework with errors stops the build (nothing is written); warnings are printed and the site is built.
Give the site a folder of its own: its pages are replaced on every build. The changelog reads each
framework as it was at the revision, with its libraries as they are now.

Exit codes: 0 built, 1 a framework has errors, 2 the command could not run (no frameworks found, an
unknown revision, a file that could not be written).

Examples:
  rungs site ladders -o site
  rungs site ladders -o public --since v2026.1`;

/** `rungs site`: a static site for a folder of frameworks. */
export function siteCommand(context: CliContext = {}): Command {
  return new Command('site')
    .description('build a static site of every framework in a folder: an index with search, a rubric per job family and a page per role')
    .argument('<path...>', 'folders to search, quoted globs or framework files')
    .requiredOption('-o, --output <folder>', 'folder to write the site into (created when missing; pages an earlier build wrote there and no longer exist are removed)')
    .option('-s, --since <revision>', 'add a changelog page: what changed in each framework since this git revision (a tag, a commit, a branch)')
    .option('-f, --force', 'replace read-only files in the output folder')
    .addHelpText('after', HELP_AFTER)
    .action(
      guarded(async (args: string[], options: SiteOptions) => {
        const { reports, sources } = await checkedFrameworks(args, context);
        // Warnings and errors as `rungs validate` prints them, with its summary line; infos are for the editor.
        const shown = reports.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity !== 'info') }));
        if (shown.some((r) => r.diagnostics.length > 0)) process.stdout.write(formatText(shown));
        const failing = reports.filter((r) => r.diagnostics.some((d) => d.severity === 'error'));
        if (failing.length > 0) {
          say(`No site written: fix the errors in ${failing.map((r) => r.file).join(', ')} first.`);
          process.exitCode = 1;
          return;
        }
        const since = options.since;
        const withChanges = since === undefined ? sources : sources.map((s) => ({ ...s, changes: changesSince(s.file, s.framework, since) }));
        const files = buildSite({ frameworks: withChanges, minisearchScript: minisearchScript(), ...(since !== undefined ? { since } : {}) });
        const removed = await writeSite(options.output, files, options, context);
        const roles = sources.reduce((n, s) => n + s.framework.tracks.reduce((m, t) => m + t.roles.length, 0), 0);
        say(
          `Wrote ${options.output}: ${sources.length} ${sources.length === 1 ? 'framework' : 'frameworks'}, ${roles} role pages, ${files.length} files` +
            (removed > 0 ? `; removed ${removed} pages that no longer exist.` : '.') +
            ` Open ${path.join(options.output, 'index.html')}.`,
        );
      }),
    );
}

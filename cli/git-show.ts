import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** A file's text at a git revision, or the one-line reason it cannot be had (exit code 2). */
export type GitShowResult = { ok: true; text: string; revision: string } | { ok: false; message: string; /** The file was not committed at that revision (a new file). */ missing?: true };

function stderrOf(error: unknown): string {
  const stderr = (error as { stderr?: Buffer | string }).stderr;
  return stderr === undefined ? '' : String(stderr);
}

/**
 * `git show <rev>:./<file>` run in the file's own folder, so the path is the file's, wherever the
 * repository's root is. Errors name the revision or the repository, never a git stack.
 */
export function gitShow(file: string, revision: string): GitShowResult {
  if (revision.startsWith('-')) return { ok: false, message: `--since ${revision} is not a revision: give a commit, a tag or a branch (HEAD, v1.2.0, main~3).` };
  const folder = path.dirname(path.resolve(file));
  const run = (args: string[]) => execFileSync('git', args, { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  try {
    run(['rev-parse', '--git-dir']);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: false, message: 'git is not installed or not on PATH: --since needs it. Compare two files instead: rungs diff old.yaml new.yaml.' };
    return { ok: false, message: `${file} is not inside a git repository, so --since ${revision} has nothing to read. Compare two files instead: rungs diff old.yaml new.yaml.` };
  }
  let commit: string;
  try {
    commit = run(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]).toString().trim();
  } catch {
    return { ok: false, message: `Unknown revision "${revision}" in the git repository of ${file}: give a commit, a tag or a branch that exists (see git log).` };
  }
  try {
    return { ok: true, text: run(['show', `${commit}:./${path.basename(file)}`]).toString('utf8'), revision };
  } catch (error) {
    const reason = stderrOf(error);
    if (/exists on disk, but not in|does not exist in|not in '/.test(reason)) return { ok: false, missing: true, message: `${file} did not exist at revision ${revision}: choose a revision where it was committed.` };
    return { ok: false, message: `Could not read ${file} at revision ${revision}: ${reason.split('\n')[0] || 'git show failed'}.` };
  }
}

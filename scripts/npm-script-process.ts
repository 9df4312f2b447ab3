/**
 * Starts the studio the way the README says, `npm start` (or `npm run web`), with no display and
 * no Electron binary in sight, and waits (bounded) for the address it prints. Used by the e2e spec
 * of the start script and by `npm run bench`, which time exactly what a newcomer runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));

export interface StartedStudio {
  url: string;
  /** Everything `npm start` printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** The environment of a headless machine: no X or Wayland display, no Electron override, no test runner. */
function headlessEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  delete env.ELECTRON_OVERRIDE_DIST_PATH;
  // A test runner's NODE_ENV=test is not what a newcomer's shell has.
  delete env.NODE_ENV;
  delete env.VITEST;
  return env;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      done(true);
    });
  });
}

/**
 * Runs an npm script (`start`, or `web` for the dev server) in its own process group, so stopping
 * it stops npm, node and the server, and waits for the address it prints.
 */
export async function npmStart(script: 'start' | 'web' = 'start', timeoutMs = 180_000): Promise<StartedStudio> {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const env = { ...headlessEnv(), NO_COLOR: '1', FORCE_COLOR: '0' };
  const child = spawn(npm, ['run', script], { cwd: repoRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  // `npm start` prints "Rungs studio: <url>"; Vite's dev server prints "Local:   <url>".
  const address = script === 'start' ? /Rungs studio: (http\S+)/ : /Local:\s+(http\S+)/;
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    process.kill(-child.pid, 'SIGTERM');
    if (!(await waitForExit(child, 10_000))) process.kill(-child.pid, 'SIGKILL');
  };
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`npm run ${script} printed no address within ${timeoutMs / 1000} s. Output:\n${output}`)), timeoutMs);
    const look = () => {
      const found = address.exec(output);
      if (found?.[1]) {
        clearTimeout(timer);
        done(found[1]);
      }
    };
    child.stdout?.on('data', look);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      fail(new Error(`npm run ${script} exited (${signal ?? code}) before printing an address. Output:\n${output}`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url, output: () => output, stop };
}

import { accessSync, constants } from 'node:fs';
import type { Browser } from 'playwright-core';

/** Where Chromium or Chrome usually lives, checked in order after `RUNGS_CHROMIUM`. */
const usualPaths: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
};

/** How to get a browser, printed when none is found. */
export const installHint =
  'Rungs needs Chromium or Google Chrome to make PDFs. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set RUNGS_CHROMIUM to the browser executable.';

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium executable to use: `RUNGS_CHROMIUM` when set, else the first usual path found. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env.RUNGS_CHROMIUM?.trim();
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : undefined;
  return (usualPaths[process.platform] ?? []).find(isExecutable);
}

/**
 * Flags for a headless Chromium on locked-down machines: no sandbox (we run as root in CI), no GPU,
 * and none of the background traffic a closed network refuses.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Launches headless Chromium through playwright-core; throws with `installHint` when none is found.
 * playwright-core is imported here, on first use, because loading it takes longer than a whole
 * `rungs validate`: commands that print no PDF never pay for it.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(installHint);
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, headless: true, args: chromiumArgs });
}

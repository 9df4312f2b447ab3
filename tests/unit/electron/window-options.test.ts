import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileFromArgv } from '../../../electron/main/launch-args.ts';
import { resolveRendererFile } from '../../../electron/main/renderer-files.ts';
import {
  APP_ENTRY_URL,
  contentSecurityPolicy,
  devContentSecurityPolicy,
  isAllowedFrameNavigation,
  isAllowedNavigation,
  isExternalLink,
  mainWindowOptions,
  printWindowOptions,
} from '../../../electron/main/window-options.ts';

describe('window options (Electron security checklist)', () => {
  it('isolates, sandboxes and denies Node to the studio window', () => {
    const options = mainWindowOptions('/app/out/preload/index.cjs', undefined);
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(options.show).toBe(false);
  });

  it('prints in a window that runs no script, with no preload, in its own session', () => {
    const prefs = printWindowOptions().webPreferences;
    expect(prefs).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, partition: 'rungs-print' });
    expect(prefs).not.toHaveProperty('preload');
  });

  it('has a CSP that allows no inline or evaluated script', () => {
    const script = /script-src ([^;]*)/.exec(contentSecurityPolicy)?.[1] ?? '';
    expect(script.trim()).toBe("'self'");
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy).toContain("object-src 'none'");
    expect(contentSecurityPolicy).toContain("base-uri 'none'");
    // Relaxed only for the dev server's HMR socket and React Refresh preamble.
    expect(devContentSecurityPolicy('http://localhost:5173')).toContain('ws://localhost:5173');
  });

  it('lets only http(s) and mailto links out to the OS browser', () => {
    expect(isExternalLink('https://levels.fyi')).toBe(true);
    expect(isExternalLink('mailto:a@b.c')).toBe(true);
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share', 'app://rungs/x', 'nonsense']) expect(isExternalLink(url)).toBe(false);
  });

  it('allows navigation only back to our own entry page', () => {
    expect(isAllowedNavigation(APP_ENTRY_URL, [APP_ENTRY_URL])).toBe(true);
    expect(isAllowedNavigation('app://rungs/index.html#x', [APP_ENTRY_URL])).toBe(true);
    expect(isAllowedNavigation('app://rungs/other.html', [APP_ENTRY_URL])).toBe(false);
    expect(isAllowedNavigation('https://evil.example/', [APP_ENTRY_URL])).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', [APP_ENTRY_URL])).toBe(false);
  });

  it('keeps the preview frame on its own document', () => {
    for (const url of ['about:srcdoc', 'about:blank', 'blob:app://rungs/1b2c', 'data:text/html,<p>x</p>']) expect(isAllowedFrameNavigation(url)).toBe(true);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://rungs/index.html', 'javascript:alert(1)']) expect(isAllowedFrameNavigation(url)).toBe(false);
  });
});

describe('app:// file serving', () => {
  const root = path.resolve('/srv/rungs/out/renderer');
  it('serves files from the renderer folder', () => {
    expect(resolveRendererFile(root, 'app://rungs/')).toBe(path.join(root, 'index.html'));
    expect(resolveRendererFile(root, 'app://rungs/assets/index-abc.js')).toBe(path.join(root, 'assets/index-abc.js'));
  });
  it('keeps dot segments inside the folder (the URL parser resolves them first)', () => {
    for (const url of ['app://rungs/../../etc/passwd', 'app://rungs/%2e%2e/%2e%2e/etc/passwd']) {
      expect(resolveRendererFile(root, url)).toBe(path.join(root, 'etc/passwd'));
    }
  });
  it.each(['app://rungs/..%2f..%2fetc/passwd', 'app://rungs/..%2f..%2f..%2f..%2f..%2fetc/passwd', 'app://rungs/a%5c..%5c..%5cx', 'app://other/index.html', 'file:///etc/passwd', 'app://rungs/%E0%A4%A'])(
    'refuses %s',
    (url) => {
      expect(resolveRendererFile(root, url)).toBeUndefined();
    },
  );
});

describe('launch arguments', () => {
  it('finds the framework file among flags and the app path', () => {
    expect(fileFromArgv(['/usr/bin/electron', '.', '--enable-logging', 'plans/ladder.yaml'], '/home/me')).toBe(path.resolve('/home/me', 'plans/ladder.yaml'));
    expect(fileFromArgv(['/opt/Rungs/rungs', '/tmp/x.yml'], '/')).toBe(path.resolve('/tmp/x.yml'));
    expect(fileFromArgv(['/opt/Rungs/rungs', '--no-sandbox', 'notes.txt'], '/')).toBeUndefined();
    expect(fileFromArgv(['/opt/Rungs/rungs'], '/')).toBeUndefined();
  });
});

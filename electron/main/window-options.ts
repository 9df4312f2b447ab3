import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { devStudioCsp, studioCspHeader } from '../../host-api/studio-csp.ts';
import { DEFAULT_SIZE, MIN_SIZE, type Bounds } from '../../node/window-state.ts';

/**
 * The renderer is served from this custom scheme rather than file://, so it has a real origin
 * (file:// pages share one with every file on disk), the CSP header can be set on each response,
 * and the sender check can tell our pages from anything else.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'rungs';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The renderer's Content Security Policy, sent as a header on every app:// page so it holds even
 * if the page's meta tag were lost. One source with the browser build: host-api/studio-csp.ts.
 */
export const contentSecurityPolicy = studioCspHeader;

/**
 * The development server needs its HMR socket and React Refresh's inline preamble; this policy is
 * only ever sent when the renderer is loaded from the local electron-vite dev server.
 */
export function devContentSecurityPolicy(devServerUrl: string): string {
  return devStudioCsp(devServerUrl);
}

/** The settings every window that shows our renderer gets: the Electron security checklist. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
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
    // Middle-click would otherwise fire 'auxclick' and try to open links in a new window.
    disableBlinkFeatures: 'Auxclick',
    safeDialogs: true,
    spellcheck: true,
    devTools: true,
  };
}

export function mainWindowOptions(preloadPath: string, bounds: Bounds | undefined): BrowserWindowConstructorOptions {
  return {
    ...(bounds ?? DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Rungs',
    // Shown once the first paint is ready, so the user never sees a white flash.
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/**
 * The hidden window that turns the HTML export into a PDF. It loads our own generated HTML, yet
 * runs no script at all: a framework's text ends up in that page, and it must stay text.
 */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 1024,
    height: 1400,
    webPreferences: {
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      // Its own in-memory session: the print page can reach nothing the studio's session holds.
      partition: 'rungs-print',
    },
  };
}

/** Links the renderer may hand to the OS browser; everything else is dropped. */
export function isExternalLink(url: string): boolean {
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** What to do when the page tries to navigate itself: only reloading our own entry page is allowed. */
export function isAllowedNavigation(url: string, entryUrls: readonly string[]): boolean {
  try {
    const target = new URL(url);
    return entryUrls.some((entry) => {
      const allowed = new URL(entry);
      return target.protocol === allowed.protocol && target.host === allowed.host && target.pathname === allowed.pathname;
    });
  } catch {
    return false;
  }
}

/**
 * Where an iframe inside our page may go: the preview's own document (srcdoc, blob or data).
 * A link clicked in the rubric must not load a website inside the studio; it opens in the browser.
 */
export function isAllowedFrameNavigation(url: string): boolean {
  return url === 'about:blank' || url === 'about:srcdoc' || url.startsWith('blob:') || url.startsWith('data:');
}

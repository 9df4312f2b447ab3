import { app, BrowserWindow, dialog, Menu, net, protocol, screen, session, shell, type WebContents } from 'electron';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { MenuCommand } from '../../host-api/api.ts';
import { events } from '../../host-api/channels.ts';
import { CloseFlow } from './close-flow.ts';
import { DocumentStore } from '../../node/document-store.ts';
import { DraftStore } from '../../node/drafts.ts';
import { FileWatcher } from '../../node/file-watcher.ts';
import { forwardExternalChange, registerIpc, type Studio } from './ipc.ts';
import { fileFromArgv } from './launch-args.ts';
import { buildMenuTemplate } from './menu.ts';
import { printWithElectron } from './pdf.ts';
import { RecentFiles } from '../../node/recent-files.ts';
import { contentTypeOf, resolveRendererFile } from './renderer-files.ts';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_SCHEME,
  contentSecurityPolicy,
  devContentSecurityPolicy,
  isAllowedFrameNavigation,
  isAllowedNavigation,
  isExternalLink,
  mainWindowOptions,
} from './window-options.ts';
import { WindowStateStore } from '../../node/window-state.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const preloadPath = path.join(here, '../preload/index.cjs');
const rendererDir = path.join(here, '../renderer');
/** Set by `electron-vite dev` only; a packaged app always serves its built files. */
const devServerUrl = (!app.isPackaged && process.env.ELECTRON_RENDERER_URL) || undefined;
const entryUrl = devServerUrl ?? APP_ENTRY_URL;
const csp = devServerUrl ? devContentSecurityPolicy(devServerUrl) : contentSecurityPolicy;

// A separate profile for end-to-end tests (and for trying the studio without touching your own
// recent files and drafts). Must be set before `ready`, when sessions are created.
if (process.env.RUNGS_USER_DATA_DIR) app.setPath('userData', path.resolve(process.env.RUNGS_USER_DATA_DIR));

// Must happen before `ready`: app:// gets a real origin, secure context and fetch support.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
// Every renderer, including ones we did not create on purpose, runs in the OS sandbox.
app.enableSandbox();

let studio: Studio | undefined;
let mainWindow: BrowserWindow | undefined;
let launchFile = fileFromArgv(process.argv, process.cwd());
let documentState = { title: 'Untitled', dirty: false, documentId: null as string | null };
/** What the close prompt is waiting for (see close-flow.ts). */
const closeFlow = new CloseFlow();

if (!app.requestSingleInstanceLock()) {
  // Another studio is running: it receives our argv through 'second-instance' and opens the file.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = fileFromArgv(argv, workingDirectory);
    focusWindow();
    if (file && studio) void openRequested(studio, file);
  });
  // macOS delivers double-clicked files as events, possibly before the window exists.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (studio && mainWindow) void openRequested(studio, file);
    else launchFile = file;
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && studio) void createWindow(studio);
  });
  // Not 'before-quit': the close prompt can still cancel a quit, and the watcher must keep going.
  app.on('will-quit', () => {
    studio?.watcher.close();
  });
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  const data = app.getPath('userData');
  const windowState = new WindowStateStore(path.join(data, 'window-state.json'));
  const drafts = new DraftStore(path.join(data, 'drafts'));
  // Read what a crashed session left before this one writes anything.
  await drafts.init();
  const documents = new DocumentStore();
  studio = {
    window: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined),
    trusted: {
      webContentsIds: () => (mainWindow && !mainWindow.isDestroyed() ? [mainWindow.webContents.id] : []),
      origins: devServerUrl ? [APP_ORIGIN, devServerUrl] : [APP_ORIGIN],
    },
    documents,
    drafts,
    recent: new RecentFiles(path.join(data, 'recent-files.json')),
    watcher: new FileWatcher((change) =>
      forwardExternalChange({ documents }, change, (c) => {
        const window = mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined;
        window?.webContents.send(events.externalChange, c);
        return window !== undefined;
      }),
    ),
    windowState,
    print: printWithElectron,
    takeLaunchFile: () => {
      const file = launchFile;
      launchFile = undefined;
      return file;
    },
    recentChanged: () => void rebuildMenu(),
    documentStateChanged: (state) => applyDocumentState(state),
    saveStarted: () => closeFlow.saveStarted(),
    saveFinished: (ok) => {
      if (studio) void saveFinished(studio, ok);
    },
  };

  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveRendererFile(rendererDir, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    let response: Response;
    try {
      response = await net.fetch(pathToFileURL(file).toString());
    } catch {
      return new Response('Not found', { status: 404 });
    }
    if (!response.ok) return new Response('Not found', { status: 404 });
    const type = contentTypeOf(file);
    // The policy goes on the page, as in the browser build; workers are our own bundled scripts.
    const headers: Record<string, string> = { 'content-type': type, 'x-content-type-options': 'nosniff' };
    if (type.startsWith('text/html')) headers['content-security-policy'] = csp;
    return new Response(response.body, { status: 200, headers });
  });

  // The header backs up the page's meta tag, and also covers the dev server's responses.
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
  // The studio needs no camera, microphone, location or notifications: refuse every request.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  registerIpc(studio);
  await rebuildMenu();
  await createWindow(studio);
}

async function createWindow(current: Studio): Promise<void> {
  const workAreas = screen.getAllDisplays().map((d) => d.workArea);
  const state = await current.windowState.load();
  const bounds = await current.windowState.initialBounds(workAreas);
  // Electronegativity cannot follow options built by a function; the test in
  // tests/unit/electron/electronegativity.test.ts runs it on the values mainWindowOptions() returns.
  const window = new BrowserWindow(mainWindowOptions(preloadPath, bounds)); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  mainWindow = window;
  closeFlow.windowOpened();
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  const remember = async (): Promise<void> => {
    if (window.isDestroyed()) return;
    await current.windowState.update({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  };
  const rememberLater = () => void remember().then(() => current.windowState.scheduleSave());
  window.on('resize', rememberLater);
  window.on('move', rememberLater);
  window.on('maximize', rememberLater);
  window.on('unmaximize', rememberLater);

  window.on('close', (event) => {
    void remember().then(() => current.windowState.save());
    if (closeFlow.closeRequested(documentState.dirty) === 'close') return;
    event.preventDefault();
    void confirmClose(current, window);
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
    current.watcher.close();
  });

  await window.loadURL(entryUrl);
}

/** Save / Don't Save / Cancel, like every desktop editor; Save asks the renderer to save first. */
async function confirmClose(current: Studio, window: BrowserWindow): Promise<void> {
  closeFlow.promptShown();
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    message: `Do you want to save the changes you made to ${documentName()}?`,
    detail: "Your changes will be lost if you don't save them.",
    buttons: ['Save', "Don't Save", 'Cancel'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  });
  const next = closeFlow.chose(response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel');
  if (next === 'request-save') {
    sendMenuCommand('save');
  } else if (next === 'discard-and-close') {
    // The user chose to lose these edits: their recovery drafts go too, or the next start would offer them back.
    await current.drafts.discardSession();
    window.close();
  }
}

/** The document's name for the close prompt, without the title's dirty dot and app name. */
function documentName(): string {
  const file = documentState.documentId ? studio?.documents.pathOf(documentState.documentId) : undefined;
  if (file) return path.basename(file);
  return documentState.title.replace(/^[•●*]\s*/, '').replace(/\s+—\s+Rungs$/, '') || 'this framework';
}

function applyDocumentState(state: { title: string; dirty: boolean; documentId: string | null }): void {
  // Menu items that depend on the document (Revert) follow its state.
  const menuChanged = state.dirty !== documentState.dirty || state.documentId !== documentState.documentId;
  documentState = state;
  if (menuChanged) void rebuildMenu();
  const window = mainWindow;
  if (!window || window.isDestroyed()) return;
  // The renderer's title already carries the dirty dot and the app name ("• ladder.yaml — Rungs").
  window.setTitle(state.title);
  if (process.platform === 'darwin') {
    window.setDocumentEdited(state.dirty);
    const file = state.documentId ? studio?.documents.pathOf(state.documentId) : undefined;
    window.setRepresentedFilename(file ?? '');
  }
}

/** After the close prompt's Save: close once saved; stay open with the edits if it failed or was cancelled. */
async function saveFinished(current: Studio, ok: boolean): Promise<void> {
  if (closeFlow.saveFinished(ok) !== 'close') return;
  // Everything is on disk; recovery drafts of this session would only offer stale text next time.
  await current.drafts.discardSession();
  // Let the save's answer reach the renderer before its window goes.
  setTimeout(() => current.window()?.close(), 50);
}

async function rebuildMenu(): Promise<void> {
  const recent = studio ? await studio.recent.list() : [];
  const template = buildMenuTemplate({
    platform: process.platform,
    appName: app.getName(),
    recent,
    development: !app.isPackaged,
    state: { hasFile: documentState.documentId !== null, dirty: documentState.dirty },
    send: sendMenuCommand,
    openRecent: (recentId) => {
      void (async () => {
        if (!studio) return;
        const file = await studio.recent.pathOf(recentId);
        if (file) await openRequested(studio, file);
      })();
    },
    clearRecent: () => {
      void (async () => {
        if (!studio) return;
        for (const file of await studio.recent.list()) await studio.recent.remove(file.displayPath);
        await rebuildMenu();
      })();
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(events.menuCommand, command);
}

/**
 * A file to open from outside the page (a second launch, macOS open-file, Open Recent in the menu).
 * The studio is reloaded so it starts on that file, the way it does at launch; with unsaved
 * changes, nothing is thrown away: the user is asked to save or discard them first.
 */
async function openRequested(current: Studio, file: string): Promise<void> {
  const window = current.window();
  if (!window) {
    launchFile = file;
    return;
  }
  if (documentState.dirty) {
    focusWindow();
    await dialog.showMessageBox(window, {
      type: 'info',
      message: `Save or discard your changes to ${documentName()} first`,
      detail: `Then open ${path.basename(file)} again.`,
      buttons: ['OK'],
    });
    return;
  }
  launchFile = file;
  window.webContents.reload();
}

function focusWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

/**
 * Rules for every webContents the app ever creates: no navigation away from our page, no new
 * windows (links go to the OS browser instead), no <webview>.
 */
function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, [entryUrl])) {
      event.preventDefault();
      // Only http(s) and mailto reach the OS (isExternalLink), never file: or custom schemes.
      if (isExternalLink(url)) void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
    }
  });
  contents.on('will-frame-navigate', (details) => {
    if (details.isMainFrame || isAllowedFrameNavigation(details.url)) return;
    details.preventDefault();
    if (isExternalLink(details.url)) void shell.openExternal(details.url); // eng-disable OPEN_EXTERNAL_JS_CHECK (http, https and mailto only)
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, [entryUrl])) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLink(url)) void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK (http, https and mailto only)
    return { action: 'deny' };
  });
}

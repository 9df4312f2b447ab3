import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { ExportProgress, ExternalChange, MenuCommand, RungsApi, Unsubscribe } from '../../host-api/api.ts';
import { channels, events, maxDroppedWith } from '../../host-api/channels.ts';

/**
 * Subscribes to one main → renderer event. The listener gets only the payload, never Electron's
 * event object (which would hand the page `sender` and with it ipcRenderer itself).
 */
function subscribe<T>(channel: string, listener: (payload: T) => void): Unsubscribe {
  const wrapped = (_event: IpcRendererEvent, payload: T) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

/**
 * The bridge: one named method per operation of the contract, each on its own channel. There is
 * deliberately no generic `invoke(channel, …)`, so a compromised page can reach only these.
 */
const api: RungsApi = {
  kind: 'electron',
  initialDocument: () => ipcRenderer.invoke(channels.initialDocument),
  openDialog: () => ipcRenderer.invoke(channels.openDialog),
  // The page cannot see paths; the preload reads the dropped file's path and main re-checks it.
  // With others, main opens the framework among them (a framework dropped with its libraries).
  openDropped: (file, others = []) => ipcRenderer.invoke(channels.openDropped, ...[file, ...others.slice(0, maxDroppedWith)].map((f) => webUtils.getPathForFile(f))),
  openFolderDialog: () => ipcRenderer.invoke(channels.openFolderDialog),
  openFolderFile: (fileId) => ipcRenderer.invoke(channels.openFolderFile, fileId),
  recentFiles: () => ipcRenderer.invoke(channels.recentFiles),
  openRecent: (recentId) => ipcRenderer.invoke(channels.openRecent, recentId),
  save: (documentId, text, suggestedName) => ipcRenderer.invoke(channels.save, documentId, text, suggestedName),
  saveAs: (documentId, text, suggestedName) => ipcRenderer.invoke(channels.saveAs, documentId, text, suggestedName),
  revert: (documentId) => ipcRenderer.invoke(channels.revert, documentId),
  pickCsv: () => ipcRenderer.invoke(channels.pickCsv),
  exportDocument: (request) => ipcRenderer.invoke(channels.exportDocument, request),
  onExportProgress: (listener) => subscribe<ExportProgress>(events.exportProgress, listener),
  saveDraft: (draft) => ipcRenderer.invoke(channels.saveDraft, draft),
  pendingDrafts: () => ipcRenderer.invoke(channels.pendingDrafts),
  discardDraft: (draftId) => ipcRenderer.invoke(channels.discardDraft, draftId),
  setDocumentState: (state) => ipcRenderer.send(channels.setDocumentState, state),
  onMenuCommand: (listener) => subscribe<MenuCommand>(events.menuCommand, listener),
  onExternalChange: (listener) => subscribe<ExternalChange>(events.externalChange, listener),
  openExternal: (url) => ipcRenderer.invoke(channels.openExternal, url),
};

contextBridge.exposeInMainWorld('rungs', api);

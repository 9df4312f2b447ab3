/**
 * The IPC channel names, in one namespaced map shared by main (which handles them) and the preload
 * (which calls them), and the limits both sides apply. Only constants live here, so the sandboxed
 * preload can bundle it.
 */
export const channels = {
  initialDocument: 'rungs:document:initial',
  openDialog: 'rungs:document:open-dialog',
  openDropped: 'rungs:document:open-dropped',
  openFolderDialog: 'rungs:folder:open-dialog',
  openFolderFile: 'rungs:folder:open-file',
  recentFiles: 'rungs:recent:list',
  openRecent: 'rungs:recent:open',
  save: 'rungs:document:save',
  saveAs: 'rungs:document:save-as',
  revert: 'rungs:document:revert',
  pickCsv: 'rungs:import:pick-csv',
  exportDocument: 'rungs:export:run',
  saveDraft: 'rungs:draft:save',
  pendingDrafts: 'rungs:draft:pending',
  discardDraft: 'rungs:draft:discard',
  setDocumentState: 'rungs:window:document-state',
  openExternal: 'rungs:shell:open-external',
} as const;

/** Files dropped beside the first that the preload passes on and main looks at to find the framework among them. */
export const maxDroppedWith = 20;

/** Channels main uses to push events to the renderer. */
export const events = {
  menuCommand: 'rungs:event:menu-command',
  externalChange: 'rungs:event:external-change',
  exportProgress: 'rungs:event:export-progress',
} as const;

export type Channel = (typeof channels)[keyof typeof channels];
export type EventChannel = (typeof events)[keyof typeof events];

/**
 * The File System Access API (Chromium): open a file once, then save back to it. Not in
 * TypeScript's DOM library yet, so the few members we call are declared here.
 */
export interface FilePickerType {
  description: string;
  accept: Record<string, string[]>;
}

export type WritableFileHandle = FileSystemFileHandle;

/** A picked folder: its entries, files and folders, in no particular order. */
export interface FolderHandle {
  kind: 'directory';
  name: string;
  values(): AsyncIterable<WritableFileHandle | FolderHandle>;
}

interface FileAccessWindow {
  showDirectoryPicker?: (options?: { mode?: 'read' | 'readwrite' }) => Promise<FolderHandle>;
  showOpenFilePicker?: (options: { types: FilePickerType[]; multiple?: boolean; excludeAcceptAllOption?: boolean }) => Promise<WritableFileHandle[]>;
  showSaveFilePicker?: (options: { suggestedName: string; types: FilePickerType[] }) => Promise<WritableFileHandle>;
}

export const yamlFiles: FilePickerType = { description: 'Career framework (YAML)', accept: { 'application/x-yaml': ['.yaml', '.yml'] } };

export function fileAccess(): FileAccessWindow {
  return window as unknown as FileAccessWindow;
}

/** True when the user closed the picker without choosing (not an error worth reporting). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Asks for a file (or several, or a folder's files) through a classic <input type=file>; none when the user cancels. */
export function pickWithInput(accept: string, multiple: boolean | 'folder' = false): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple !== false;
    // A folder pick hands over every file below it, each with its path inside the folder.
    if (multiple === 'folder') input.webkitdirectory = true;
    input.style.display = 'none';
    input.dataset.testid = 'file-input';
    const done = (files: File[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => done([...(input.files ?? [])]), { once: true });
    input.addEventListener('cancel', () => done([]), { once: true });
    document.body.append(input);
    input.click();
  });
}

/** Offers `text` as a download named `fileName`. */
export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

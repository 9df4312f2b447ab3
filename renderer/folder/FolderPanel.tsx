import type { FolderEntry, OpenedFolder } from '../../host-api/api.ts';

interface Props {
  folder: OpenedFolder;
  /** The folder entry the editor shows, highlighted. */
  currentFileId: string | undefined;
  onOpen(entry: FolderEntry): void;
  onClose(): void;
}

const groups: { kind: FolderEntry['kind']; title: string }[] = [
  { kind: 'framework', title: 'Frameworks' },
  { kind: 'library', title: 'Libraries' },
];

/** The organisation's folder: its frameworks (job families) and the libraries they share; a click opens one. */
export function FolderPanel({ folder, currentFileId, onOpen, onClose }: Props) {
  return (
    <nav className="folder" data-testid="folder" aria-label={`Folder ${folder.name}`}>
      <header className="panel-header">
        <span className="panel-title is-static" title={folder.name}>
          {folder.name}
        </span>
        <button type="button" className="folder-close" onClick={onClose} aria-label="Close the folder" title="Close the folder" data-testid="folder-close">
          ×
        </button>
      </header>
      {folder.files.length === 0 && <p className="empty-note">No frameworks or libraries in this folder.</p>}
      {groups.map(({ kind, title }) => {
        const entries = folder.files.filter((f) => f.kind === kind);
        if (entries.length === 0) return null;
        return (
          <section key={kind} className="folder-group">
            <h3 className="folder-group-title">{title}</h3>
            <ul className="folder-files">
              {entries.map((entry) => (
                <li key={entry.fileId}>
                  <button
                    type="button"
                    className={`folder-file ${entry.fileId === currentFileId ? 'is-current' : ''}`}
                    data-testid="folder-file"
                    data-kind={entry.kind}
                    aria-current={entry.fileId === currentFileId ? 'page' : undefined}
                    onClick={() => onOpen(entry)}
                    title={entry.path}
                  >
                    <span className="outline-label">{entry.path.slice(entry.path.lastIndexOf('/') + 1)}</span>
                    {entry.path.includes('/') && <span className="folder-dir">{entry.path.slice(0, entry.path.lastIndexOf('/'))}</span>}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}

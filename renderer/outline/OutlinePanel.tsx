import type { OutlineRole, OutlineTrack } from '../state/check-protocol.ts';

interface Props {
  tracks: readonly OutlineTrack[];
  /** The cursor's line, to highlight the role being edited. */
  cursorLine: number;
  onSelectTrack(track: OutlineTrack): void;
  onSelectRole(role: OutlineRole): void;
}

const kindLabel: Record<string, string> = { ic: 'IC', management: 'Mgmt', other: 'Other' };

function contains(range: { line: number; endLine: number }, line: number): boolean {
  return line >= range.line && line <= range.endLine;
}

/** Tracks and their roles, to move around a long file; the role under the cursor is marked. */
export function OutlinePanel({ tracks, cursorLine, onSelectTrack, onSelectRole }: Props) {
  return (
    <nav className="outline" data-testid="outline" aria-label="Outline">
      <header className="panel-header">
        <span className="panel-title is-static">Outline</span>
      </header>
      {tracks.length === 0 ? (
        <p className="empty-note">Tracks and roles appear here as you write them.</p>
      ) : (
        <ul className="outline-tracks">
          {tracks.map((track) => (
            <li key={track.id || track.head.line}>
              <button type="button" className="outline-track" data-testid="outline-track" onClick={() => onSelectTrack(track)}>
                <span className={`track-kind kind-${track.kind}`}>{kindLabel[track.kind] ?? track.kind}</span>
                <span className="outline-label">{track.name}</span>
              </button>
              <ul className="outline-roles">
                {track.roles.map((role) => (
                  <li key={`${role.id}:${role.head.line}`}>
                    <button
                      type="button"
                      className={`outline-role ${contains(role.range, cursorLine) ? 'is-current' : ''}`}
                      data-testid="outline-role"
                      data-role-id={role.id}
                      onClick={() => onSelectRole(role)}
                      title={`${role.title} (${role.id})`}
                    >
                      <span className="outline-label">{role.title}</span>
                      <span className="level-badge">{role.levelId}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}

import type { ExportProgress } from '../../host-api/api.ts';
import type { SaveState } from '../state/document-controller.ts';

/** The status bar's word for the saved state: "Saved" only when a file holds this text. */
export const saveStateLabel: Record<SaveState, string> = {
  saved: 'Saved',
  downloaded: 'Downloaded',
  unsaved: 'Unsaved changes',
  'never-saved': 'Not saved yet',
};

interface Props {
  fileName: string;
  /** Where the file lives (a full path on desktop), for the file name's tooltip. */
  filePath: string;
  saveState: SaveState;
  line: number;
  column: number;
  errors: number;
  warnings: number;
  checking: boolean;
  /** How long the last check and preview render took, for the curious (and for spotting slow files). */
  checkMs: number | null;
  progress: ExportProgress | null;
  onProblemsClick(): void;
}

export function StatusBar({ fileName, filePath, saveState, line, column, errors, warnings, checking, checkMs, progress, onProblemsClick }: Props) {
  return (
    <footer className="status-bar" data-testid="status-bar">
      <span className="status-item status-file" data-testid="status-file" title={filePath}>
        {fileName}
      </span>
      <span className={`status-item status-saved ${saveState === 'unsaved' ? 'is-dirty' : ''}`} data-testid="status-saved" data-state={saveState}>
        {saveStateLabel[saveState]}
      </span>
      <button type="button" className="status-item status-problems" data-testid="status-problems" onClick={onProblemsClick} title="Show problems">
        <span className="severity-icon severity-error" aria-hidden="true" />
        <span data-testid="status-errors">{errors}</span>
        <span className="severity-icon severity-warning" aria-hidden="true" />
        <span data-testid="status-warnings">{warnings}</span>
      </button>
      {checking ? (
        <span className="status-item status-muted status-checking">Checking…</span>
      ) : (
        checkMs !== null && (
          <span className="status-item status-muted" data-testid="status-check-time" title="Time to check the framework and render the preview">
            Checked in {checkMs < 10 ? checkMs.toFixed(1) : Math.round(checkMs)} ms
          </span>
        )
      )}
      {progress && (
        <span className="status-item status-progress" data-testid="export-progress" role="status">
          {progress.stage}
          <span className="progress-track" aria-hidden="true">
            <span className={`progress-fill ${progress.fraction === null ? 'is-indeterminate' : ''}`} style={{ width: `${Math.round((progress.fraction ?? 0.4) * 100)}%` }} />
          </span>
        </span>
      )}
      <span className="status-spacer" />
      <span className="status-item" data-testid="status-position">
        Ln {line}, Col {column}
      </span>
      <span className="status-item status-muted">Spaces: 2</span>
      <span className="status-item status-muted">YAML</span>
    </footer>
  );
}

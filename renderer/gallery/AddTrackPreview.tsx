import { useEffect, useState } from 'react';
import type { TrackPreview } from '../../core/import/index.ts';

interface Props {
  documentText: string;
  template: string;
  templateTitle: string;
  track: string;
  trackName: string;
  onApply(levelMap: Record<string, string>): void;
  onBack(): void;
}

/**
 * The mapping step of Add Track from Template: each template level of the track and the level of
 * yours it lands on (the CLI's `--map T=L`), changeable row by row; the rows not chosen follow the
 * nearest chosen one. Before anything is applied it shows whom each role would be a twin of, and
 * warns about roles left off your ladder, roles that would sit alone on a level, and problems the
 * result would add.
 */
export function AddTrackPreview({ documentText, template, templateTitle, track, trackName, onApply, onBack }: Props) {
  const [levelMap, setLevelMap] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState<TrackPreview | null | undefined>(undefined);

  useEffect(() => {
    let current = true;
    void import('../../core/import/index.ts').then(({ previewTrackImport }) => {
      if (current) setPreview(previewTrackImport(documentText, template, track, levelMap) ?? null);
    });
    return () => {
      current = false;
    };
  }, [documentText, template, track, levelMap]);

  if (preview === undefined) return <p className="track-preview-loading">Working out where the roles land…</p>;
  if (preview === null) return <p className="track-preview-loading">The template has no track “{track}”.</p>;
  const blocked = preview.result.text === undefined;
  const leftOut = preview.rows.filter((r) => r.target === undefined);
  const problems = blocked ? preview.result.diagnostics : preview.newProblems;

  return (
    <div className="track-preview" data-testid="track-preview">
      <h3>
        {trackName} <span className="track-preview-from">from {templateTitle}</span>
      </h3>
      <p className="track-preview-hint">
        {Object.keys(levelMap).length === 0
          ? 'The top of the template’s ladder is lined up with the top of yours. Change any row: the others follow it.'
          : 'Rows you set are kept; the others follow the nearest one you set.'}
      </p>
      <table className="track-preview-table">
        <thead>
          <tr>
            <th scope="col">Template level</th>
            <th scope="col">Roles</th>
            <th scope="col">Your level</th>
            <th scope="col">Twin of yours</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.templateLevel} data-testid="track-preview-row" data-level={row.templateLevel}>
              <td>{row.templateLevel}</td>
              <td>{row.roles.join(', ')}</td>
              <td>
                <select
                  aria-label={`Your level for the template's ${row.templateLevel}`}
                  value={row.target ?? ''}
                  className={row.chosen ? 'is-chosen' : ''}
                  onChange={(e) => setLevelMap((map) => ({ ...map, [row.templateLevel]: e.target.value }))}
                >
                  {row.target === undefined && <option value="">left out</option>}
                  {preview.yourLevels.map((level) => (
                    <option key={level} value={level}>
                      {level}
                    </option>
                  ))}
                </select>
                {row.target !== undefined && preview.unstaffedLevels.includes(row.target) && (
                  <span className="track-preview-flag" title="None of your roles is on this level yet">
                    only role here
                  </span>
                )}
              </td>
              <td className="track-preview-twins">{row.twins.length > 0 ? row.twins.join(', ') : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="track-preview-warnings" data-testid="track-preview-warnings">
        {leftOut.length > 0 && <li>Left out, as your ladder has no level for them: {leftOut.flatMap((r) => r.roles).join(', ')}.</li>}
        {preview.unstaffedLevels.length > 0 && (
          <li>
            {preview.unstaffedLevels.join(', ')} {preview.unstaffedLevels.length === 1 ? 'has' : 'have'} none of your roles yet: check that{' '}
            {preview.unstaffedLevels.length === 1 ? 'it means' : 'they mean'} what the template’s level means before relying on twins and pay there.
          </li>
        )}
        {problems.slice(0, 4).map((d, i) => (
          <li key={`${d.code}:${i}`} className={`severity-${d.severity}`}>
            {d.message} <code>{d.code}</code>
          </li>
        ))}
        {problems.length > 4 && <li>…and {problems.length - 4} more problems.</li>}
      </ul>
      {preview.result.notes.length > 1 && (
        <details className="track-preview-notes">
          <summary>What else the import does ({preview.result.notes.length - 1})</summary>
          <ul>
            {/* The first note restates the table above. */}
            {preview.result.notes.slice(1).map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="track-preview-actions">
        <button type="button" className="notice-button" onClick={onBack}>
          Back
        </button>
        <button type="button" className="notice-button is-primary" data-testid="track-preview-apply" disabled={blocked} onClick={() => onApply(levelMap)}>
          Add the track
        </button>
      </div>
    </div>
  );
}

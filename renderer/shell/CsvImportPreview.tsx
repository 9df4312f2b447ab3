import { useEffect, useState } from 'react';
import type { CsvImportPreview as Preview } from '../../core/import/index.ts';

interface Props {
  fileName: string;
  csv: string;
  suggestedName: string;
  onImport(name: string): void;
  onCancel(): void;
}

/**
 * The Import CSV step before anything is written: what the spreadsheet will become (tracks with
 * their roles, levels, twins joined from IC / manager variant columns, warnings) and a field to
 * name the framework. Import loads it as a new, unsaved document; Cancel leaves everything as it was.
 */
export function CsvImportPreview({ fileName, csv, suggestedName, onImport, onCancel }: Props) {
  const [name, setName] = useState(suggestedName);
  const [preview, setPreview] = useState<Preview | undefined>(undefined);

  useEffect(() => {
    let current = true;
    void import('../../core/import/index.ts').then(({ previewCsvImport }) => {
      if (current) setPreview(previewCsvImport(csv, name));
    });
    return () => {
      current = false;
    };
  }, [csv, name]);

  const blocked = preview?.result.text === undefined;
  const problems = preview?.result.diagnostics.filter((d) => d.severity !== 'info') ?? [];
  return (
    <section className="track-preview csv-import-preview" data-testid="csv-import-preview" aria-label={`Import ${fileName}`}>
      <h3>
        Import <span className="track-preview-from">{fileName}</span>
      </h3>
      <label className="csv-import-name">
        Framework name{' '}
        <input type="text" value={name} maxLength={200} data-testid="csv-import-name" onChange={(e) => setName(e.target.value)} />
      </label>
      {preview === undefined ? (
        <p className="track-preview-loading">Reading the spreadsheet…</p>
      ) : (
        <>
          <p className="track-preview-hint">
            {preview.levels.length} {preview.levels.length === 1 ? 'level' : 'levels'}: {preview.levels.map((l) => (l.name ? `${l.id} (${l.name})` : l.id)).join(', ') || 'none'}
          </p>
          <table className="track-preview-table">
            <thead>
              <tr>
                <th scope="col">Track</th>
                <th scope="col">Roles, from the most junior</th>
              </tr>
            </thead>
            <tbody>
              {preview.tracks.map((t) => (
                <tr key={t.name}>
                  <th scope="row">
                    {t.name} <span className="track-preview-from">{t.kind}</span>
                  </th>
                  <td>{t.roles.map((r) => `${r.title} (${r.level})`).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.twins.length > 0 && (
            <p className="track-preview-hint" data-testid="csv-import-twins">
              Twins: {preview.twins.map((t) => `${t.roles.join(' ⇄ ')} on ${t.level}`).join('; ')}
            </p>
          )}
          {problems.length > 0 && (
            <ul className="track-preview-warnings">
              {problems.slice(0, 8).map((d, i) => (
                <li key={`${d.code}:${i}`} className={`severity-${d.severity}`}>
                  {d.message}
                </li>
              ))}
            </ul>
          )}
          {preview.result.notes.length > 0 && (
            <details className="track-preview-notes">
              <summary>What Rungs guessed ({preview.result.notes.length})</summary>
              <ul>
                {preview.result.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      <div className="track-preview-actions">
        <button type="button" className="notice-button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="notice-button is-primary" data-testid="csv-import-apply" disabled={preview === undefined || blocked} onClick={() => onImport(name)}>
          Import
        </button>
      </div>
    </section>
  );
}

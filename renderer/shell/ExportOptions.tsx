import type { PaperSize } from '../../host-api/api.ts';

export interface ExportTrack {
  id: string;
  name: string;
}

export interface ExportOptionsProps {
  paper: PaperSize;
  onPaper(paper: PaperSize): void;
  /** The framework's tracks, in order (empty while it cannot be read). */
  tracks: readonly ExportTrack[];
  excluded: ReadonlySet<string>;
  onToggleTrack(trackId: string): void;
}

const papers: { value: PaperSize; label: string }[] = [
  { value: 'a4', label: 'A4' },
  { value: 'letter', label: 'Letter' },
];

/**
 * The paper size and the tracks an export includes, at the foot of the Export menu, so the
 * studio offers what `rungs export --paper --tracks` does. Keys typed here stay here: the
 * menu's arrow-key navigation must not steal the radio buttons' arrows.
 */
export function ExportOptions({ paper, onPaper, tracks, excluded, onToggleTrack }: ExportOptionsProps) {
  const kept = tracks.filter((t) => !excluded.has(t.id)).length;
  return (
    <div className="menu-options" data-testid="export-options" onKeyDown={(event) => event.stopPropagation()}>
      <fieldset className="menu-fieldset">
        <legend className="menu-legend">Paper (HTML and PDF)</legend>
        <div className="menu-choices">
          {papers.map((p) => (
            <label key={p.value} className="menu-choice">
              <input
                type="radio"
                name="export-paper"
                value={p.value}
                checked={paper === p.value}
                data-testid={`export-paper-${p.value}`}
                onChange={() => onPaper(p.value)}
              />
              {p.label}
            </label>
          ))}
        </div>
      </fieldset>
      {tracks.length > 1 && (
        <fieldset className="menu-fieldset">
          <legend className="menu-legend">Tracks{kept < tracks.length ? ` (${kept} of ${tracks.length})` : ''}</legend>
          {tracks.map((t) => {
            const included = !excluded.has(t.id);
            return (
              <label key={t.id} className="menu-choice menu-choice-row" title={included && kept === 1 ? 'An export needs at least one track' : undefined}>
                <input
                  type="checkbox"
                  checked={included}
                  disabled={included && kept === 1}
                  data-testid={`export-track-${t.id}`}
                  onChange={() => onToggleTrack(t.id)}
                />
                {t.name}
              </label>
            );
          })}
        </fieldset>
      )}
    </div>
  );
}

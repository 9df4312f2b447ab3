import { useEffect, useRef, useState } from 'react';
import type { TemplateInfo } from '../../core/templates/index.ts';
import { AddTrackPreview } from './AddTrackPreview.tsx';

interface Props {
  templates: readonly TemplateInfo[];
  /** 'new' starts a framework; 'add-track' picks one track of a template to add to the open one. */
  mode: 'new' | 'add-track';
  /** The open framework, which an added track is placed on (add-track mode). */
  documentText: string;
  onChoose(name: string | null): void;
  /** Add-track mode: after the mapping step, with the template-level → your-level choices made there. */
  onAddTrack(templateName: string, trackId: string, levelMap: Record<string, string>): void;
  onClose(): void;
}

const kindLabel: Record<string, string> = { ic: 'Individual contributor', management: 'Management', other: 'Other' };

/** File → New: a blank framework or one of the built-in templates, each with its tracks and levels. */
export function TemplateGallery({ templates, mode, documentText, onChoose, onAddTrack, onClose }: Props) {
  const adding = mode === 'add-track';
  const dialog = useRef<HTMLDialogElement>(null);
  const [picked, setPicked] = useState<{ template: TemplateInfo; trackId: string; trackName: string } | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="gallery"
      data-testid="template-gallery"
      aria-labelledby="gallery-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === dialog.current) onClose();
      }}
    >
      <header className="gallery-header">
        <div>
          <h2 id="gallery-title">{adding ? 'Add a track from a template' : 'New framework'}</h2>
          <p>
            {adding
              ? picked
                ? 'Check where its roles land on your levels, change any row, then add it.'
                : 'Pick a track: next you see where its roles land on your levels, and any dimensions you lack come with it.'
              : 'Start from a proven shape and make it yours. Every template checks clean.'}
          </p>
        </div>
        <button type="button" className="tool-button icon-only close-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {picked && (
        <AddTrackPreview
          documentText={documentText}
          template={picked.template.name}
          templateTitle={picked.template.title}
          track={picked.trackId}
          trackName={picked.trackName}
          onApply={(levelMap) => onAddTrack(picked.template.name, picked.trackId, levelMap)}
          onBack={() => setPicked(null)}
        />
      )}
      {!picked && (
        <div className="gallery-grid">
          {!adding && (
            <button type="button" className="template-card is-blank" data-testid="template-card" data-template="blank" onClick={() => onChoose(null)}>
              <h3>Blank framework</h3>
              <p>Two dimensions, two levels and one track: the smallest file that shows every part of the format.</p>
              <div className="template-meta">1 track · 2 levels</div>
            </button>
          )}
          {templates.map((t) => {
            const tracks = (
              <ul className="template-tracks">
                {t.tracks.map((track) => (
                  <li key={track.id}>
                    {adding ? (
                      <button
                        type="button"
                        className="track-choice"
                        data-testid="template-track"
                        data-track={track.id}
                        onClick={() => setPicked({ template: t, trackId: track.id, trackName: track.name })}
                      >
                        <TrackLine kind={track.kind} name={track.name} roles={track.roles} />
                      </button>
                    ) : (
                      <TrackLine kind={track.kind} name={track.name} roles={track.roles} />
                    )}
                  </li>
                ))}
              </ul>
            );
            const body = (
              <>
                <h3>{t.title}</h3>
                <p>{t.description}</p>
                {tracks}
                <div className="template-meta">
                  {t.tracks.length} {t.tracks.length === 1 ? 'track' : 'tracks'} · {t.levelCount} levels
                </div>
              </>
            );
            return adding ? (
              <div key={t.name} className="template-card is-static" data-testid="template-card" data-template={t.name}>
                {body}
              </div>
            ) : (
              <button type="button" key={t.name} className="template-card" data-testid="template-card" data-template={t.name} onClick={() => onChoose(t.name)}>
                {body}
              </button>
            );
          })}
        </div>
      )}
    </dialog>
  );
}

function TrackLine({ kind, name, roles }: { kind: string; name: string; roles: number }) {
  return (
    <>
      <span className={`track-kind kind-${kind}`} title={kindLabel[kind]}>
        {kind === 'ic' ? 'IC' : kind === 'management' ? 'Mgmt' : 'Other'}
      </span>
      <span className="track-name">{name}</span>
      <span className="template-roles">{roles} roles</span>
    </>
  );
}

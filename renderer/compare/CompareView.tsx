import { useEffect, useMemo, useRef, useState } from 'react';
import type { OutlineTrack } from '../state/check-protocol.ts';
import type { ComparePage, CompareRequest } from './compare-pages.ts';

/** How the view was opened: two roles (from the palette or a role's context menu), or versions. */
export type CompareStart = { kind: 'roles'; from?: string; to?: string } | { kind: 'versions' };

interface CompareViewProps {
  start: CompareStart;
  text: string;
  /** The text as last opened or saved, '' when the document was never saved. */
  savedText: string;
  savedLabel: string;
  tracks: readonly OutlineTrack[];
  /** Puts the editor on the line a row comes from (the role's title when the bullet is not found). */
  onJump(roleId: string, bullet: string): void;
  onClose(): void;
}

/** The role just below `roleId` on its track, to compare a promotion by default. */
function roleBelow(tracks: readonly OutlineTrack[], roleId: string | undefined): string | undefined {
  for (const track of tracks) {
    const index = track.roles.findIndex((r) => r.id === roleId);
    if (index > 0) return track.roles[index - 1]?.id;
  }
  return undefined;
}

/**
 * Side-by-side comparison inside the studio: two roles of the framework (what a promotion or a
 * switch asks for), or the framework against its saved version or another file. The page is the
 * one `rungs compare` and `rungs diff` print; a click on a row jumps to its line in the editor.
 */
export function CompareView({ start, text, savedText, savedLabel, tracks, onJump, onClose }: CompareViewProps) {
  const roles = useMemo(() => tracks.flatMap((t) => t.roles.map((r) => ({ ...r, trackName: t.name }))), [tracks]);
  const [mode, setMode] = useState<'roles' | 'versions'>(start.kind);
  const initialTo = start.kind === 'roles' ? (start.to ?? roles[1]?.id ?? roles[0]?.id) : roles[1]?.id;
  const [to, setTo] = useState<string | undefined>(initialTo);
  const [from, setFrom] = useState<string | undefined>(start.kind === 'roles' && start.from ? start.from : (roleBelow(tracks, initialTo) ?? roles[0]?.id));
  const [earlier, setEarlier] = useState<{ text: string; label: string } | null>(savedText ? { text: savedText, label: savedLabel } : null);
  const [page, setPage] = useState<ComparePage | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const onJumpRef = useRef(onJump);
  onJumpRef.current = onJump;

  useEffect(() => {
    let live = true;
    const request: CompareRequest | null =
      mode === 'roles'
        ? from && to
          ? { kind: 'roles', text, from, to }
          : null
        : earlier
          ? { kind: 'versions', text, earlierText: earlier.text, earlierLabel: earlier.label }
          : null;
    if (!request) {
      setPage(null);
      return;
    }
    // The comparison code loads on first use: most sessions never open this view.
    void import('./compare-pages.ts').then(({ comparePage }) => {
      if (live) setPage(comparePage(request));
    });
    return () => {
      live = false;
    };
  }, [mode, from, to, earlier, text]);

  useEffect(() => {
    const iframe = frame.current;
    if (!iframe || !page?.ok) return;
    const onLoad = () => {
      iframe.contentDocument?.addEventListener('click', (event) => {
        const row = (event.target as Element | null)?.closest('[data-role-id]');
        if (!row) return;
        event.preventDefault();
        onJumpRef.current(row.getAttribute('data-role-id') ?? '', row.getAttribute('data-bullet') ?? '');
      });
      const style = iframe.contentDocument?.createElement('style');
      if (style && iframe.contentDocument) {
        style.textContent = '[data-role-id]{cursor:pointer}[data-role-id]:hover{outline:2px solid rgba(37,99,235,.35);outline-offset:-2px}';
        iframe.contentDocument.head.append(style);
      }
    };
    iframe.addEventListener('load', onLoad, { once: true });
    iframe.srcdoc = page.html;
    return () => iframe.removeEventListener('load', onLoad);
  }, [page]);

  const roleSelect = (value: string | undefined, onChange: (id: string) => void, label: string, testId: string) => (
    <label className="compare-field">
      <span>{label}</span>
      <select data-testid={testId} value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        {tracks.map((track) => (
          <optgroup key={track.id} label={track.name}>
            {track.roles.map((role) => (
              <option key={role.id} value={role.id}>
                {role.title} ({role.levelId})
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );

  return (
    <div className="compare-backdrop" role="presentation" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="compare-view" role="dialog" aria-modal="true" aria-label="Compare" data-testid="compare-view">
        <div className="compare-head">
          <div className="compare-tabs" role="tablist">
            <button type="button" role="tab" aria-selected={mode === 'roles'} data-testid="compare-tab-roles" onClick={() => setMode('roles')}>
              Two roles
            </button>
            <button type="button" role="tab" aria-selected={mode === 'versions'} data-testid="compare-tab-versions" onClick={() => setMode('versions')}>
              Another version
            </button>
          </div>
          {mode === 'roles' ? (
            <div className="compare-fields">
              {roleSelect(from, setFrom, 'From', 'compare-from')}
              <span aria-hidden="true">→</span>
              {roleSelect(to, setTo, 'To', 'compare-to')}
            </div>
          ) : (
            <div className="compare-fields">
              <button type="button" disabled={!savedText} data-testid="compare-saved" onClick={() => setEarlier({ text: savedText, label: savedLabel })}>
                Saved version
              </button>
              <label className="compare-file">
                Another file…
                <input
                  type="file"
                  accept=".yaml,.yml,text/yaml"
                  data-testid="compare-file"
                  onChange={(e) => {
                    const file = e.target.files?.[0];
                    if (file) void file.text().then((t) => setEarlier({ text: t, label: file.name }));
                  }}
                />
              </label>
              <span className="compare-against">{earlier ? `Against ${earlier.label}` : 'Choose what to compare with'}</span>
            </div>
          )}
          <button type="button" className="compare-close" aria-label="Close the comparison" data-testid="compare-close" onClick={onClose}>
            ×
          </button>
        </div>
        {page && !page.ok && <p className="compare-message">{page.message}</p>}
        <iframe ref={frame} className="compare-frame" data-testid="compare-frame" title={page?.ok ? page.title : 'Comparison'} sandbox="allow-same-origin" hidden={!page?.ok} />
      </div>
    </div>
  );
}

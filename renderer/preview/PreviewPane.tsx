import { useEffect, useRef } from 'react';
import { mark } from '../state/marks.ts';

interface Props {
  html: string;
  /** Which view the html shows; switching views starts the reader at the top. */
  view: string;
  /** Called with a role id when the user clicks a role in the rubric. */
  onRoleClick(roleId: string): void;
  /** A right-click on a role: the studio offers to compare it with another. */
  onRoleContextMenu?(roleId: string): void;
  /** Called with an external link's address; the preview itself never navigates away. */
  onOpenLink(url: string): void;
  /** True until the first check has answered. */
  pending: boolean;
}

/**
 * The studio's additions to the rubric (not in exports): role cards show they are clickable, and
 * role sections off screen skip layout and paint (content-visibility), so replacing a large rubric
 * after an edit lays out what the reader sees, not the whole document; `auto` keeps each section's
 * last measured height, so the scroll bar does not jump.
 */
const studioStyle = `[data-role-id]{cursor:pointer;transition:box-shadow .12s ease}
[data-role-id]:hover{box-shadow:0 0 0 2px rgba(37,99,235,.35);border-radius:6px}
section.role{content-visibility:auto;contain-intrinsic-size:auto 640px}`;

/**
 * The live rubric: the exports' own HTML in a sandboxed frame (no scripts may run in it; the
 * same origin only so we can listen for clicks and keep the scroll position). After the first
 * load the document is updated in place, so the reader's scroll position survives every edit.
 */
export function PreviewPane({ html, view, onRoleClick, onRoleContextMenu, onOpenLink, pending }: Props) {
  const frame = useRef<HTMLIFrameElement>(null);
  const loaded = useRef(false);
  const shownView = useRef(view);
  const onRoleClickRef = useRef(onRoleClick);
  onRoleClickRef.current = onRoleClick;
  const onRoleContextMenuRef = useRef(onRoleContextMenu);
  onRoleContextMenuRef.current = onRoleContextMenu;
  const onOpenLinkRef = useRef(onOpenLink);
  onOpenLinkRef.current = onOpenLink;

  useEffect(() => {
    const iframe = frame.current;
    if (!iframe || !html) return;
    const doc = iframe.contentDocument;
    if (loaded.current && doc?.body) {
      // Swapping a large rubric blocks the main thread for tens of milliseconds: wait two frames,
      // then run after the second one's paint. The editor paints the squiggles of the markers set
      // just before (from the same check) a frame after they change, and the new document's
      // layout must not hold that frame back. A newer html cancels a swap that has not run yet.
      let timeout: ReturnType<typeof setTimeout> | undefined;
      let frameRequest = requestAnimationFrame(() => {
        frameRequest = requestAnimationFrame(() => {
          timeout = setTimeout(() => swapDocument(iframe, html, view, shownView), 0);
        });
      });
      return () => {
        cancelAnimationFrame(frameRequest);
        if (timeout !== undefined) clearTimeout(timeout);
      };
    }
    const onLoad = () => {
      const current = iframe.contentDocument;
      if (!current) return;
      loaded.current = true;
      addStudioStyle(current);
      mark('rungs-preview-ready');
      current.addEventListener('contextmenu', (event) => {
        const id = (event.target as Element | null)?.closest('[data-role-id]')?.getAttribute('data-role-id');
        if (!id || !onRoleContextMenuRef.current) return;
        event.preventDefault();
        onRoleContextMenuRef.current(id);
      });
      current.addEventListener('click', (event) => {
        const target = event.target as Element | null;
        if (!target) return;
        // A click on a role (its card or a chip naming it) opens its lines in the editor.
        const id = target.closest('[data-role-id]')?.getAttribute('data-role-id');
        if (id) onRoleClickRef.current(id);
        // In-page links scroll the rubric; any other link opens in the user's browser.
        const link = target.closest('a');
        const href = link?.getAttribute('href') ?? '#';
        if (!href.startsWith('#')) {
          event.preventDefault();
          if (/^(https?:|mailto:)/i.test(href)) onOpenLinkRef.current(href);
        }
      });
    };
    iframe.addEventListener('load', onLoad, { once: true });
    iframe.srcdoc = html;
    return () => iframe.removeEventListener('load', onLoad);
  }, [html, view]);

  return (
    <div className="preview-pane">
      <iframe
        ref={frame}
        className="preview-frame"
        data-testid="preview"
        title="Rubric preview"
        sandbox="allow-same-origin"
      />
      {pending && <div className="pane-placeholder">Rendering the rubric…</div>}
    </div>
  );
}

/** Replaces the shown document in place, keeping the scroll position within a view. */
function swapDocument(iframe: HTMLIFrameElement, html: string, view: string, shownView: { current: string }): void {
  const doc = iframe.contentDocument;
  if (!doc?.body) return;
  const frameWindow = iframe.contentWindow;
  const sameView = shownView.current === view;
  shownView.current = view;
  const x = sameView ? (frameWindow?.scrollX ?? 0) : 0;
  const y = sameView ? (frameWindow?.scrollY ?? 0) : 0;
  const next = new DOMParser().parseFromString(html, 'text/html');
  // Scripts never run here: the frame's sandbox forbids them whatever the markup says.
  doc.head.replaceWith(doc.importNode(next.head, true));
  doc.body.replaceWith(doc.importNode(next.body, true));
  addStudioStyle(doc);
  frameWindow?.scrollTo(x, y);
  mark('rungs-preview-updated');
}

function addStudioStyle(doc: Document): void {
  const style = doc.createElement('style');
  style.textContent = studioStyle;
  doc.head.append(style);
}

import { useRef, type PointerEvent as ReactPointerEvent, type ReactNode } from 'react';
import { clampSplit } from '../state/layout-store.ts';

interface Props {
  /** The left pane's share of the width, 0..1. */
  split: number;
  onSplit(split: number): void;
  left: ReactNode;
  /** The right pane, or null to give the left one the whole width. */
  right: ReactNode | null;
}

/** The editor and the preview side by side, with a divider to drag (or move with the arrow keys). */
export function SplitView({ split, onSplit, left, right }: Props) {
  const body = useRef<HTMLDivElement>(null);
  const latest = useRef(onSplit);
  latest.current = onSplit;

  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>) => {
    const container = body.current;
    if (!container) return;
    event.preventDefault();
    const splitter = event.currentTarget;
    splitter.setPointerCapture(event.pointerId);
    const rect = container.getBoundingClientRect();
    const onMove = (e: PointerEvent) => latest.current(clampSplit((e.clientX - rect.left) / rect.width));
    const onUp = () => {
      splitter.removeEventListener('pointermove', onMove);
      splitter.removeEventListener('pointerup', onUp);
      document.body.classList.remove('is-resizing');
    };
    document.body.classList.add('is-resizing');
    splitter.addEventListener('pointermove', onMove);
    splitter.addEventListener('pointerup', onUp);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const step = event.key === 'ArrowLeft' ? -0.02 : event.key === 'ArrowRight' ? 0.02 : 0;
    if (step) onSplit(clampSplit(split + step));
  };

  return (
    <div className="split" ref={body}>
      <section className="split-pane editor-column" style={{ flexBasis: right ? `${split * 100}%` : '100%' }} aria-label="Editor">
        {left}
      </section>
      {right && (
        <>
          <div
            className="splitter"
            role="separator"
            aria-orientation="vertical"
            aria-label="Resize editor and preview"
            aria-valuenow={Math.round(split * 100)}
            tabIndex={0}
            data-testid="splitter"
            onPointerDown={onPointerDown}
            onKeyDown={onKeyDown}
          />
          <section className="split-pane preview-column" aria-label="Preview">
            {right}
          </section>
        </>
      )}
    </div>
  );
}

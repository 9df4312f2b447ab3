import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Icon } from './icons.tsx';

export interface MenuItem {
  id: string;
  label: string;
  /** Shown on the right, as native menus show accelerators. */
  shortcut?: string;
  disabled?: boolean;
  separatorBefore?: boolean;
  onSelect(): void;
}

interface Props {
  label: ReactNode;
  title: string;
  items: readonly MenuItem[];
  testId: string;
  className?: string;
  /** Settings shown under the items (the export options); choosing them keeps the menu open. */
  footer?: ReactNode;
}

/** A toolbar drop-down: opens on click, closes on Escape, a click outside, or a choice. */
export function Menu({ label, title, items, testId, className, footer }: Props) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    window.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('keydown', onKey, true);
    };
  }, [open]);

  useEffect(() => {
    if (open) root.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus();
  }, [open]);

  const onMenuKey = (event: React.KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const buttons = [...(root.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[(at + (event.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length];
    next?.focus();
  };

  return (
    <div className={`menu ${className ?? ''}`} ref={root}>
      <button
        type="button"
        className={`tool-button ${open ? 'is-active' : ''}`}
        title={title}
        aria-haspopup="menu"
        aria-expanded={open}
        data-testid={testId}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
        <Icon name="chevron" className="icon-chevron" />
      </button>
      {open && (
        <div className="menu-popup">
          <div role="menu" onKeyDown={onMenuKey}>
            {items.length === 0 && <div className="menu-empty">Nothing here yet</div>}
            {items.map((item) => (
              <div key={item.id}>
                {item.separatorBefore && <div className="menu-separator" role="separator" />}
                <button
                  type="button"
                  role="menuitem"
                  className="menu-item"
                  data-testid={item.id}
                  disabled={item.disabled}
                  onClick={() => {
                    setOpen(false);
                    item.onSelect();
                  }}
                >
                  <span className="menu-label">{item.label}</span>
                  {item.shortcut && <span className="menu-shortcut">{item.shortcut}</span>}
                </button>
              </div>
            ))}
          </div>
          {footer}
        </div>
      )}
    </div>
  );
}

import { useState, type ReactNode } from 'react';

export interface NoticeAction {
  label: string;
  primary?: boolean;
  testId?: string;
  onClick(): void;
}

interface Props {
  tone: 'info' | 'warning' | 'error' | 'success';
  /** One line: what happened. */
  children: ReactNode;
  /** The rest (reasons, notes, lists), shown only when asked for. */
  detail?: ReactNode;
  actions?: readonly NoticeAction[];
  testId?: string;
  onDismiss?(): void;
}

/** A one-line message under the toolbar, with the choices it needs and its details on demand. */
export function NoticeBar({ tone, children, detail, actions = [], testId, onDismiss }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <div className="notice-line">
        <span className="notice-text">{children}</span>
        <span className="notice-actions">
          {detail && (
            <button type="button" className="notice-button is-quiet" aria-expanded={open} data-testid="notice-details" onClick={() => setOpen((o) => !o)}>
              {open ? 'Hide details' : 'Details'}
            </button>
          )}
          {actions.map((a) => (
            <button key={a.label} type="button" className={`notice-button ${a.primary ? 'is-primary' : ''}`} data-testid={a.testId} onClick={a.onClick}>
              {a.label}
            </button>
          ))}
          {onDismiss && (
            <button type="button" className="notice-close" aria-label="Dismiss" onClick={onDismiss}>
              ×
            </button>
          )}
        </span>
      </div>
      {detail && open && <div className="notice-detail">{detail}</div>}
    </div>
  );
}

import type { ReactNode } from 'react';

export interface NoticeAction {
  label: string;
  primary?: boolean;
  testId?: string;
  onClick(): void;
}

interface Props {
  tone: 'info' | 'warning' | 'error' | 'success';
  children: ReactNode;
  actions?: readonly NoticeAction[];
  testId?: string;
  onDismiss?(): void;
}

/** A one-line message under the toolbar, with the choices it needs (restore, reload, dismiss). */
export function NoticeBar({ tone, children, actions = [], testId, onDismiss }: Props) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <span className="notice-text">{children}</span>
      <span className="notice-actions">
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
  );
}

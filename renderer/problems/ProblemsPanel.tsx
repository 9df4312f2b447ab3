import type { Diagnostic, Severity } from '../../core/diagnostics.ts';

interface Props {
  diagnostics: readonly Diagnostic[];
  open: boolean;
  onToggle(): void;
  onSelect(diagnostic: Diagnostic): void;
}

const severityLabel: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };

export function SeverityIcon({ severity }: { severity: Severity }) {
  return <span className={`severity-icon severity-${severity}`} aria-label={severityLabel[severity]} role="img" />;
}

/** Every problem core found, in file order; clicking one jumps to its lines. */
export function ProblemsPanel({ diagnostics, open, onToggle, onSelect }: Props) {
  return (
    <section className={`problems ${open ? 'is-open' : ''}`} data-testid="problems" aria-label="Problems">
      <header className="panel-header">
        <button type="button" className="panel-title" onClick={onToggle} aria-expanded={open} data-testid="problems-toggle">
          <span className={`chevron ${open ? 'is-open' : ''}`} aria-hidden="true" />
          Problems
          <span className="count-badge" data-testid="problems-count">{diagnostics.length}</span>
        </button>
      </header>
      {open && (
        <div className="problems-body">
          {diagnostics.length === 0 ? (
            <p className="empty-note is-clean">
              <span className="clean-mark" aria-hidden="true">✓</span>
              No problems: this framework checks clean.
            </p>
          ) : (
            <ul className="problem-list">
              {diagnostics.map((d, i) => (
                <li key={`${d.code}:${d.line}:${d.column}:${i}`}>
                  <button
                    type="button"
                    className="problem-item"
                    data-testid="problem-item"
                    data-severity={d.severity}
                    data-code={d.code}
                    data-line={d.line}
                    onClick={() => onSelect(d)}
                    title={`${severityLabel[d.severity]} ${d.code}`}
                  >
                    <SeverityIcon severity={d.severity} />
                    <span className="problem-message">{d.message}</span>
                    <span className="problem-code">{d.code}</span>
                    <span className="problem-position">
                      Ln {d.line}, Col {d.column}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

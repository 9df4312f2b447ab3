import { docsUrl } from '../../core/diagnostic-codes.ts';
import type { Diagnostic, Severity } from '../../core/diagnostics.ts';
import { sortProblems } from './sort-problems.ts';

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

/**
 * Every problem core found, errors first; clicking one jumps to its lines. Each links to its
 * rule's documentation, and a finding with several places (copied bullets) lists them below it.
 * With no problems the panel shrinks to its header, which says so, and gives the editor the room.
 */
export function ProblemsPanel({ diagnostics, open, onToggle, onSelect }: Props) {
  const empty = diagnostics.length === 0;
  const expanded = open && !empty;
  return (
    <section className={`problems ${expanded ? 'is-open' : ''}`} data-testid="problems" data-empty={empty} aria-label="Problems">
      <header className="panel-header">
        <button type="button" className="panel-title" onClick={onToggle} aria-expanded={expanded} disabled={empty} data-testid="problems-toggle">
          <span className={`chevron ${expanded ? 'is-open' : ''}`} aria-hidden="true" />
          Problems
          <span className="count-badge" data-testid="problems-count">{diagnostics.length}</span>
        </button>
        {empty && (
          <span className="empty-note is-clean is-inline" data-testid="problems-clean">
            <span className="clean-mark" aria-hidden="true">✓</span>
            No problems: this framework checks clean.
          </span>
        )}
      </header>
      {expanded && (
        <div className="problems-body">
          <ul className="problem-list">
            {sortProblems(diagnostics).map((d, i) => (
              <li key={`${d.code}:${d.line}:${d.column}:${i}`} className="problem-row">
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
                  <span className="problem-position" data-testid="problem-position">
                    {d.file !== undefined ? `${d.file} ` : ''}Ln {d.line}, Col {d.column}
                  </span>
                </button>
                <a className="problem-docs" href={docsUrl(d.code)} target="_blank" rel="noopener noreferrer" data-testid="problem-docs" title={`What ${d.code} checks and how to fix it`}>
                  Docs
                </a>
                {d.related && d.related.length > 0 && (
                  <ul className="problem-related" aria-label="Related places">
                    {d.related.map((r, j) => (
                      <li key={`${r.line}:${r.column}:${j}`}>
                        <button
                          type="button"
                          className="problem-item problem-related-item"
                          data-testid="problem-related"
                          onClick={() => onSelect({ ...d, path: r.path, line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn })}
                        >
                          <span className="problem-message">{r.message}</span>
                          <span className="problem-position">
                            Ln {r.line}, Col {r.column}
                          </span>
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

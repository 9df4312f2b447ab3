import type { Draft } from '../../host-api/api.ts';
import { draftOrigin } from '../state/draft-origin.ts';
import { timeAgo } from '../state/document-title.ts';
import { NoticeBar } from './NoticeBar.tsx';

/** The framework's `name:`, so drafts of one file (two crashed tabs, say) can be told apart. */
export function draftTitle(text: string): string | undefined {
  const name = /^name:[ \t]*(.+?)[ \t]*$/m.exec(text)?.[1]?.replace(/^(['"])(.*)\1$/, '$2');
  if (!name) return undefined;
  return name.length > 60 ? `${name.slice(0, 59)}…` : name;
}

interface Props {
  /** Drafts an earlier session left behind, newest first. */
  drafts: readonly Draft[];
  onRestore(draft: Draft): void;
  onDiscard(draft: Draft): void;
}

/**
 * Offers every draft an earlier session left behind. One draft reads as one line with Restore and
 * Discard; several are one line too, with the list (each with its own buttons) under Details, and
 * stay offered until the user restores or discards them, so none is dropped without being seen.
 */
export function DraftNotice({ drafts, onRestore, onDiscard }: Props) {
  const [only] = drafts;
  if (!only) return null;
  if (drafts.length === 1) {
    return (
      <NoticeBar
        tone="warning"
        testId="draft-notice"
        actions={[
          { label: 'Restore', primary: true, testId: 'draft-restore', onClick: () => onRestore(only) },
          { label: 'Discard', testId: 'draft-discard', onClick: () => onDiscard(only) },
        ]}
      >
        Unsaved changes to <strong>{only.name}</strong> from {timeAgo(only.savedAt)}, {draftOrigin(drafts)}.
      </NoticeBar>
    );
  }
  return (
    <NoticeBar
      tone="warning"
      testId="draft-notice"
      detail={
        <>
          <p className="notice-detail-text">Restore one at a time (save it before the next); the others wait here.</p>
          <ul className="draft-list">
            {drafts.map((draft, index) => {
              const title = draftTitle(draft.text);
              return (
                <li key={draft.draftId} className="draft-item" data-testid="draft-item">
                  <span className="draft-name">
                    <strong>{draft.name}</strong>
                    {title ? ` (“${title}”)` : ''} from {timeAgo(draft.savedAt)}
                  </span>
                  <button type="button" className={`notice-button ${index === 0 ? 'is-primary' : ''}`} data-testid="draft-item-restore" onClick={() => onRestore(draft)}>
                    Restore
                  </button>
                  <button type="button" className="notice-button" data-testid="draft-item-discard" onClick={() => onDiscard(draft)}>
                    Discard
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      }
    >
      {drafts.length} unsaved drafts, {draftOrigin(drafts)}.
    </NoticeBar>
  );
}

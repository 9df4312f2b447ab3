import { useState } from 'react';
import type { DocumentController, DocumentState } from '../state/document-controller.ts';
import { CsvImportPreview } from './CsvImportPreview.tsx';
import { DraftNotice } from './DraftNotice.tsx';
import { NoticeBar } from './NoticeBar.tsx';

interface Props {
  state: DocumentState;
  controller: DocumentController;
}

/** The bars under the toolbar (drafts, a change on disk, import notes, a stopped checker), each one line with details on demand. */
export function DocumentNotices({ state, controller }: Props) {
  const { doc, external, importNotes, checkFailure } = state;
  return (
    <>
      <DraftNotice drafts={state.pendingDrafts} onRestore={(d) => controller.restoreDraft(d)} onDiscard={(d) => controller.discardDraft(d)} />
      {external && doc && (
        <NoticeBar
          tone="warning"
          testId="external-change-notice"
          detail={
            external.text === null
              ? 'Your version is still here: save it to keep it.'
              : 'Reload to take the version on disk (Undo brings your edits back), or keep yours and save over it.'
          }
          actions={[
            ...(external.text === null ? [] : [{ label: 'Reload from disk', testId: 'external-reload', onClick: () => controller.reloadFromDisk() }]),
            { label: 'Keep mine', primary: true, testId: 'external-keep', onClick: () => controller.keepMine() },
          ]}
        >
          <strong>{doc.name}</strong> {external.text === null ? 'was deleted or can no longer be read.' : 'was changed by another program.'}
        </NoticeBar>
      )}
      {state.pendingCsv && (
        <CsvImportPreview
          key={state.pendingCsv.fileName}
          fileName={state.pendingCsv.fileName}
          csv={state.pendingCsv.csv}
          suggestedName={state.pendingCsv.name}
          onImport={(name) => void controller.confirmCsvImport(name)}
          onCancel={() => controller.cancelCsvImport()}
        />
      )}
      {importNotes && (
        <NoticeBar
          tone="info"
          testId="import-notes"
          onDismiss={() => controller.dismissImportNotes()}
          detail={
            importNotes.notes.length > 0 ? (
              <ul className="notice-notes">
                {importNotes.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            ) : undefined
          }
        >
          <strong>{importNotes.title}.</strong> Check the problems panel for anything to finish.
        </NoticeBar>
      )}
      {checkFailure && (
        <NoticeBar tone="error" testId="check-failure" detail={checkFailure} onDismiss={() => controller.dismissCheckFailure()}>
          The live check stopped working. Your text is safe: save it and reload the studio.
        </NoticeBar>
      )}
    </>
  );
}

/** The short-lived message after an action (saved, exported, failed), with its reason on demand. */
export function Toast({ state, controller }: Props) {
  const [open, setOpen] = useState(false);
  const { notice } = state;
  if (!notice) return null;
  return (
    <div className={`toast toast-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-testid="toast">
      <div className="toast-line">
        <span>{notice.message}</span>
        {notice.detail && (
          <button type="button" className="notice-button is-quiet" aria-expanded={open} data-testid="toast-details" onClick={() => setOpen((o) => !o)}>
            {open ? 'Hide details' : 'Details'}
          </button>
        )}
        <button type="button" className="notice-close" aria-label="Dismiss" onClick={() => controller.dismissNotice()}>
          ×
        </button>
      </div>
      {open && notice.detail && <div className="toast-detail">{notice.detail}</div>}
    </div>
  );
}

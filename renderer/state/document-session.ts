/**
 * Which document the editor shows, as tokens that outlive an `await`.
 *
 * Saves, reverts and opens wait for the host; meanwhile the user may open another document or
 * reload this one. A step that resumes after an await takes a ticket first and applies its
 * result only if the ticket still holds, so a slow save of A can never stamp A's file id onto
 * B's text (the next Ctrl+S would then write B over A).
 */
export interface SessionTicket {
  /** Changes when a different document replaces the open one (Open, New, drop, a restored draft). */
  readonly document: number;
  /** Changes on every load, including reloads of the same document (Revert, external reload, Add track). */
  readonly load: number;
}

export class DocumentSession {
  private document = 0;
  private load = 0;

  /** The state of the session now, to compare against after an await. */
  ticket(): SessionTicket {
    return { document: this.document, load: this.load };
  }

  /** A different document is now open: every earlier ticket is stale. */
  opened(): void {
    this.document += 1;
    this.load += 1;
  }

  /** The same document got new text from elsewhere (Revert, reload, an added track). */
  reloaded(): void {
    this.load += 1;
  }

  /** True while the document the ticket was taken for is still the open one (reloads allowed). */
  sameDocument(ticket: SessionTicket): boolean {
    return ticket.document === this.document;
  }

  /** True when nothing at all has been loaded since the ticket was taken. */
  unchanged(ticket: SessionTicket): boolean {
    return ticket.document === this.document && ticket.load === this.load;
  }
}

export interface SavedState {
  documentId: string | null;
  name: string;
  displayPath: string;
  savedText: string;
}

/**
 * The open document after a save resolves, or null when it must be left alone: the saved text
 * belongs to a document that is no longer open, so its new id and saved state must not be given
 * to whatever replaced it. A reload of the same document meanwhile does not matter: the file now
 * holds `snapshot`, whatever the editor shows.
 */
export function afterSave(
  session: DocumentSession,
  ticket: SessionTicket,
  outcome: { documentId: string; name: string; displayPath: string },
  snapshot: string,
): SavedState | null {
  if (!session.sameDocument(ticket)) return null;
  return { documentId: outcome.documentId, name: outcome.name, displayPath: outcome.displayPath, savedText: snapshot };
}

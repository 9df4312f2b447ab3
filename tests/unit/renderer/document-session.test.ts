import { describe, expect, it } from 'vitest';
import { afterSave, DocumentSession } from '../../../renderer/state/document-session.ts';

const savedA = { documentId: 'doc-a', name: 'a.yaml', displayPath: '/files/a.yaml' };

describe('document session tickets', () => {
  it('does not give a slow save of A to document B opened meanwhile', () => {
    const session = new DocumentSession();
    session.opened(); // A
    const ticket = session.ticket(); // Ctrl+S on A; the host is slow
    session.opened(); // the user drops B
    expect(afterSave(session, ticket, savedA, 'text of A')).toBeNull();
  });

  it("applies a save's new id and saved text while the same document is open, even after a reload", () => {
    const session = new DocumentSession();
    session.opened();
    const ticket = session.ticket();
    session.reloaded(); // e.g. a track added while the save ran: the file still holds what was saved
    expect(afterSave(session, ticket, savedA, 'text of A')).toEqual({ ...savedA, savedText: 'text of A' });
  });

  it('lets a revert apply only when nothing was loaded since it started', () => {
    const session = new DocumentSession();
    session.opened();
    const revert = session.ticket();
    expect(session.unchanged(revert)).toBe(true);
    session.reloaded(); // the file changed on disk and was reloaded meanwhile
    expect(session.unchanged(revert)).toBe(false);
    expect(session.sameDocument(revert)).toBe(true);

    const another = session.ticket();
    session.opened();
    expect(session.unchanged(another)).toBe(false);
    expect(session.sameDocument(another)).toBe(false);
  });
});

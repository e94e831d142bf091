// The journal queue: an export or an import made offline is kept in the adviser's database
// (across a reload), sent once online, dropped when the server refuses it for good, and kept when
// the network fails.
import { describe, expect, it } from 'vitest';
import type { PendingJournalEntry } from '../domain/audit';
import { newId } from '../domain/ids';
import { pendingJournalEntries, queueJournalEntry, removeJournalEntry } from '../db/journal-queue';
import { UserDatabase } from '../db/user-database';
import { createJournal, type JournalSender } from './journal';
import { TransportError } from './transport';

const exportEntry = (): PendingJournalEntry => ({ kind: 'export', report: { id: globalThis.crypto.randomUUID(), kind: 'report-csv', siteIds: ['site-a'] } });
const importEntry = (): PendingJournalEntry => ({
  kind: 'import',
  report: { id: globalThis.crypto.randomUUID(), siteId: 'site-a', candidates: 3, spocActions: 2, accompaniments: 1, refused: 1, skipped: 0 },
});

function storeOf(db: UserDatabase) {
  return {
    queueJournal: (entry: PendingJournalEntry) => queueJournalEntry(db, entry),
    pendingJournal: () => pendingJournalEntries(db),
    removeJournal: (id: string) => removeJournalEntry(db, id),
  };
}

describe('the journal queue', () => {
  it('keeps entries made offline across a reload, and sends them once online', async () => {
    const name = `test-journal-${newId()}`;
    let db = new UserDatabase(name);
    let online = false;
    const sent: PendingJournalEntry[] = [];
    const sender: JournalSender = {
      send: async (entry) => {
        if (!online) throw new TransportError('network');
        sent.push(entry);
      },
    };
    const exported = exportEntry();
    const imported = importEntry();
    await createJournal(storeOf(db), sender).record(exported);
    await createJournal(storeOf(db), sender).record(imported);
    expect(sent).toEqual([]);
    db.close();

    db = new UserDatabase(name); // a reload
    expect((await pendingJournalEntries(db)).map((entry) => entry.report.id).sort()).toEqual([exported.report.id, imported.report.id].sort());
    online = true;
    await createJournal(storeOf(db), sender).sendPending();
    expect(sent.map((entry) => entry.report.id).sort()).toEqual([exported.report.id, imported.report.id].sort());
    expect(await pendingJournalEntries(db)).toEqual([]);
    db.close();
  });

  it('drops an entry the server refuses for good, keeps one it could not answer', async () => {
    const db = new UserDatabase(`test-journal-${newId()}`);
    const refused = importEntry();
    const later = exportEntry();
    await queueJournalEntry(db, refused);
    await queueJournalEntry(db, later);
    const journal = createJournal(storeOf(db), {
      send: async (entry) => {
        throw entry.report.id === refused.report.id ? new TransportError('forbidden', { status: 403 }) : new TransportError('server', { status: 503 });
      },
    });
    await journal.sendPending();
    expect((await pendingJournalEntries(db)).map((entry) => entry.report.id)).toEqual([later.report.id]);
    db.close();
  });
});

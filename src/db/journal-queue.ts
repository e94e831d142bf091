// Entries the tablet owes the server's audit journal (an export, an import), queued in the
// adviser's database like any pending write: they survive a reload and wait, offline, until the
// next sync sends them (sync/journal.ts). Rows of `syncState` keyed `journal:<id>`; they hold
// ids, codes, site ids and counts only, no personal data, so they are kept in clear.
import { pendingJournalEntrySchema, type PendingJournalEntry } from '../domain/audit';
import type { UserDatabase } from './user-database';

const PREFIX = 'journal:';

export async function queueJournalEntry(db: UserDatabase, entry: PendingJournalEntry): Promise<void> {
  await db.syncState.put({ key: `${PREFIX}${entry.report.id}`, value: entry });
}

/** The queued entries; a row that no longer reads as an entry (an older app's) is left out. */
export async function pendingJournalEntries(db: UserDatabase): Promise<PendingJournalEntry[]> {
  const rows = await db.syncState.where('key').startsWith(PREFIX).toArray();
  return rows.flatMap((row) => {
    const parsed = pendingJournalEntrySchema.safeParse(row.value);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function removeJournalEntry(db: UserDatabase, id: string): Promise<void> {
  await db.syncState.delete(`${PREFIX}${id}`);
}

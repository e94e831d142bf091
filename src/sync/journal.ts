// The tablet's side of the audit journal: an export or an import made here is queued on the
// tablet first (db/journal-queue.ts), then sent to the server (POST /api/audit/exports or
// /imports) at once when online, else after the next successful sync. The server writes each
// report id once, so sending again after a lost answer is harmless. A report the server refuses
// for good (400, 403, 404) is dropped: sending it again would never succeed.
import type { PendingJournalEntry } from '../domain/audit';
import { TransportError } from './transport';

export interface JournalQueueStore {
  queueJournal(entry: PendingJournalEntry): Promise<void>;
  pendingJournal(): Promise<PendingJournalEntry[]>;
  removeJournal(id: string): Promise<void>;
}

export interface JournalSender {
  send(entry: PendingJournalEntry): Promise<void>;
}

export interface Journal {
  /** Queues the entry (it survives a reload), then tries to send what is queued. */
  record(entry: PendingJournalEntry): Promise<void>;
  /** Sends what is queued; an entry that cannot be sent now stays queued for the next time. */
  sendPending(): Promise<void>;
}

const REFUSED_FOR_GOOD = new Set([400, 403, 404]);

export function createJournal(store: JournalQueueStore, sender: JournalSender): Journal {
  let sending: Promise<void> | undefined;
  async function sendAll(): Promise<void> {
    for (const entry of await store.pendingJournal()) {
      try {
        await sender.send(entry);
      } catch (error) {
        const status = error instanceof TransportError ? error.details.status : undefined;
        if (status === undefined || !REFUSED_FOR_GOOD.has(status)) continue; // offline, or later: kept
      }
      await store.removeJournal(entry.report.id);
    }
  }
  const sendPending = () => {
    // One sender at a time: a sync ending while an import is being reported sends nothing twice.
    sending ??= sendAll().finally(() => {
      sending = undefined;
    });
    return sending;
  };
  return {
    async record(entry) {
      await store.queueJournal(entry);
      await sendPending().catch(() => undefined);
    },
    sendPending,
  };
}

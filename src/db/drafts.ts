// Drafts of forms being typed (the `drafts` store of Dexie version 2), encrypted like records:
// the typed values are an AES-GCM payload bound to the draft's key, so a reload, a crash or an
// app update loses nothing and a lost tablet shows nothing. Only the form's name (`candidates:new`),
// the candidate's id and the time stay in clear.
import { decryptJson, encryptJson } from './crypto';
import { openUserDatabase, type DraftRow, type UserDatabase } from './user-database';

export interface StoredDraft<V = unknown> {
  values: V;
  /** ISO instant of the last save. */
  updatedAt: string;
  candidateId?: string;
}

export interface DraftStore {
  /** Saves (replaces) the draft of a form. */
  save(key: string, values: unknown, candidateId?: string): Promise<void>;
  /** The draft of a form, or undefined (also when it cannot be decrypted any more). */
  load<V = unknown>(key: string): Promise<StoredDraft<V> | undefined>;
  remove(key: string): Promise<void>;
  /** Every draft about one person (an erasure purges them). */
  removeForCandidate(candidateId: string): Promise<void>;
  close(): void;
}

const draftAad = (key: string) => `drafts|${key}`;

export function createDraftStore(db: UserDatabase, dataKey: CryptoKey, now: () => Date = () => new Date()): DraftStore {
  return {
    async save(key, values, candidateId) {
      // Encrypt first: awaiting WebCrypto inside a Dexie transaction would end it.
      const enc = await encryptJson(dataKey, values, draftAad(key));
      const row: DraftRow = { key, updatedAt: now().toISOString(), enc };
      if (candidateId) row.candidateId = candidateId;
      await db.drafts.put(row);
    },
    async load<V>(key: string) {
      const row = await db.drafts.get(key);
      if (!row) return undefined;
      try {
        const values = await decryptJson<V>(dataKey, row.enc, draftAad(key));
        return { values, updatedAt: row.updatedAt, ...(row.candidateId ? { candidateId: row.candidateId } : {}) };
      } catch {
        return undefined; // written under another key: unreadable, as good as absent
      }
    },
    async remove(key) {
      await db.drafts.delete(key);
    },
    async removeForCandidate(candidateId) {
      await db.drafts.where('candidateId').equals(candidateId).delete();
    },
    close() {
      db.close();
    },
  };
}

/** The adviser's drafts on their own connection to their database (closed at sign-out). */
export function openDraftStore(userId: string, dataKey: CryptoKey): DraftStore {
  return createDraftStore(openUserDatabase(userId), dataKey);
}

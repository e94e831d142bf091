// The per-adviser sync state (key/value rows of `syncState`). The session token and the signed-in
// user's profile are personal or secret: they are stored encrypted.
import { z } from 'zod';
import { SYNCED_TABLES } from '../domain/tables';
import { sessionUserSchema, type SessionUser } from '../domain/wire';
import { decryptJson, encryptJson, type EncryptedPayload } from './crypto';
import type { StoreContext } from './store-context';
import type { UserDatabase } from './user-database';

export const STATE_KEYS = {
  clientId: 'clientId',
  nextSeq: 'nextSeq',
  cursor: 'cursor',
  serverEpoch: 'serverEpoch',
  siteIds: 'siteIds',
  /** The synced tables the stored cursor covers (a newer app version may know more). */
  pulledTables: 'pulledTables',
  lastSyncedAt: 'lastSyncedAt',
  session: 'session',
  /**
   * Every outbox row whose seq is at most this one has been taken for a push (outbox.ts,
   * `isSent`): one write marks a whole batch, instead of one per row.
   */
  sentThrough: 'sentThrough',
} as const;

export interface SyncCursorState {
  clientId: string;
  cursor: number;
  serverEpoch?: string;
  siteIds?: string[];
  lastSyncedAt?: string;
}

const storedSessionSchema = z.object({ token: z.string(), user: sessionUserSchema, expiresAt: z.string().optional() });
export type StoredSession = z.infer<typeof storedSessionSchema>;

const SESSION_AAD = 'syncState|session';

async function readValue(db: UserDatabase, key: string): Promise<unknown> {
  return (await db.syncState.get(key))?.value;
}

/** The clientId of this adviser on this device, created on first use. */
export async function ensureClientId(db: UserDatabase): Promise<string> {
  return db.transaction('rw', db.syncState, async () => {
    const existing = await readValue(db, STATE_KEYS.clientId);
    if (typeof existing === 'string') return existing;
    const clientId = globalThis.crypto.randomUUID();
    await db.syncState.put({ key: STATE_KEYS.clientId, value: clientId });
    return clientId;
  });
}

export async function readSyncCursorState(db: UserDatabase): Promise<SyncCursorState> {
  const rows = await db.syncState.bulkGet([
    STATE_KEYS.clientId,
    STATE_KEYS.cursor,
    STATE_KEYS.serverEpoch,
    STATE_KEYS.siteIds,
    STATE_KEYS.lastSyncedAt,
    STATE_KEYS.pulledTables,
  ]);
  const [clientId, cursor, serverEpoch, siteIds, lastSyncedAt, pulledTables] = rows.map((row) => row?.value);
  const covered = Array.isArray(pulledTables) && SYNCED_TABLES.every((table) => pulledTables.includes(table));
  if (!covered) await coverEveryTable(db);
  return {
    clientId: typeof clientId === 'string' ? clientId : await ensureClientId(db),
    cursor: covered && typeof cursor === 'number' ? cursor : 0,
    serverEpoch: typeof serverEpoch === 'string' ? serverEpoch : undefined,
    siteIds: Array.isArray(siteIds) ? (siteIds as string[]) : undefined,
    lastSyncedAt: typeof lastSyncedAt === 'string' ? lastSyncedAt : undefined,
  };
}

/**
 * This app version knows tables the stored cursor did not cover (an update added a synced table:
 * pulls of older versions left its records out). Pulling again from 0 brings them; the records
 * already held are matched as on any pull, and pending changes are kept.
 */
async function coverEveryTable(db: UserDatabase): Promise<void> {
  await db.syncState.bulkPut([
    { key: STATE_KEYS.cursor, value: 0 },
    { key: STATE_KEYS.pulledTables, value: [...SYNCED_TABLES] },
  ]);
}

/** Allocates the next outbox seq. Call only inside a transaction that includes `syncState`. */
export async function takeNextSeq(db: UserDatabase): Promise<number> {
  return takeSeqs(db, 1);
}

/** Allocates `count` consecutive outbox seqs and returns the first. Only inside a transaction that includes `syncState`. */
export async function takeSeqs(db: UserDatabase, count: number): Promise<number> {
  const current = await readValue(db, STATE_KEYS.nextSeq);
  const seq = typeof current === 'number' ? current : 1;
  await db.syncState.put({ key: STATE_KEYS.nextSeq, value: seq + count });
  return seq;
}

export async function setLastSyncedAt(db: UserDatabase, instant: string): Promise<void> {
  await db.syncState.put({ key: STATE_KEYS.lastSyncedAt, value: instant });
}

export async function saveSession(ctx: StoreContext, session: StoredSession): Promise<void> {
  const enc = await encryptJson(ctx.key, session, SESSION_AAD);
  await ctx.db.syncState.put({ key: STATE_KEYS.session, value: enc });
}

/** The last session saved on this device (token possibly expired: the server will say 401). */
export async function readSession(ctx: StoreContext): Promise<StoredSession | undefined> {
  const enc = (await readValue(ctx.db, STATE_KEYS.session)) as EncryptedPayload | undefined;
  if (!enc) return undefined;
  const parsed = storedSessionSchema.safeParse(await decryptJson(ctx.key, enc, SESSION_AAD));
  return parsed.success ? parsed.data : undefined;
}

export type { SessionUser };

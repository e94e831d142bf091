// Where an attachment's bytes live on the server (docs/attachments.md, "Server storage"): in the
// database (attachment_blobs.bytes, the default: one backup holds everything) or, when
// ATTACHMENTS_DIR is set, as files named by their SHA-256 in that directory (bytes column null).
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../db/connect';
import type { Database } from '../db/schema';

export interface BlobStore {
  /** 'database', or the directory's absolute path. */
  readonly where: string;
  /** Stores the bytes of a new blob row (inside the transaction that inserts it). */
  bytesForRow(sha256: string, bytes: Buffer): Promise<Buffer | null>;
  read(db: Kysely<Database>, sha256: string): Promise<Buffer | undefined>;
  /** Removes the files of blobs that no row names any more (after an erasure's commit). */
  removeOrphans(db: Kysely<Database>): Promise<number>;
}

export const databaseBlobStore: BlobStore = {
  where: 'database',
  bytesForRow: async (_sha256, bytes) => bytes,
  async read(db, sha256) {
    const row = await db.selectFrom('attachment_blobs').select('bytes').where('sha256', '=', sha256).executeTakeFirst();
    return row?.bytes ? Buffer.from(row.bytes) : undefined;
  },
  removeOrphans: async () => 0,
};

export function directoryBlobStore(directory: string): BlobStore {
  const root = resolve(directory);
  const pathOf = (sha256: string) => join(root, sha256.slice(0, 2), sha256);
  return {
    where: root,
    async bytesForRow(sha256, bytes) {
      const path = pathOf(sha256);
      await mkdir(join(root, sha256.slice(0, 2)), { recursive: true });
      // Written whole under another name, then renamed: a reader never sees half a file.
      const temporary = `${path}.${randomUUID()}.part`;
      await writeFile(temporary, bytes);
      await rename(temporary, path);
      return null;
    },
    async read(db, sha256) {
      const row = await db.selectFrom('attachment_blobs').select('sha256').where('sha256', '=', sha256).executeTakeFirst();
      if (!row) return undefined;
      return readFile(pathOf(sha256)).catch(() => undefined);
    },
    async removeOrphans(db) {
      const known = new Set((await db.selectFrom('attachment_blobs').select('sha256').execute()).map((row) => row.sha256));
      let removed = 0;
      for (const prefix of await readdir(root).catch(() => [] as string[])) {
        for (const name of await readdir(join(root, prefix)).catch(() => [] as string[])) {
          const sha256 = name.slice(0, 64);
          if (known.has(sha256) && !name.endsWith('.part')) continue;
          await rm(join(root, prefix, name), { force: true });
          removed++;
        }
      }
      return removed;
    },
  };
}

/** The store of each open server database (set by buildServer; erasure and retention read it). */
const stores = new WeakMap<ServerDatabase, BlobStore>();

export function setBlobStore(database: ServerDatabase, store: BlobStore): void {
  stores.set(database, store);
}

export function blobStoreOf(database: ServerDatabase): BlobStore {
  return stores.get(database) ?? databaseBlobStore;
}

// The server epoch: created with the database, replaced by `admin new-epoch` after a restore so
// that devices pull from 0 and re-send what the restored server lacks.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema';

export async function readServerEpoch(db: Kysely<Database>): Promise<string> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', 'server_epoch').executeTakeFirstOrThrow();
  return row.value;
}

export async function renewServerEpoch(db: Kysely<Database>): Promise<string> {
  const epoch = randomUUID();
  await db.updateTable('meta').set({ value: epoch }).where('key', '=', 'server_epoch').execute();
  return epoch;
}

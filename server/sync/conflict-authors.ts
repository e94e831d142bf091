// Who made the two values of a conflict, in names an adviser recognises. A clientId is bound to the
// user who first pushed with it (clients table); the server value's author is the clientId that
// last wrote the field (field_meta). Seeded data and resolutions have no device: "seed" has no
// author, and "resolution:<userId>" is that user's choice.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { readRecord } from '../db/records';
import type { ConflictView } from './conflict-rows';

export type ConflictWithAuthors = ConflictView & { clientUserName?: string; serverUserName?: string };

const RESOLUTION_PREFIX = 'resolution:';

export async function withAuthors(db: Kysely<Database>, conflicts: readonly ConflictView[]): Promise<ConflictWithAuthors[]> {
  const serverClientIds = await Promise.all(
    conflicts.map(async (conflict) => (await readRecord(db, conflict.table, conflict.recordId))?.fieldMeta[conflict.field]?.clientId),
  );
  const clientIds = [...new Set([...conflicts.map((conflict) => conflict.clientId), ...serverClientIds].filter((id): id is string => !!id))];
  const names = await userNamesOfClients(db, clientIds);
  return conflicts.map((conflict, index) => ({
    ...conflict,
    clientUserName: names.get(conflict.clientId),
    serverUserName: names.get(serverClientIds[index] ?? ''),
  }));
}

async function userNamesOfClients(db: Kysely<Database>, clientIds: readonly string[]): Promise<Map<string, string>> {
  const userOfClient = new Map<string, string>();
  for (const clientId of clientIds) {
    if (clientId.startsWith(RESOLUTION_PREFIX)) userOfClient.set(clientId, clientId.slice(RESOLUTION_PREFIX.length));
  }
  const deviceIds = clientIds.filter((clientId) => !clientId.startsWith(RESOLUTION_PREFIX));
  if (deviceIds.length > 0) {
    const rows = await db.selectFrom('clients').select(['client_id', 'user_id']).where('client_id', 'in', deviceIds).execute();
    for (const row of rows) userOfClient.set(row.client_id, row.user_id);
  }
  const userIds = [...new Set(userOfClient.values())];
  if (userIds.length === 0) return new Map();
  const users = await db.selectFrom('records').select(['id', 'data']).where('table_name', '=', 'users').where('id', 'in', userIds).execute();
  const nameOfUser = new Map(users.map((user) => [user.id, (JSON.parse(user.data) as { name?: string }).name ?? '']));
  const names = new Map<string, string>();
  for (const [clientId, userId] of userOfClient) {
    const name = nameOfUser.get(userId);
    if (name) names.set(clientId, name);
  }
  return names;
}

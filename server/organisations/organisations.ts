// Organisations (0010_organisations): a server table of id and name. Each site names its
// organisation in its synced record (`data.organisationId`, server/organisations/sites.ts).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export interface Organisation {
  id: string;
  name: string;
}

export { ORGANISATION_ID } from '../../src/domain/accounts';

export async function listOrganisations(db: Kysely<Database>): Promise<Organisation[]> {
  return db.selectFrom('organisations').select(['id', 'name']).orderBy('name').orderBy('id').execute();
}

export async function findOrganisation(db: Kysely<Database>, id: string): Promise<Organisation | undefined> {
  return db.selectFrom('organisations').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}

export async function renameOrganisation(db: Kysely<Database>, id: string, name: string): Promise<boolean> {
  const result = await db.updateTable('organisations').set({ name }).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Inserts an organisation; the caller has checked the id is free (inside its transaction). */
export async function insertOrganisation(db: Kysely<Database>, organisation: Organisation): Promise<void> {
  await db.insertInto('organisations').values({ ...organisation, created_at: new Date().toISOString() }).execute();
}

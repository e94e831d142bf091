// Organisations (0010_organisations): a server table of id and name. Each site names its
// organisation in its synced record (`data.organisationId`, server/organisations/sites.ts).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export interface Organisation {
  id: string;
  name: string;
}

export const ORGANISATION_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;

export async function listOrganisations(db: Kysely<Database>): Promise<Organisation[]> {
  return db.selectFrom('organisations').select(['id', 'name']).orderBy('name').orderBy('id').execute();
}

export async function findOrganisation(db: Kysely<Database>, id: string): Promise<Organisation | undefined> {
  return db.selectFrom('organisations').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}

/** Inserts an organisation; the caller has checked the id is free (inside its transaction). */
export async function insertOrganisation(db: Kysely<Database>, organisation: Organisation): Promise<void> {
  await db.insertInto('organisations').values({ ...organisation, created_at: new Date().toISOString() }).execute();
}

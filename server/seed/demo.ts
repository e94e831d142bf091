// Demo content for `npm start` on an empty database: sites (each an organisation of its own),
// accounts with one documented password, and a few hundred fictional candidates with their history, all written through the
// rev counter (clientId "seed") so tablets pull them like any change.
import type { Kysely } from 'kysely';
import { generateDemoData } from '../../src/domain/demo/generator';
import type { DemoSite, DemoUser } from '../../src/domain/demo/generator';
import type { Database } from '../db/schema';
import { insertRecords, stampAllFields } from '../db/records';
import type { StoredRecord } from '../db/records';
import { allocateRevs, lockRevisionCounter } from '../db/revisions';
import { hashPassword } from '../auth/passwords';
import { countUsers, createSite, createUser } from '../admin/accounts';
import { seedCatalogue } from '../../src/domain/metiers/catalogue';
import { initialSiteMetiers } from '../../src/domain/metiers/initial-catalogue';

export const DEMO_PASSWORD = 'demo-vdc-2026';
export const SEED_CLIENT_ID = 'seed';

export const DEMO_SITES: (DemoSite & { candidates: number })[] = [
  { id: 'ml-schaerbeek', name: 'Mission Locale de Schaerbeek', kind: 'mission-locale', communeCode: 'schaerbeek', candidates: 110 },
  { id: 'ml-etterbeek', name: "Mission Locale d'Etterbeek", kind: 'mission-locale', communeCode: 'etterbeek', candidates: 80 },
  { id: 'ml-ixelles', name: "Mission Locale d'Ixelles", kind: 'mission-locale', communeCode: 'ixelles', candidates: 90 },
  { id: 'cpas-schaerbeek', name: 'CPAS de Schaerbeek — Service insertion (démo)', kind: 'cpas', communeCode: 'schaerbeek', candidates: 30 },
  { id: 'oisp-ixelles', name: 'OISP Tremplin Ixelles (fictif)', kind: 'oisp', communeCode: 'ixelles', candidates: 25 },
];

export interface DemoLogin {
  email: string;
  name: string;
  role: DemoUser['role'] | 'reporter';
  siteIds: string[];
}

export const DEMO_LOGINS: DemoLogin[] = [
  { email: 'conseillere@demo.vdc.brussels', name: 'Amélie Dewinter', role: 'adviser', siteIds: ['ml-schaerbeek', 'cpas-schaerbeek'] },
  { email: 'conseiller.schaerbeek@demo.vdc.brussels', name: 'Thomas Peeters', role: 'adviser', siteIds: ['ml-schaerbeek'] },
  { email: 'conseiller.etterbeek@demo.vdc.brussels', name: 'Youssef Benali', role: 'adviser', siteIds: ['ml-etterbeek'] },
  { email: 'conseillere.ixelles@demo.vdc.brussels', name: 'Katarzyna Nowak', role: 'adviser', siteIds: ['ml-ixelles', 'oisp-ixelles'] },
  // A coordinator coordinates one organisation (docs/roles-and-organisations.md); the programme's
  // coordination across Missions Locales reads the network report as a reporter, without files.
  { email: 'coordination@demo.vdc.brussels', name: 'Claire Vandamme', role: 'coordinator', siteIds: ['ml-schaerbeek'] },
  { email: 'reseau@demo.vdc.brussels', name: 'Coordination du réseau VDC', role: 'reporter', siteIds: [] },
  { email: 'admin@demo.vdc.brussels', name: 'Administration VDC', role: 'admin', siteIds: DEMO_SITES.map((site) => site.id) },
];

export interface SeedOutcome {
  seeded: boolean;
  reason?: 'disabled' | 'not_empty';
  records?: number;
}

/** Seeds the demo when enabled and the database has no users; otherwise does nothing. */
export async function seedDemoIfEmpty(db: Kysely<Database>, options: { enabled: boolean; seed?: number }): Promise<SeedOutcome> {
  if (!options.enabled) return { seeded: false, reason: 'disabled' };
  if ((await countUsers(db)) > 0) return { seeded: false, reason: 'not_empty' };

  for (const site of DEMO_SITES) await createSite(db, site);
  await seedSiteMetiers(db);
  const users: DemoUser[] = [];
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const login of DEMO_LOGINS) {
    const id = await createUser(db, { ...login, password: DEMO_PASSWORD, passwordHash });
    if (login.role !== 'reporter') users.push({ id, name: login.name, role: login.role, siteIds: login.siteIds });
  }

  let count = 0;
  const advisers = users.filter((user) => user.role !== 'admin');
  for (const [index, site] of DEMO_SITES.entries()) {
    const demo = generateDemoData({ seed: (options.seed ?? 2026) + index, sites: [site], advisers, candidatesPerSite: site.candidates });
    await db.transaction().execute(async (trx) => {
      await lockRevisionCounter(trx);
      const lastRev = await allocateRevs(trx, demo.records.length);
      const firstRev = lastRev - demo.records.length + 1;
      const stored: StoredRecord[] = demo.records.map((record, offset) => ({
        ...record,
        rev: firstRev + offset,
        deleted: false,
        fieldMeta: stampAllFields(record.data, firstRev + offset, SEED_CLIENT_ID),
      }));
      await insertRecords(trx, stored);
    });
    count += demo.records.length;
  }
  return { seeded: true, records: count };
}

/**
 * Each demo site's métiers (sites created after migration 0014 have none until a coordinator
 * chooses): a Mission Locale's from the 2024 report, a CPAS or OISP the same as the Mission
 * Locale of its commune.
 */
async function seedSiteMetiers(db: Kysely<Database>): Promise<void> {
  const catalogue = seedCatalogue();
  const ofSite = (siteId: string) => initialSiteMetiers(siteId, catalogue, new Set());
  await db.transaction().execute(async (trx) => {
    await lockRevisionCounter(trx);
    const lastRev = await allocateRevs(trx, DEMO_SITES.length);
    const stored: StoredRecord[] = DEMO_SITES.map((site, offset) => {
      const missionLocale = DEMO_SITES.find((other) => other.kind === 'mission-locale' && other.communeCode === site.communeCode);
      const data = { metiers: ofSite(site.kind === 'mission-locale' || !missionLocale ? site.id : missionLocale.id) };
      const rev = lastRev - DEMO_SITES.length + 1 + offset;
      return { table: 'siteMetiers', id: site.id, siteId: site.id, rev, deleted: false, data, fieldMeta: stampAllFields(data, rev, SEED_CLIENT_ID) };
    });
    await insertRecords(trx, stored);
  });
}

/** True when the demo accounts exist (so the start banner may print them). */
export async function hasDemoAccounts(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('users_auth').select('user_id').where('email', '=', DEMO_LOGINS[0]?.email ?? '').executeTakeFirst();
  return row !== undefined;
}

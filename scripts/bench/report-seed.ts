// Shared set-up of the activity-report benches (report.bench.ts, report-profile.ts): five fictional
// sites, the generator's report records for about `size` records, and the server seeded with them,
// an administrator and a coordinator of three sites.
import { generateDemoData } from '../../src/domain/demo/generator';
import type { DemoRecord, DemoSite } from '../../src/domain/demo/generator';
import type { BuiltServer } from '../../server/app';
import { createSite, createUser } from '../../server/admin/accounts';
import { hashPassword } from '../../server/auth/passwords';
import { issueToken } from '../../server/auth/tokens';
import { insertRecords, stampAllFields } from '../../server/db/records';
import { allocateRevs, lockRevisionCounter } from '../../server/db/revisions';
import { REPORT_TABLES } from '../../server/reports/load';

export const PERIOD = { from: '2024-01-01', to: '2024-12-31' };
export const SITES: DemoSite[] = ['schaerbeek', 'etterbeek', 'ixelles', 'anderlecht', 'molenbeek-saint-jean'].map((commune, index) => ({
  id: `bench-${index + 1}`,
  name: `Bench site ${index + 1}`,
  kind: 'mission-locale',
  communeCode: commune,
}));
export const SITE_IDS = SITES.map((site) => site.id);
export const COORDINATOR_SITES = SITE_IDS.slice(0, 3);
const PASSWORD = 'bench-password';

/** Report-table records of the generator for about `size` records over the five sites. */
export function benchRecords(size: number): DemoRecord[] {
  const perCandidate = 3.8; // report records per candidate in the generator's histories
  const demo = generateDemoData({ seed: size, sites: SITES, candidatesPerSite: Math.ceil(size / perCandidate / SITES.length) });
  return demo.records.filter((record) => (REPORT_TABLES as readonly string[]).includes(record.table)).slice(0, size);
}

export async function seedBenchServer(server: BuiltServer, size: number): Promise<{ admin: string; coordinator: string; count: number }> {
  // The coordinator's three sites are one organisation (a coordinator never spans two).
  for (const site of SITES) {
    const joins = COORDINATOR_SITES.includes(site.id) && site.id !== COORDINATOR_SITES[0];
    await createSite(server.db, { ...site, ...(joins ? { organisationId: COORDINATOR_SITES[0] } : {}) });
  }
  const passwordHash = await hashPassword(PASSWORD);
  const adminId = await createUser(server.db, { email: 'admin@bench.test', password: PASSWORD, passwordHash, name: 'Admin', role: 'admin', siteIds: [] });
  const coordinatorId = await createUser(server.db, { email: 'coord@bench.test', password: PASSWORD, passwordHash, name: 'Coord', role: 'coordinator', siteIds: COORDINATOR_SITES });
  const all = benchRecords(size);
  const CHUNK = 10_000;
  for (let start = 0; start < all.length; start += CHUNK) {
    const chunk = all.slice(start, start + CHUNK);
    await server.db.transaction().execute(async (trx) => {
      await lockRevisionCounter(trx);
      const firstRev = (await allocateRevs(trx, chunk.length)) - chunk.length + 1;
      await insertRecords(
        trx,
        chunk.map((record, offset) => ({ ...record, rev: firstRev + offset, deleted: false, fieldMeta: stampAllFields(record.data, firstRev + offset, 'bench') })),
      );
    });
  }
  return {
    admin: (await issueToken(server.db, adminId, undefined, 1)).token,
    coordinator: (await issueToken(server.db, coordinatorId, undefined, 1)).token,
    count: all.length,
  };
}

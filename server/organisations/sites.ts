// Which organisation a site belongs to (docs/roles-and-organisations.md). A site record carries
// `data.organisationId`; a site without one is an organisation of its own. Sites are few (tens),
// so they are read whole and matched here rather than through dialect-specific JSON queries.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

interface SiteRow {
  id: string;
  organisationId: string | undefined;
}

async function liveSites(db: Kysely<Database>): Promise<SiteRow[]> {
  const rows = await db.selectFrom('records').select(['id', 'data']).where('table_name', '=', 'sites').where('deleted', '=', 0).execute();
  return rows.map((row) => {
    const data = JSON.parse(row.data) as { organisationId?: unknown };
    return { id: row.id, organisationId: typeof data.organisationId === 'string' ? data.organisationId : undefined };
  });
}

/** Site id → name of every site, closed or deleted ones included (an account may still name them). */
export async function siteNames(db: Kysely<Database>): Promise<Map<string, string>> {
  const rows = await db.selectFrom('records').select(['id', 'data']).where('table_name', '=', 'sites').execute();
  return new Map(
    rows.flatMap((row) => {
      const name = (JSON.parse(row.data) as { name?: unknown }).name;
      return typeof name === 'string' && name.trim() ? [[row.id, name] as const] : [];
    }),
  );
}

/** The organisation of a site: its `organisationId`, or the site's own id when it has none. */
function organisationKey(site: SiteRow): string {
  return site.organisationId ?? `site:${site.id}`;
}

/**
 * The ids of all sites of the organisation `siteId` belongs to (sorted), `siteId` included; a site
 * without an organisation (or unknown) is an organisation of its own: `[siteId]`.
 */
export async function organisationSiteIds(db: Kysely<Database>, siteId: string): Promise<string[]> {
  const sites = await liveSites(db);
  const site = sites.find((candidate) => candidate.id === siteId);
  if (!site?.organisationId) return [siteId];
  return sites.filter((candidate) => candidate.organisationId === site.organisationId).map((candidate) => candidate.id).sort();
}

/**
 * The organisations of these sites, one key per organisation (a site without one, or unknown,
 * counts as its own). One key means the sites all lie in one organisation.
 */
export async function organisationsOfSites(db: Kysely<Database>, siteIds: readonly string[]): Promise<Set<string>> {
  const sites = new Map((await liveSites(db)).map((site) => [site.id, site]));
  return new Set(siteIds.map((siteId) => organisationKey(sites.get(siteId) ?? { id: siteId, organisationId: undefined })));
}

/** Site id → organisation id of every live site (a site without one maps to undefined). */
export async function siteOrganisationIds(db: Kysely<Database>): Promise<Map<string, string | undefined>> {
  return new Map((await liveSites(db)).map((site) => [site.id, site.organisationId]));
}

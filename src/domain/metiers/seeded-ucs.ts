// The seeded UCs a métier record lacks (server migration 0021_metier_catalogue_ucs,
// docs/metier-catalogue.md "UCs added after the catalogue"): the catalogue was written by 0014
// before the seed knew the UCs of ten métiers, so existing databases get them added. Only added:
// a UC the record already has (same code whatever the case or spaces), as an administrator
// corrected or retired it, is kept exactly as it is. Pure, for the migration and its test.
import { METIER_SEED } from './seed';
import { normalUcCode, type CatalogueUc } from './schema';

/** The most UCs a métier record may hold (metierFields: `ucs` max 100). */
const MAX_UCS = 100;

/** The record's UCs with the seed's missing ones appended, or null when nothing is missing. */
export function withSeededUcs(metierCode: string, ucs: readonly CatalogueUc[]): CatalogueUc[] | null {
  const seed = METIER_SEED.find((entry) => entry.code === metierCode);
  if (!seed) return null;
  const present = new Set(ucs.map((uc) => normalUcCode(uc.code)));
  const missing = seed.ucs.filter((uc) => !present.has(normalUcCode(uc.code)));
  if (missing.length === 0 || ucs.length + missing.length > MAX_UCS) return null;
  return [...ucs, ...missing.map((uc) => ({ code: uc.code, label: uc.label }))];
}

// The catalogue and the sites' choices written once by server migration 0014_metier_catalogue
// (docs/metier-catalogue.md, "Seed and merge"): the seed, with every UC the sites kept in their
// own lists (synced table `ucs`) merged in, so nothing recorded is lost. Pure, for the migration
// and its test.
import { METIER_SEED } from './seed';
import { normalUcCode, type CatalogueUc, type MetierData } from './schema';

export interface OldUcRecord {
  id: string;
  siteId: string;
  deleted: boolean;
  data: { metier?: string; code?: string; label?: string; active?: boolean };
}

/**
 * One record per métier: the seed's, plus the sites' UCs (same métier and same code, whatever the
 * case or spaces, is one UC). A seeded UC keeps the consortium's title; a UC only the sites had
 * takes the label of its oldest record, and is retired (valid until `retiredOn`) only when every
 * site had deactivated it.
 */
export function initialCatalogue(ucRecords: readonly OldUcRecord[], retiredOn: string): MetierData[] {
  const metiers = new Map<string, MetierData & { ucs: CatalogueUc[] }>(
    METIER_SEED.map((seed) => [seed.code, { code: seed.code, labels: { ...seed.labels }, ucs: seed.ucs.map((uc) => ({ ...uc })) }]),
  );
  const groups = new Map<string, OldUcRecord[]>();
  for (const record of [...ucRecords].sort((a, b) => a.id.localeCompare(b.id))) {
    const { metier, code } = record.data;
    if (record.deleted || !metier || !code || !normalUcCode(code)) continue;
    const key = `${metier}/${normalUcCode(code)}`;
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  for (const records of groups.values()) {
    const first = records[0];
    if (!first?.data.metier || !first.data.code) continue;
    const metier = metiers.get(first.data.metier) ?? { code: first.data.metier, labels: { fr: first.data.metier }, ucs: [] };
    metiers.set(metier.code as string, metier);
    if (metier.ucs.some((uc) => normalUcCode(uc.code) === normalUcCode(first.data.code))) continue;
    const label = records.map((record) => record.data.label?.trim()).find((text) => Boolean(text)) ?? first.data.code.trim();
    const retired = records.every((record) => record.data.active === false);
    metier.ucs.push({ code: first.data.code.trim(), label, ...(retired ? { validTo: retiredOn } : {}) });
  }
  return [...metiers.values()];
}

/**
 * A site's first choice of métiers: those it accompanied in the 2024 report, those of its UC
 * list and those of its accompaniments, in the catalogue's order.
 */
export function initialSiteMetiers(siteId: string, catalogue: readonly MetierData[], used: ReadonlySet<string>): string[] {
  return catalogue
    .map((entry) => entry.code as string)
    .filter((code) => used.has(code) || (METIER_SEED.find((seed) => seed.code === code)?.accompaniedBy2024 ?? []).includes(siteId));
}

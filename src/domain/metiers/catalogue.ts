// Reading the network's métier catalogue (docs/metier-catalogue.md): labels, the choices a
// picker offers, the UCs of a métier. Pure: callers pass the catalogue they hold (the tablet's
// synced `metiers` records, the server's records, or the seed alone). These are the functions
// other parts use to list métiers and name them.
import { METIER_SEED } from './seed';
import { normalUcCode, type CatalogueUc, type MetierData } from './schema';

/**
 * The pseudo-site of network data: the catalogue's records carry it as their siteId. Every
 * account pulls it; only administrators push to it. Not a valid site id (those start with a
 * letter or digit), so it never names a real site.
 */
export const NETWORK_SITE_ID = '_network';

export interface CatalogueMetier {
  code: string;
  labels: { fr: string; nl?: string; en?: string };
  validFrom?: string;
  validTo?: string;
  ucs: CatalogueUc[];
}

export type MetierCatalogue = readonly CatalogueMetier[];

export interface MetierRecordFacts {
  id: string;
  deleted?: boolean;
  data: MetierData;
}

/** The seed alone (before a tablet's first pull, or where no records are at hand). */
export function seedCatalogue(): CatalogueMetier[] {
  return METIER_SEED.map((seed) => ({ code: seed.code, labels: { ...seed.labels }, ucs: seed.ucs.map((uc) => ({ ...uc })) }));
}

/**
 * The catalogue from the synced `metiers` records, over the seed: a record replaces the seeded
 * métier of its code, so a device that has not pulled yet still names every seeded métier.
 */
export function catalogueFromRecords(records: readonly MetierRecordFacts[]): CatalogueMetier[] {
  const byCode = new Map(seedCatalogue().map((entry) => [entry.code, entry]));
  for (const record of records) {
    if (record.deleted || !record.data.labels) continue;
    const code = record.data.code ?? record.id;
    byCode.set(code, {
      code,
      labels: record.data.labels,
      ...(record.data.validFrom ? { validFrom: record.data.validFrom } : {}),
      ...(record.data.validTo ? { validTo: record.data.validTo } : {}),
      ucs: record.data.ucs ?? [],
    });
  }
  return [...byCode.values()];
}

/** A métier or UC may be chosen on this date (YYYY-MM-DD) within its validity period. */
export function isCurrent(entry: { validFrom?: string | null; validTo?: string | null }, date: string): boolean {
  return (!entry.validFrom || entry.validFrom <= date) && (!entry.validTo || date <= entry.validTo);
}

export function findMetier(catalogue: MetierCatalogue, code: string | null | undefined): CatalogueMetier | undefined {
  return code ? catalogue.find((entry) => entry.code === code) : undefined;
}

/**
 * A métier's name in the display language (fr, nl or en), French when that language has none,
 * the seed's when the catalogue lacks the code, and the bare code only for a code nobody knows.
 */
export function metierLabel(catalogue: MetierCatalogue, code: string | null | undefined, language: string): string {
  if (!code) return '';
  const entry = findMetier(catalogue, code) ?? METIER_SEED.find((seed) => seed.code === code);
  if (!entry) return code;
  const labels: Record<string, string | undefined> = entry.labels;
  return labels[language] || entry.labels.fr;
}

export interface MetierOption {
  code: string;
  label: string;
}

export interface MetierChoices {
  /** The métiers the site accompanies, by label. */
  site: MetierOption[];
  /** Every other métier of the catalogue, by label. */
  others: MetierOption[];
}

/**
 * What a picker offers: the site's métiers first, then the rest of the catalogue, only those
 * current on `date`, plus the `keep` codes (a record's present values, even retired or unknown,
 * so editing an old record never drops its métier).
 */
export function metierChoices(
  catalogue: MetierCatalogue,
  language: string,
  options: { siteMetiers?: readonly string[]; date: string; keep?: readonly (string | null | undefined)[] },
): MetierChoices {
  const keep = new Set((options.keep ?? []).filter((code): code is string => Boolean(code)));
  const siteSet = new Set(options.siteMetiers ?? []);
  const byLabel = (a: MetierOption, b: MetierOption) => a.label.localeCompare(b.label, language);
  const offered = catalogue.filter((entry) => isCurrent(entry, options.date) || keep.has(entry.code)).map((entry) => entry.code);
  const unknownKept = [...keep].filter((code) => !catalogue.some((entry) => entry.code === code));
  const all = [...offered, ...unknownKept].map((code) => ({ code, label: metierLabel(catalogue, code, language) }));
  return { site: all.filter((option) => siteSet.has(option.code)).sort(byLabel), others: all.filter((option) => !siteSet.has(option.code)).sort(byLabel) };
}

/** Choices as one list: the site's métiers, then the others (for a plain select). */
export function metierOptionList(choices: MetierChoices): MetierOption[] {
  return [...choices.site, ...choices.others];
}

/** "UC2" before "UC10". */
function compareUcCodes(a: string, b: string): number {
  return a.localeCompare(b, 'fr', { numeric: true, sensitivity: 'base' });
}

/** The UCs of a métier an attempt may pick on `date` (all of them without a date), by code. */
export function ucsOf(catalogue: MetierCatalogue, metier: string | null | undefined, date?: string): CatalogueUc[] {
  const entry = findMetier(catalogue, metier);
  if (!entry) return [];
  return entry.ucs.filter((uc) => !date || isCurrent(uc, date)).sort((a, b) => compareUcCodes(a.code, b.code));
}

/** The catalogue's UC of a métier for an attempt's code (retired or not), if the code is known. */
export function findUc(catalogue: MetierCatalogue, metier: string | null | undefined, code: string | null | undefined): CatalogueUc | undefined {
  const wanted = normalUcCode(code);
  if (!wanted) return undefined;
  return findMetier(catalogue, metier)?.ucs.find((uc) => normalUcCode(uc.code) === wanted);
}

/** "UC1 — Label", or the bare code when the catalogue does not know it (old free text). */
export function ucDisplay(uc: Pick<CatalogueUc, 'code' | 'label'> | undefined, code: string | null | undefined): string {
  if (!uc) return (code ?? '').trim();
  return uc.label && uc.label !== uc.code ? `${uc.code} — ${uc.label}` : uc.code;
}

/** The métiers a site accompanies, from the synced `siteMetiers` records (one per site, id = site id). */
export function siteMetierCodes(records: readonly { id: string; siteId: string; deleted?: boolean; data: { metiers?: readonly string[] } }[], siteId: string): string[] {
  const record = records.find((item) => item.siteId === siteId && item.id === siteId && !item.deleted);
  return [...(record?.data.metiers ?? [])];
}

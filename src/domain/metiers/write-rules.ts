// What a push may do to the catalogue and the sites' choices of métiers, beyond the role check
// of tables.ts (docs/metier-catalogue.md, "Who changes what"). Judged by the server on each
// mutation; the tablet's screens never offer anything these refuse.
import type { SyncedTable } from '../tables';
import { NETWORK_SITE_ID } from './catalogue';
import { normalUcCode } from './schema';
import { validationText, type ValidationMessageKey } from '../validation-messages';

/** Tables of network data: their records live at NETWORK_SITE_ID, and only there. */
export const NETWORK_TABLES: readonly SyncedTable[] = ['metiers'];

export interface CatalogueRefusal {
  error: 'forbidden' | 'forbidden_site' | 'invalid';
  issues?: { path: (string | number)[]; code: string; message: string }[];
}

const invalid = (path: (string | number)[], key: ValidationMessageKey): CatalogueRefusal => ({ error: 'invalid', issues: [{ path, code: key, message: validationText(key) }] });

/** Where a record may live: network tables at the network pseudo-site, every other table never there. */
export function siteRefusal(table: SyncedTable, siteId: string): CatalogueRefusal | undefined {
  const network = NETWORK_TABLES.includes(table);
  if (network !== (siteId === NETWORK_SITE_ID)) return { error: 'forbidden_site' };
  return undefined;
}

/**
 * A mutation of `metiers` or `siteMetiers`, given the stored data (undefined for a new record)
 * and the data after the merge: a métier's id is its code, which never changes; a UC, once in
 * the catalogue, is retired (validTo), never removed; nothing here is deleted. A site's record
 * has the site's id (so two coordinators offline write the same record, never two).
 */
export function catalogueRefusal(
  mutation: { table: SyncedTable; id: string; siteId: string; op: 'put' | 'delete' },
  existing: Record<string, unknown> | undefined,
  merged: Record<string, unknown>,
): CatalogueRefusal | undefined {
  if (mutation.table === 'metiers') {
    if (mutation.op === 'delete') return { error: 'forbidden' };
    if (merged.code !== mutation.id) return invalid(['code'], 'codeIsId');
    if (existing) {
      const kept = new Set(((merged.ucs ?? []) as { code: string }[]).map((uc) => normalUcCode(uc.code)));
      const removed = ((existing.ucs ?? []) as { code: string }[]).filter((uc) => !kept.has(normalUcCode(uc.code)));
      if (removed.length > 0) return invalid(['ucs'], 'ucRemoved');
    }
  }
  if (mutation.table === 'siteMetiers') {
    if (mutation.op === 'delete') return { error: 'forbidden' };
    if (mutation.id !== mutation.siteId) return invalid(['id'], 'siteRecordId');
  }
  return undefined;
}

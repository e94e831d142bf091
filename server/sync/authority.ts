// The server's authority over a push (docs/server-authority.md): a mutation that names a server-only field, or links to a record
// the user may not see, is `rejected` / `forbidden` and nothing of it is stored. The answer is the
// same whether the linked record is at another site, erased there, or does not exist at all: the
// push must not tell a foreign id from an unknown one.
import { idsAtPath, LINK_FIELDS, serverOnlyFieldsIn, type LinkTarget } from '../../src/domain/authority';
import type { SyncedTable } from '../../src/domain/tables';
import { workSiteRefusal } from '../../src/domain/work-site';
import type { Mutation, SessionUser } from '../../src/domain/wire';
import type { StoredRecord } from '../db/records';
import { canAccessSite, seesAllSites } from '../auth/users';
import { voiceRefusal } from '../attachments/voice-authority';

/** A link a mutation sets: the target table and id. */
export interface LinkRef {
  table: LinkTarget;
  id: string;
}

/**
 * The links a mutation sets that its record does not hold already. A link the stored record
 * already has is not checked again: re-sending an unchanged link to a file that was transferred
 * away since must not refuse an edit of the rest of the record.
 */
export function newLinks(table: SyncedTable, existing: StoredRecord | undefined, fields: Record<string, unknown> | undefined): LinkRef[] {
  const links: LinkRef[] = [];
  for (const link of LINK_FIELDS[table]) {
    const held = new Set(existing ? idsAtPath(existing.data, link.path) : []);
    for (const id of idsAtPath(fields, link.path)) if (!held.has(id)) links.push({ table: link.to, id });
  }
  return links;
}

/**
 * May this user link to this record? A record of a site they may see (deleted or not: a tombstone
 * at their own site tells them nothing new). An account: themselves, or an account that shares one
 * of their sites (administrators: any account).
 */
export function mayLinkTo(user: SessionUser, link: LinkRef, target: StoredRecord | undefined): boolean {
  if (link.table === 'users') {
    if (link.id === user.id) return true;
    if (!target || target.deleted) return false;
    if (seesAllSites(user.role)) return true;
    const siteIds = Array.isArray(target.data.siteIds) ? target.data.siteIds : [];
    return siteIds.some((siteId) => typeof siteId === 'string' && user.siteIds.includes(siteId));
  }
  return target !== undefined && canAccessSite(user, target.siteId);
}

/** `forbidden` when the mutation names a server-only field or links where the user may not; else undefined. */
export function authorityRefusal(
  lookup: (table: SyncedTable, id: string) => StoredRecord | undefined,
  user: SessionUser,
  mutation: Mutation,
): 'forbidden' | undefined {
  if (serverOnlyFieldsIn(mutation.table, mutation.fields).length > 0) return 'forbidden';
  const existing = lookup(mutation.table, mutation.id);
  // A record of another site: refused by apply-mutation.ts whatever it holds. Its links must not
  // change the answer (or the answer would tell what a foreign record holds).
  if (existing && existing.siteId !== mutation.siteId) return undefined;
  // The site where the work was done: the record's own site at creation, then never changed.
  const workSite = workSiteRefusal(mutation.table, mutation.siteId, existing, mutation.fields);
  if (workSite) return workSite;
  const voice = voiceRefusal(user, mutation, existing);
  if (voice) return voice;
  for (const link of newLinks(mutation.table, existing, mutation.fields)) {
    if (!mayLinkTo(user, link, lookup(link.table, link.id))) return 'forbidden';
  }
  return undefined;
}

// The audit journal of sensitive actions, written by the server only (docs/audit-and-consent.md),
// visible to the coordinators of every site an entry concerns (all entries for administrators).
// Entries hold ids only: who acted, what kind of action, on which record; never a person's name.
import type { Kysely } from 'kysely';
import type { AuditAction, AuditEntry } from '../../src/domain/accounts';
import { newId } from '../../src/domain/ids';
import type { Database } from '../db/schema';
import { readRecord } from '../db/records';

export interface AuditInput {
  actorId: string;
  action: AuditAction;
  /** Every site the entry concerns (each one's coordinators see it). */
  siteIds?: readonly (string | undefined)[];
  /** One site concerned: the same as `siteIds: [siteId]`. */
  siteId?: string | undefined;
  targetTable?: string;
  targetId?: string;
  /** The tablet's id of a reported export: a second entry with the same actor and ref is not written. */
  clientRef?: string;
  detail?: string;
}

/** Writes one entry; false when an entry with the same actor and client ref already exists. */
export async function writeAudit(db: Kysely<Database>, input: AuditInput, now = new Date()): Promise<boolean> {
  const id = newId();
  const inserted = await db
    .insertInto('audit_log')
    .values({
      id,
      at: now.toISOString(),
      actor_id: input.actorId,
      action: input.action,
      site_id: null,
      target_table: input.targetTable ?? null,
      target_id: input.targetId ?? null,
      client_ref: input.clientRef ?? null,
      detail: input.detail ?? null,
    })
    .onConflict((conflict) => conflict.columns(['actor_id', 'client_ref']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
  const siteIds = new Set([input.siteId, ...(input.siteIds ?? [])].filter((siteId): siteId is string => Boolean(siteId)));
  if (siteIds.size > 0) await db.insertInto('audit_sites').values([...siteIds].map((siteId) => ({ audit_id: id, site_id: siteId }))).execute();
  return true;
}

export const AUDIT_PAGE_SIZE = 500;

/** The latest entries concerning these sites (undefined: every entry, for administrators), newest first. */
export async function listAudit(db: Kysely<Database>, siteIds: readonly string[] | undefined): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_log').selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(AUDIT_PAGE_SIZE);
  if (siteIds) {
    if (siteIds.length === 0) return [];
    query = query.where('id', 'in', db.selectFrom('audit_sites').select('audit_id').where('site_id', 'in', [...siteIds]));
  }
  const rows = await query.execute();
  const sites = await entrySites(db, rows.map((row) => row.id));
  const names = new Map<string, string>();
  for (const actorId of new Set(rows.map((row) => row.actor_id))) {
    const user = await readRecord(db, 'users', actorId);
    names.set(actorId, typeof user?.data.name === 'string' ? user.data.name : '');
  }
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    actorId: row.actor_id,
    actorName: names.get(row.actor_id) ?? '',
    action: row.action as AuditAction,
    siteIds: sites.get(row.id) ?? [],
    ...(row.target_table ? { targetTable: row.target_table } : {}),
    ...(row.target_id ? { targetId: row.target_id } : {}),
    ...(row.detail ? { detail: row.detail } : {}),
  }));
}

async function entrySites(db: Kysely<Database>, auditIds: readonly string[]): Promise<Map<string, string[]>> {
  const sites = new Map<string, string[]>();
  if (auditIds.length === 0) return sites;
  const rows = await db.selectFrom('audit_sites').select(['audit_id', 'site_id']).where('audit_id', 'in', [...auditIds]).orderBy('site_id').execute();
  for (const row of rows) sites.set(row.audit_id, [...(sites.get(row.audit_id) ?? []), row.site_id]);
  return sites;
}

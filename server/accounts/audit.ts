// The audit log of sensitive actions, visible to coordinators for their sites (all for admins).
// Entries hold ids only: who acted, what kind of action, on which record; never a person's name.
import type { Kysely } from 'kysely';
import type { AuditAction, AuditEntry } from '../../src/domain/accounts';
import { newId } from '../../src/domain/ids';
import type { Database } from '../db/schema';
import { readRecord } from '../db/records';

export interface AuditInput {
  actorId: string;
  action: AuditAction;
  siteId?: string;
  targetTable?: string;
  targetId?: string;
}

export async function writeAudit(db: Kysely<Database>, input: AuditInput, now = new Date()): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      at: now.toISOString(),
      actor_id: input.actorId,
      action: input.action,
      site_id: input.siteId ?? null,
      target_table: input.targetTable ?? null,
      target_id: input.targetId ?? null,
    })
    .execute();
}

export const AUDIT_PAGE_SIZE = 500;

/** The latest entries of these sites (undefined: every site, for administrators), newest first. */
export async function listAudit(db: Kysely<Database>, siteIds: readonly string[] | undefined): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_log').selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(AUDIT_PAGE_SIZE);
  if (siteIds) {
    if (siteIds.length === 0) return [];
    query = query.where('site_id', 'in', [...siteIds]);
  }
  const rows = await query.execute();
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
    ...(row.site_id ? { siteId: row.site_id } : {}),
    ...(row.target_table ? { targetTable: row.target_table } : {}),
    ...(row.target_id ? { targetId: row.target_id } : {}),
  }));
}

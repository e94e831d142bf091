// The audit journal of sensitive actions, written by the server only (docs/audit-and-consent.md),
// visible to the coordinators of every site an entry concerns (all entries for administrators).
// Entries hold ids only: who acted, what kind of action, on which record; never a person's name.
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import type { AuditAction, AuditEntry } from '../../src/domain/accounts';
import { AUDIT_PAGE_SIZE, type AuditPage, type AuditQuery } from '../../src/domain/audit';
import { newId } from '../../src/domain/ids';
import { validationText } from '../../src/domain/validation-messages';
import type { AuditLogTable, Database } from '../db/schema';
import { readRecord } from '../db/records';
import { badRequest } from '../http/errors';

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

/**
 * One page of the entries concerning these sites (undefined: every entry, for administrators),
 * newest first, narrowed by the query's filters. The cursor is the last entry's (at, id): pages
 * never skip or repeat an entry while new ones are written.
 */
export async function listAudit(db: Kysely<Database>, siteIds: readonly string[] | undefined, query: AuditQuery = {}): Promise<AuditPage> {
  if (siteIds && siteIds.length === 0) return { entries: [] };
  const limit = query.limit ?? AUDIT_PAGE_SIZE;
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  let select = db.selectFrom('audit_log').selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(limit + 1);
  if (siteIds) select = select.where('id', 'in', db.selectFrom('audit_sites').select('audit_id').where('site_id', 'in', [...siteIds]));
  if (after) select = select.where((eb) => eb.or([eb('at', '<', after.at), eb.and([eb('at', '=', after.at), eb('id', '<', after.id)])]));
  if (query.action) select = select.where('action', '=', query.action);
  if (query.person) {
    const person = query.person;
    select = select.where((eb) => eb.or([eb('actor_id', '=', person), eb('target_id', '=', person)]));
  }
  if (query.from) select = select.where('at', '>=', brusselsDayStart(query.from));
  if (query.to) select = select.where('at', '<', brusselsDayStart(nextDay(query.to)));
  const found = await select.execute();
  const rows = found.slice(0, limit);
  const last = rows.at(-1);
  const entries = await toEntries(db, rows);
  return found.length > limit && last ? { entries, nextCursor: encodeCursor({ at: last.at, id: last.id }) } : { entries };
}

async function toEntries(db: Kysely<Database>, rows: readonly Selectable<AuditLogTable>[]): Promise<AuditEntry[]> {
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

const cursorSchema = z.strictObject({ at: z.string().max(40), id: z.string().max(64) });

function encodeCursor(position: z.infer<typeof cursorSchema>): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

function decodeCursor(cursor: string): z.infer<typeof cursorSchema> {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw badRequest([{ path: ['cursor'], code: 'invalidValue', message: validationText('invalidValue') }]);
  }
}

/** The instant a Brussels calendar day starts (the journal's dates are Brussels days). */
export function brusselsDayStart(date: string): string {
  const midnightUtc = new Date(`${date}T00:00:00Z`);
  const zone = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Brussels', timeZoneName: 'shortOffset' })
    .formatToParts(midnightUtc)
    .find((part) => part.type === 'timeZoneName')?.value;
  const offsetHours = Number(/GMT([+-]\d+)/.exec(zone ?? '')?.[1] ?? 0);
  return new Date(midnightUtc.getTime() - offsetHours * 3_600_000).toISOString();
}

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

async function entrySites(db: Kysely<Database>, auditIds: readonly string[]): Promise<Map<string, string[]>> {
  const sites = new Map<string, string[]>();
  if (auditIds.length === 0) return sites;
  const rows = await db.selectFrom('audit_sites').select(['audit_id', 'site_id']).where('audit_id', 'in', [...auditIds]).orderBy('site_id').execute();
  for (const row of rows) sites.set(row.audit_id, [...(sites.get(row.audit_id) ?? []), row.site_id]);
  return sites;
}

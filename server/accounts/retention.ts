// Retention on the server: each site's period (default five years, set by its coordinators), and
// the daily pass that anonymises the closed files whose period has run out (the rule is the pure
// src/domain/retention.ts; the anonymisation is the erasure of docs/sync-protocol.md, audited).
import type { Kysely } from 'kysely';
import { SYSTEM_RETENTION_ACTOR, type RetentionSetting } from '../../src/domain/accounts';
import { brusselsDate } from '../../src/domain/dates';
import { DEFAULT_RETENTION_YEARS, filesDueForAnonymisation, type RetentionInput, type RetentionRecord } from '../../src/domain/retention';
import type { ServerDatabase } from '../db/connect';
import type { Database } from '../db/schema';
import { eraseCandidate } from '../sync/erase';
import { writeAudit } from './audit';
import { sweepAttachments, type AttachmentSweepOptions } from '../attachments/erasure';

export async function retentionSettings(db: Kysely<Database>, siteIds: readonly string[]): Promise<RetentionSetting[]> {
  const rows = siteIds.length === 0 ? [] : await db.selectFrom('retention_settings').selectAll().where('site_id', 'in', [...siteIds]).execute();
  const bySite = new Map(rows.map((row) => [row.site_id, row]));
  return [...siteIds].sort().map((siteId) => {
    const row = bySite.get(siteId);
    return row ? { siteId, years: Number(row.years), setBy: row.set_by, setAt: row.set_at } : { siteId, years: DEFAULT_RETENTION_YEARS };
  });
}

export async function setRetention(db: Kysely<Database>, siteId: string, years: number, userId: string, now = new Date()): Promise<RetentionSetting> {
  const setAt = now.toISOString();
  await db
    .insertInto('retention_settings')
    .values({ site_id: siteId, years, set_by: userId, set_at: setAt })
    .onConflict((conflict) => conflict.column('site_id').doUpdateSet({ years, set_by: userId, set_at: setAt }))
    .execute();
  return { siteId, years, setBy: userId, setAt };
}

const RETENTION_TABLES = ['candidates', 'spocActions', 'accompaniments', 'moduleSessions', 'attendance', 'validationSteps', 'followUpNotes', 'positionings', 'moduleWork', 'observations'] as const;

async function retentionInput(db: Kysely<Database>): Promise<RetentionInput> {
  const input: Record<string, RetentionRecord[]> = Object.fromEntries(RETENTION_TABLES.map((table) => [table, []]));
  const rows = await db.selectFrom('records').select(['table_name', 'id', 'site_id', 'data']).where('deleted', '=', 0).where('table_name', 'in', [...RETENTION_TABLES]).execute();
  for (const row of rows) input[row.table_name]?.push({ id: row.id, siteId: row.site_id, data: JSON.parse(row.data) as Record<string, unknown> });
  return input as unknown as RetentionInput;
}

/** Anonymises every closed file past its site's period; returns how many. */
export async function applyRetention(database: ServerDatabase, today: string = brusselsDate(), attachments: AttachmentSweepOptions = {}): Promise<number> {
  const { db } = database;
  const settings = await db.selectFrom('retention_settings').select(['site_id', 'years']).execute();
  const yearsBySite = new Map(settings.map((row) => [row.site_id, Number(row.years)]));
  const due = filesDueForAnonymisation(await retentionInput(db), today, yearsBySite);
  const system = { id: SYSTEM_RETENTION_ACTOR, name: 'Retention', role: 'admin' as const, siteIds: [] };
  for (const file of due) {
    await eraseCandidate(database, system, file.candidateId);
    await writeAudit(db, { actorId: SYSTEM_RETENTION_ACTOR, action: 'candidate-erased', siteId: file.siteId, targetTable: 'candidates', targetId: file.candidateId });
  }
  // The daily pass also removes the bytes of deleted attachments and abandoned uploads (docs/attachments.md).
  await sweepAttachments(database, attachments);
  return due.length;
}

export const RETENTION_PASS_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** Runs the pass now and then once a day; returns a stop function. Failures are logged, never fatal. */
export function scheduleRetention(database: ServerDatabase, log: (message: string) => void = console.log, attachments: Omit<AttachmentSweepOptions, 'now'> = {}): () => void {
  const pass = () =>
    applyRetention(database, brusselsDate(), attachments).then(
      (count) => count > 0 && log(`Retention: ${count} closed file(s) anonymised.`),
      (error: unknown) => log(`Retention pass failed: ${String(error)}`),
    );
  void pass();
  const timer = setInterval(() => void pass(), RETENTION_PASS_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}

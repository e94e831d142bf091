// The site where a piece of work was done (docs/transfers.md: "a transfer moves who holds the file,
// never who did the work"; docs/transfers.md). A record's `siteId` says which site holds it and may
// change with a transfer; `workSiteId` is set when the record is created, to the site it is created
// at, and never changes, so every report figure stays with the site that did the work.
import type { SyncedTable } from './tables';

/** The records of work: each carries `workSiteId` (module sessions carry their site already). */
export const WORK_TABLES = ['spocActions', 'accompaniments', 'attendance', 'validationSteps', 'positionings', 'moduleWork', 'observations'] as const satisfies readonly SyncedTable[];
export type WorkTable = (typeof WORK_TABLES)[number];

export function isWorkTable(table: string): table is WorkTable {
  return (WORK_TABLES as readonly string[]).includes(table);
}

/**
 * The site a record's figures belong to: its `workSiteId` when it has one, else its `siteId`.
 * Records from before `workSiteId` existed were never transferred on the tablet that holds them
 * without being pulled again with the field (docs/transfers.md), so the fallback is their work site.
 */
export function workSiteOf(record: { siteId: string; data: object }): string {
  const workSiteId = (record.data as { workSiteId?: unknown }).workSiteId;
  return typeof workSiteId === 'string' && workSiteId !== '' ? workSiteId : record.siteId;
}

/**
 * The fields of a new record of work, with `workSiteId` filled in from the site it is created at
 * when it has none. Other tables and existing records are returned unchanged.
 */
export function withWorkSite(table: SyncedTable, siteId: string, isNew: boolean, fields: Record<string, unknown>): Record<string, unknown> {
  if (!isNew || !isWorkTable(table)) return fields;
  const given = fields.workSiteId;
  if (typeof given === 'string' && given !== '') return fields;
  return { ...fields, workSiteId: siteId };
}

/**
 * Why a push may not set this `workSiteId` (undefined when it may): on a new record it must be the
 * site the record is created at; on an existing one it may not change (a re-sent equal value is no
 * change). `existing` is the stored record, if any.
 */
export function workSiteRefusal(
  table: SyncedTable,
  siteId: string,
  existing: { siteId: string; data: object } | undefined,
  fields: Record<string, unknown> | undefined,
): 'forbidden' | undefined {
  if (!fields || !Object.hasOwn(fields, 'workSiteId')) return undefined;
  const given = fields.workSiteId;
  if (!isWorkTable(table)) return undefined; // an unknown field there: refused as invalid by validation
  if (!existing) return given === undefined || given === null || given === siteId ? undefined : 'forbidden';
  return given === workSiteOf(existing) ? undefined : 'forbidden';
}

// The synced tables of the wire contract (docs/sync-protocol.md). Order matters only for display.
export const SYNCED_TABLES = [
  'candidates',
  'spocActions',
  'accompaniments',
  'positionings',
  'moduleSessions',
  'attendance',
  'validationSteps',
  'moduleWork',
  'observations',
  'followUpNotes',
  'attachments',
  'ucs',
  'metiers',
  'siteMetiers',
  'sites',
  'users',
] as const;

export type SyncedTable = (typeof SYNCED_TABLES)[number];

/** Tables a device may push to; `sites` and `users` are written by the server's admin tools only. */
export const CLIENT_WRITABLE_TABLES = SYNCED_TABLES.filter(
  (table): table is Exclude<SyncedTable, 'sites' | 'users'> => table !== 'sites' && table !== 'users',
);

export function isClientWritable(table: SyncedTable): boolean {
  return (CLIENT_WRITABLE_TABLES as readonly string[]).includes(table);
}

/** Tables only coordinators and administrators may push to (advisers read them). */
export const COORDINATOR_WRITABLE_TABLES: readonly SyncedTable[] = ['siteMetiers'];

/** Network data (the métier catalogue): only administrators push to it; every account reads it. */
export const ADMIN_WRITABLE_TABLES: readonly SyncedTable[] = ['metiers'];

/**
 * Tables kept on the wire for tablets that still hold them, but no longer written: the per-site
 * UC lists, merged into the métier catalogue by server migration 0014 (docs/metier-catalogue.md).
 */
export const RETIRED_TABLES: readonly SyncedTable[] = ['ucs'];

export function mayWriteTable(role: string, table: SyncedTable): boolean {
  if (!isClientWritable(table) || RETIRED_TABLES.includes(table)) return false;
  if (ADMIN_WRITABLE_TABLES.includes(table)) return role === 'admin';
  return !COORDINATOR_WRITABLE_TABLES.includes(table) || role === 'coordinator' || role === 'admin';
}

/** What a record is on the server (server/db/records.ts) and, decrypted, on the tablet (src/db/store-context.ts). */
export interface RecordHead {
  table: SyncedTable;
  id: string;
  siteId: string;
  rev: number;
  deleted: boolean;
  data: Record<string, unknown>;
}

/** The version of the record shapes on the wire; raised only on incompatible changes. */
export const SCHEMA_VERSION = 1;
/** The server serves the current and the previous schema version, so a tablet can push before it updates. */
export const SUPPORTED_SCHEMA_VERSIONS = [SCHEMA_VERSION - 1, SCHEMA_VERSION].filter((v) => v >= 1);

// Row types of the server database, shared by both dialects. Flags are integers (0/1) because
// better-sqlite3 cannot bind booleans; JSON is stored as text so the same queries run on both.
import type { Generated } from 'kysely';

export interface CountersTable {
  name: string;
  value: number;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface RecordsTable {
  table_name: string;
  id: string;
  site_id: string;
  rev: number;
  deleted: number;
  /** The record's `data` as JSON text. */
  data: string;
  /** JSON text: field → { rev, clientId } of the last change of that field. */
  field_meta: string;
  /**
   * JSON text of `data` restricted to the fields the activity report reads (src/domain/report/fields.ts),
   * for the six report tables; null for other tables (0008_report_data).
   */
  report_data: string | null;
  /**
   * The rev whose `data` report_data projects. Only when it equals `rev` is report_data current: a
   * writer that changes data without it (an upsert listing its columns) leaves a projection the
   * report readers ignore (server/reports/report-rows.ts), never a wrong one, and the next start
   * projects again (server/db/report-projection.ts).
   */
  report_rev: number | null;
}

export interface ClientsTable {
  client_id: string;
  user_id: string;
  last_seq: number;
  created_at: string;
}

export interface MutationResultsTable {
  client_id: string;
  seq: number;
  /** The PushResult returned the first time, as JSON text. */
  result: string;
}

export interface ConflictsTable {
  id: string;
  table_name: string;
  record_id: string;
  site_id: string;
  field: string;
  server_value: string | null;
  client_value: string | null;
  client_id: string;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  resolution: string | null;
}

export interface UsersAuthTable {
  user_id: string;
  email: string;
  password_hash: string;
  created_at: string;
}

export interface TokensTable {
  token_hash: string;
  user_id: string;
  device_id: string | null;
  created_at: string;
  expires_at: string;
  revoked: Generated<number>;
}

export interface DeviceSecretsTable {
  user_id: string;
  device_id: string;
  secret: string;
  created_at: string;
}

/** A device's PIN unlock (0009_device_unlock): the secret, the hash of the PIN proof, attempts counted before checking. */
export interface DeviceUnlocksTable {
  user_id: string;
  device_id: string;
  secret: string;
  proof_hash: string;
  attempts: Generated<number>;
  created_at: string;
  expires_at: string;
}

export interface DevicesTable {
  user_id: string;
  device_id: string;
  first_seen_at: string;
  last_seen_at: string;
  revoked_at: string | null;
}

export interface AuditLogTable {
  id: string;
  at: string;
  actor_id: string;
  action: string;
  site_id: string | null;
  target_table: string | null;
  target_id: string | null;
  /** The id a tablet gave an export it reported (unique per actor), 0012_audit_sites. */
  client_ref: string | null;
  /** The kind of export reported. */
  detail: string | null;
}

/** Every site an audit entry concerns (0012_audit_sites). */
export interface AuditSitesTable {
  audit_id: string;
  site_id: string;
}

export interface RetentionSettingsTable {
  site_id: string;
  years: number;
  set_by: string;
  set_at: string;
}

/** A record that left a site through a transfer, at the rev of the move (0007_record_moves). */
export interface RecordMovesTable {
  table_name: string;
  id: string;
  from_site: string;
  to_site: string;
  rev: number;
}

/** An organisation (0010_organisations); its sites name it in their record's `data.organisationId`. */
export interface OrganisationsTable {
  id: string;
  name: string;
  created_at: string;
}

/** Login throttling state of one key (0011_login_attempts, server/auth/login-throttle.ts). */
export interface LoginAttemptsTable {
  key: string;
  failures: number;
  decayed_at: number;
  retry_at: number;
  updated_at: number;
}

/** One distinct content of an attachment (0019_attachments); `bytes` null when kept in a directory. */
export interface AttachmentBlobsTable {
  sha256: string;
  media_type: string;
  size: number;
  bytes: Buffer | null;
  created_at: string;
}

/** A site holding an attachment's bytes: downloads are scoped by it (docs/attachments.md). */
export interface AttachmentSitesTable {
  site_id: string;
  sha256: string;
  uploaded_by: string;
  uploaded_at: string;
}

export interface AttachmentUploadsTable {
  site_id: string;
  sha256: string;
  size: number;
  media_type: string;
  user_id: string;
  started_at: string;
}

export interface AttachmentChunksTable {
  site_id: string;
  sha256: string;
  n: number;
  bytes: Buffer;
}

export interface Database {
  counters: CountersTable;
  meta: MetaTable;
  records: RecordsTable;
  clients: ClientsTable;
  mutation_results: MutationResultsTable;
  conflicts: ConflictsTable;
  users_auth: UsersAuthTable;
  tokens: TokensTable;
  device_secrets: DeviceSecretsTable;
  devices: DevicesTable;
  device_unlocks: DeviceUnlocksTable;
  audit_log: AuditLogTable;
  audit_sites: AuditSitesTable;
  retention_settings: RetentionSettingsTable;
  record_moves: RecordMovesTable;
  login_attempts: LoginAttemptsTable;
  organisations: OrganisationsTable;
  attachment_blobs: AttachmentBlobsTable;
  attachment_sites: AttachmentSitesTable;
  attachment_uploads: AttachmentUploadsTable;
  attachment_chunks: AttachmentChunksTable;
}

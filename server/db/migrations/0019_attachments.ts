// Attachments' bytes (docs/attachments.md). The attachment records are ordinary synced records
// (table `records`, table_name 'attachments'); these tables hold what travels apart from them:
// - attachment_blobs: one row per distinct content (SHA-256), its sniffed type, size, and the
//   bytes (null when ATTACHMENTS_DIR keeps them as files);
// - attachment_sites: which sites hold which bytes (a site gains a row only by uploading the
//   bytes itself; downloads are scoped by it);
// - attachment_uploads / attachment_chunks: uploads in progress, chunk by chunk, so a cut upload
//   resumes where it stopped.
// Never edit once shipped.
import { PostgresAdapter, sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';

export const attachmentsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const binary = sql.raw(db.getExecutor().adapter instanceof PostgresAdapter ? 'bytea' : 'blob');
    await db.schema
      .createTable('attachment_blobs')
      .addColumn('sha256', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('media_type', 'varchar(100)', (col) => col.notNull())
      .addColumn('size', 'integer', (col) => col.notNull())
      .addColumn('bytes', binary)
      .addColumn('created_at', 'varchar(40)', (col) => col.notNull())
      .execute();
    await db.schema
      .createTable('attachment_sites')
      .addColumn('site_id', 'varchar(64)', (col) => col.notNull())
      .addColumn('sha256', 'varchar(64)', (col) => col.notNull())
      .addColumn('uploaded_by', 'varchar(64)', (col) => col.notNull())
      .addColumn('uploaded_at', 'varchar(40)', (col) => col.notNull())
      .addPrimaryKeyConstraint('attachment_sites_pk', ['site_id', 'sha256'])
      .execute();
    await db.schema.createIndex('attachment_sites_sha256').on('attachment_sites').column('sha256').execute();
    await db.schema
      .createTable('attachment_uploads')
      .addColumn('site_id', 'varchar(64)', (col) => col.notNull())
      .addColumn('sha256', 'varchar(64)', (col) => col.notNull())
      .addColumn('size', 'integer', (col) => col.notNull())
      .addColumn('media_type', 'varchar(100)', (col) => col.notNull())
      .addColumn('user_id', 'varchar(64)', (col) => col.notNull())
      .addColumn('started_at', 'varchar(40)', (col) => col.notNull())
      .addPrimaryKeyConstraint('attachment_uploads_pk', ['site_id', 'sha256'])
      .execute();
    await db.schema
      .createTable('attachment_chunks')
      .addColumn('site_id', 'varchar(64)', (col) => col.notNull())
      .addColumn('sha256', 'varchar(64)', (col) => col.notNull())
      .addColumn('n', 'integer', (col) => col.notNull())
      .addColumn('bytes', binary, (col) => col.notNull())
      .addPrimaryKeyConstraint('attachment_chunks_pk', ['site_id', 'sha256', 'n'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['attachment_chunks', 'attachment_uploads', 'attachment_sites', 'attachment_blobs']) await db.schema.dropTable(table).execute();
  },
};

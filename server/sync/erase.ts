// Erasure of a person (docs/sync-protocol.md, "Erasure"), in one transaction:
// the candidate keeps only the codes that reports count by, its birth year and `erased: true`;
// linked records keep their dates, codes and site but lose their free text and answers; conflict
// rows and stored push results lose the personal values of those records. Files merged into the
// candidate (the same person) are erased with it. Every changed record gets a new rev so that
// every device pulls it (and purges its local copies).
import type { Kysely } from 'kysely';
import { CANDIDATE_FIELDS_KEPT_ON_ERASURE } from '../../src/domain/entities';
import type { SyncedTable } from '../../src/domain/tables';
import type { PushResult, SessionUser } from '../../src/domain/wire';
import type { ServerDatabase } from '../db/connect';
import type { Database } from '../db/schema';
import { DELETED_FIELD, fromRow, readRecord, saveRecord } from '../db/records';
import type { StoredRecord } from '../db/records';
import { allocateRevs, lockRevisionCounter } from '../db/revisions';
import { canAccessSite } from '../auth/users';
import { forbidden } from '../http/errors';
import { sameValue } from './json';
import { tombstoneAttachmentsOf, sweepAttachments } from '../attachments/erasure';

/** Per linked table: the fields that describe the person (wiped) and how they are wiped. */
const LINKED_PERSONAL_FIELDS: Partial<Record<SyncedTable, Record<string, null | string>>> = {
  // The note stays (so counts of follow-ups stay), without its text (required: kept as '').
  followUpNotes: { text: '' },
  positionings: { answers: null, adviserRatings: null, moduleDecisions: null, agreedLevels: null, candidateWords: null, orientation: null },
  // Individual module work keeps its date, module and minutes (the report counts them), not its note.
  moduleWork: { note: null },
  // Observations keep their kind, métier, UC, result and date; what was written about the person's
  // work goes (docs/observations.md).
  observations: { task: null, conditions: null, criteria: null, observerName: null, note: null },
  // Nothing wiped here: tombstoned whole by tombstoneAttachmentsOf. Listed so that a push naming
  // the erased person (a photo taken offline before the erasure) is refused `erased`.
  attachments: {},
};

const KEPT = new Set<string>([...CANDIDATE_FIELDS_KEPT_ON_ERASURE, 'birthDate', 'erased', DELETED_FIELD]);

/** The tables whose records point to a candidate through `candidateId`. */
const LINKED_TABLES = Object.keys(LINKED_PERSONAL_FIELDS) as SyncedTable[];

export function erasedCandidateData(data: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const field of CANDIDATE_FIELDS_KEPT_ON_ERASURE) if (data[field] !== undefined && data[field] !== null) kept[field] = data[field];
  if (typeof data.birthDate === 'string' && data.birthDate.length >= 4) kept.birthDate = data.birthDate.slice(0, 4);
  kept.erased = true;
  return kept;
}

/** Is this field of this table personal once its person is erased? */
function isPersonal(table: SyncedTable, field: string): boolean {
  if (table === 'candidates') return !KEPT.has(field);
  return field in (LINKED_PERSONAL_FIELDS[table] ?? {});
}

export async function eraseCandidate(database: ServerDatabase, user: SessionUser, candidateId: string): Promise<{ ok: true; rev: number }> {
  const result = await eraseInTransaction(database, user, candidateId);
  // The erased attachments' files, when bytes are kept in a directory (docs/attachments.md).
  await sweepAttachments(database);
  return result;
}

async function eraseInTransaction(database: ServerDatabase, user: SessionUser, candidateId: string): Promise<{ ok: true; rev: number }> {
  return database.db.transaction().execute(async (trx) => {
    await lockRevisionCounter(trx);
    if (user.role !== 'admin' && user.role !== 'coordinator') throw forbidden();
    const candidate = await readRecord(trx, 'candidates', candidateId);
    // An unknown id and a file of another site get the same answer (docs/server-authority.md).
    if (!candidate || !canAccessSite(user, candidate.siteId)) throw forbidden();

    const clientId = `erasure:${user.id}`;
    const changed: StoredRecord[] = [];
    const touched: StoredRecord[] = [candidate];

    const candidateData = erasedCandidateData(candidate.data);
    if (!sameValue(candidateData, candidate.data)) changed.push(withData(candidate, candidateData));

    // Files merged into this one are the same person: erased with it, keeping only their link to
    // this file (an id) so that reports still count them as this one person.
    const mergedIds: string[] = [];
    for (const file of await filesMergedInto(trx, candidateId)) {
      touched.push(file);
      mergedIds.push(file.id);
      const data = { ...erasedCandidateData(file.data), mergedInto: candidateId };
      if (!sameValue(data, file.data)) changed.push(withData(file, data));
    }

    const linkedOfAll: StoredRecord[] = [];
    for (const id of [candidateId, ...mergedIds]) linkedOfAll.push(...(await linkedRecords(trx, id)));
    for (const linked of linkedOfAll) {
      touched.push(linked);
      const wipes = LINKED_PERSONAL_FIELDS[linked.table] ?? {};
      const data = { ...linked.data };
      for (const [field, replacement] of Object.entries(wipes)) {
        if (data[field] === undefined || sameValue(data[field], replacement)) continue;
        if (replacement === null) delete data[field];
        else data[field] = replacement;
      }
      if (!sameValue(data, linked.data)) changed.push(withData(linked, data));
    }

    let rev = candidate.rev;
    for (const record of changed) {
      record.rev = await allocateRevs(trx);
      const before = touched.find((other) => other.table === record.table && other.id === record.id);
      for (const field of new Set([...Object.keys(before?.data ?? {}), ...Object.keys(record.data)])) {
        if (!sameValue(before?.data[field], record.data[field])) record.fieldMeta[field] = { rev: record.rev, clientId };
      }
      await saveRecord(trx, record);
      if (record.table === 'candidates' && record.id === candidateId) rev = record.rev;
    }

    await wipeConflicts(trx, touched, user.id);
    // Photos and clips about the person go whole: tombstoned, their bytes removed from the server.
    await tombstoneAttachmentsOf(trx, [candidateId, ...mergedIds], clientId);
    return { ok: true as const, rev };
  });
}

function withData(record: StoredRecord, data: Record<string, unknown>): StoredRecord {
  return { ...record, data, fieldMeta: { ...record.fieldMeta } };
}

/** The live files merged into this one (`mergedInto`; JSON text is prefiltered, then checked). */
async function filesMergedInto(trx: Kysely<Database>, candidateId: string): Promise<StoredRecord[]> {
  const rows = await trx
    .selectFrom('records')
    .selectAll()
    .where('table_name', '=', 'candidates')
    .where('data', 'like', `%${JSON.stringify(candidateId).slice(1, -1)}%`)
    .execute();
  return rows.map(fromRow).filter((record) => record.data.mergedInto === candidateId && !record.deleted);
}

/** Follow-up notes, positionings and module work of the person (JSON text is prefiltered, then checked). */
async function linkedRecords(trx: Kysely<Database>, candidateId: string): Promise<StoredRecord[]> {
  const rows = await trx
    .selectFrom('records')
    .selectAll()
    .where('table_name', 'in', LINKED_TABLES)
    .where('data', 'like', `%${JSON.stringify(candidateId).slice(1, -1)}%`)
    .execute();
  return rows.map(fromRow).filter((record) => record.data.candidateId === candidateId);
}

/**
 * Conflict rows of the touched records lose their personal values (the candidate's own are closed:
 * an erased record cannot be resolved), and so do the stored push results that carried them.
 * A stored result names no record: it is matched on the conflict rows' client, field and values.
 */
async function wipeConflicts(trx: Kysely<Database>, touched: readonly StoredRecord[], userId: string): Promise<void> {
  const matches: { clientId: string; field: string; serverValue: string | null; clientValue: string | null }[] = [];
  const now = new Date().toISOString();
  for (const record of touched) {
    const rows = await trx.selectFrom('conflicts').selectAll().where('table_name', '=', record.table).where('record_id', '=', record.id).execute();
    for (const row of rows) {
      const personal = isPersonal(record.table, row.field);
      if (personal) matches.push({ clientId: row.client_id, field: row.field, serverValue: row.server_value, clientValue: row.client_value });
      const closes = record.table === 'candidates' && row.resolved_at === null;
      if (!personal && !closes) continue;
      await trx
        .updateTable('conflicts')
        .set({
          ...(personal ? { server_value: 'null', client_value: 'null', resolution: row.resolution === null ? null : 'null' } : {}),
          ...(closes ? { resolved_at: now, resolved_by: userId, resolution: JSON.stringify({ choice: 'erased' }) } : {}),
        })
        .where('id', '=', row.id)
        .execute();
    }
  }
  if (matches.length === 0) return;

  const clientIds = [...new Set(matches.map((match) => match.clientId))];
  const stored = await trx
    .selectFrom('mutation_results')
    .selectAll()
    .where('client_id', 'in', clientIds)
    .where('result', 'like', '%"conflicts"%')
    .execute();
  for (const row of stored) {
    const result = JSON.parse(row.result) as PushResult;
    let wiped = false;
    for (const conflict of result.conflicts ?? []) {
      const hit = matches.some(
        (match) =>
          match.clientId === row.client_id &&
          match.field === conflict.field &&
          sameValue(parseOrNull(match.serverValue), conflict.serverValue) &&
          sameValue(parseOrNull(match.clientValue), conflict.clientValue),
      );
      if (!hit) continue;
      conflict.serverValue = null;
      conflict.clientValue = null;
      wiped = true;
    }
    if (wiped) {
      await trx
        .updateTable('mutation_results')
        .set({ result: JSON.stringify(result) })
        .where('client_id', '=', row.client_id)
        .where('seq', '=', row.seq)
        .execute();
    }
  }
}

function parseOrNull(text: string | null): unknown {
  return text === null ? null : (JSON.parse(text) as unknown);
}

/**
 * The person a record of a linked table (a note or a positioning) is about, after an edit with
 * these fields: an edit of such a record linked to an erased person would bring personal data
 * back, so a push refuses it like an edit of the erased record itself.
 */
export function linkedCandidateId(
  table: SyncedTable,
  existing: StoredRecord | undefined,
  fields: Record<string, unknown> | undefined,
): string | undefined {
  if (!LINKED_TABLES.includes(table)) return undefined;
  const candidateId = (fields?.candidateId ?? existing?.data.candidateId) as unknown;
  return typeof candidateId === 'string' ? candidateId : undefined;
}

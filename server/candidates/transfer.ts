// Transfer of a person's file to another site (docs/transfers.md; docs/sync-protocol.md, "Transfers
// and record_moves"), in one transaction under the revision counter's lock. A transfer moves who
// holds the file, never who did the work (docs/transfers.md):
// - the candidate and the records of their pathway on the old site (TABLES_FOLLOWING_A_TRANSFER)
//   move with new revs, so devices of the new site pull them; each keeps its `workSiteId` (the
//   site where it was done, src/domain/work-site.ts), so no past figure moves;
// - an open accompaniment is closed at the old site (today, exit reason `transfert`) and a new one
//   opens at the new site for the same métier, today;
// - SPOC actions and attendance stay with the site where they happened; follow-up notes stay with
//   the author's site, where alone they may be read, and become read-only there
//   (server/sync/apply-mutation.ts);
// - a handover note, only when the person agreed to it, becomes a follow-up note of the new site;
// - devices of the old site that do not hold the new one pull a tombstone of each moved record
//   (record_moves), so the file leaves their tablets.
import { TABLES_FOLLOWING_A_TRANSFER, TRANSFER_EXIT_REASON, type TransferAnswer } from '../../src/domain/file-admin';
import { brusselsDate } from '../../src/domain/dates';
import { newId } from '../../src/domain/ids';
import { isWorkTable, workSiteOf } from '../../src/domain/work-site';
import type { SessionUser } from '../../src/domain/wire';
import type { ServerDatabase } from '../db/connect';
import { saveRecord, stampAllFields, type StoredRecord } from '../db/records';
import { allocateRevs, lockRevisionCounter } from '../db/revisions';
import { writeAudit } from '../accounts/audit';
import { administeredLiveCandidate, assertAdministers, assertSiteExists, refused } from './access';
import { recordsMentioning, writeChanges, type RecordChange } from './changes';

const FOLLOWING = new Set<string>(TABLES_FOLLOWING_A_TRANSFER);

export interface TransferOptions {
  /** A note for the new site, which the person agreed to (the route checks the agreement). */
  handoverNote?: string | undefined;
  /** The Brussels calendar day of the transfer (tests); default today. */
  today?: string;
}

function isOpenAccompaniment(record: StoredRecord): boolean {
  return record.table === 'accompaniments' && !record.deleted && record.data.status !== 'closed' && typeof record.data.exitDate !== 'string';
}

export async function transferCandidate(database: ServerDatabase, user: SessionUser, candidateId: string, siteId: string, options: TransferOptions = {}): Promise<TransferAnswer> {
  const today = options.today ?? brusselsDate();
  return database.db.transaction().execute(async (trx) => {
    await lockRevisionCounter(trx);
    const candidate = await administeredLiveCandidate(trx, user, candidateId);
    // Access first: a site the user does not hold is refused alike whether it exists or not.
    assertAdministers(user, [siteId]);
    await assertSiteExists(trx, siteId);
    if (candidate.siteId === siteId) throw refused('same_site');
    if (candidate.data.erased === true) throw refused('erased');
    if (typeof candidate.data.mergedInto === 'string') throw refused('merged');

    const followers = (await recordsMentioning(trx, candidateId)).filter(
      (record) => FOLLOWING.has(record.table) && record.siteId === candidate.siteId && record.data.candidateId === candidateId,
    );
    const clientId = `transfer:${user.id}`;
    const changes: RecordChange[] = [
      { before: candidate, siteId },
      ...followers.map((before): RecordChange => {
        // The work site is written down before the record leaves (a record from before
        // workSiteId would otherwise count at its new site), and an open accompaniment is closed.
        const fields: Record<string, unknown> = {};
        if (isWorkTable(before.table) && before.data.workSiteId !== workSiteOf(before)) fields.workSiteId = workSiteOf(before);
        if (isOpenAccompaniment(before)) Object.assign(fields, { status: 'closed', exitDate: today, exitReason: TRANSFER_EXIT_REASON });
        return { before, siteId, ...(Object.keys(fields).length > 0 ? { fields } : {}) };
      }),
    ];
    const revs = await writeChanges(trx, clientId, changes);
    // Devices of the old site are told that these records left it (see ../sync/pull.ts).
    const moved = [candidate, ...followers];
    await trx
      .insertInto('record_moves')
      .values(moved.map((record) => ({ table_name: record.table, id: record.id, from_site: candidate.siteId, to_site: siteId, rev: revs.get(`${record.table}/${record.id}`) ?? 0 })))
      .execute();

    // The pathway goes on at the new site: one new accompaniment per one closed (per métier).
    const created: StoredRecord[] = [];
    const metiers = new Set<string>();
    for (const closed of followers.filter(isOpenAccompaniment)) {
      const metier = typeof closed.data.metier === 'string' ? closed.data.metier : undefined;
      if (!metier || metiers.has(metier)) continue;
      metiers.add(metier);
      created.push(newRecord('accompaniments', siteId, { candidateId, metier, startDate: today, status: 'open', workSiteId: siteId }));
    }
    const note = options.handoverNote?.trim();
    if (note) created.push(newRecord('followUpNotes', siteId, { candidateId, date: today, text: note }));
    if (created.length > 0) {
      const last = await allocateRevs(trx, created.length);
      let rev = last - created.length + 1;
      for (const record of created) {
        await saveRecord(trx, { ...record, rev, fieldMeta: stampAllFields(record.data, rev, clientId) });
        rev++;
      }
    }

    // One entry that both sides' coordinators see in their audit log.
    await writeAudit(trx, { actorId: user.id, action: 'candidate-transferred', siteIds: [candidate.siteId, siteId], targetTable: 'candidates', targetId: candidateId });
    return { ok: true as const, rev: revs.get(`candidates/${candidateId}`) ?? candidate.rev, moved: followers.length };
  });
}

function newRecord(table: 'accompaniments' | 'followUpNotes', siteId: string, data: Record<string, unknown>): StoredRecord {
  return { table, id: newId(), siteId, rev: 0, deleted: false, data, fieldMeta: {} };
}

// Transfer of a person's file to another site (docs/sync-protocol.md, "Transfers and
// record_moves"), in one transaction under the revision counter's lock: the candidate and the
// records of their pathway on the old site (TABLES_FOLLOWING_A_TRANSFER) move with new revs, so
// devices of the new site pull them. SPOC actions and attendance stay with the site where they
// happened; follow-up notes stay with the author's site, where alone they may be read. Devices of
// the old site that do not hold the new one pull a tombstone of each moved record (record_moves),
// so the file leaves their tablets.
import { TABLES_FOLLOWING_A_TRANSFER, type TransferAnswer } from '../../src/domain/file-admin';
import type { SessionUser } from '../../src/domain/wire';
import type { ServerDatabase } from '../db/connect';
import { lockRevisionCounter } from '../db/revisions';
import { writeAudit } from '../accounts/audit';
import { administeredLiveCandidate, assertAdministers, assertSiteExists, refused } from './access';
import { recordsMentioning, writeChanges } from './changes';

const FOLLOWING = new Set<string>(TABLES_FOLLOWING_A_TRANSFER);

export async function transferCandidate(database: ServerDatabase, user: SessionUser, candidateId: string, siteId: string): Promise<TransferAnswer> {
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
    const moved = [candidate, ...followers];
    const revs = await writeChanges(trx, `transfer:${user.id}`, moved.map((before) => ({ before, siteId })));
    // Devices of the old site are told that these records left it (see ../sync/pull.ts).
    await trx
      .insertInto('record_moves')
      .values(moved.map((record) => ({ table_name: record.table, id: record.id, from_site: candidate.siteId, to_site: siteId, rev: revs.get(`${record.table}/${record.id}`) ?? 0 })))
      .execute();
    // One entry that both sides' coordinators see in their audit log.
    await writeAudit(trx, { actorId: user.id, action: 'candidate-transferred', siteIds: [candidate.siteId, siteId], targetTable: 'candidates', targetId: candidateId });
    return { ok: true as const, rev: revs.get(`candidates/${candidateId}`) ?? candidate.rev, moved: followers.length };
  });
}

// Merge of two files of the same person (docs/sync-protocol.md, "Merges, redirect and merged"), in
// one transaction under the revision counter's lock, every change with a new rev so every device
// pulls it:
// - the kept file gains what it lacked from the other (src/domain/merge-files.ts), never overwritten;
// - the merged-away file keeps everything and gains `mergedInto`;
// - records naming the merged-away person (candidateId, candidateIds) name the kept file; files
//   earlier merged into the merged-away one now point at the kept one (merges never chain);
//   "not the same person" marks about it are carried over to the kept file.
// Later pushes that still name the merged-away file are redirected (./redirect.ts).
import type { MergeAnswer } from '../../src/domain/file-admin';
import type { CandidateData } from '../../src/domain/entities';
import { keptFileChanges, mergeRefusal, repointedLinks } from '../../src/domain/merge-files';
import type { SessionUser } from '../../src/domain/wire';
import type { ServerDatabase } from '../db/connect';
import type { StoredRecord } from '../db/records';
import { lockRevisionCounter } from '../db/revisions';
import { writeAudit } from '../accounts/audit';
import { administeredLiveCandidate, refused } from './access';
import { recordsMentioning, writeChanges, type RecordChange } from './changes';

export async function mergeCandidates(database: ServerDatabase, user: SessionUser, mergedAwayId: string, keptId: string): Promise<MergeAnswer> {
  return database.db.transaction().execute(async (trx) => {
    await lockRevisionCounter(trx);
    const mergedAway = await administeredLiveCandidate(trx, user, mergedAwayId);
    if (mergedAwayId === keptId) throw refused('same_file');
    const kept = await administeredLiveCandidate(trx, user, keptId);
    const refusal = mergeRefusal(asCandidate(kept), asCandidate(mergedAway));
    if (refusal) throw refused(refusal);

    const changes: RecordChange[] = [];
    const keptFields = keptFileChanges(kept.data as CandidateData, mergedAway.data as CandidateData, { keptId, mergedAwayId });
    changes.push({ before: mergedAway, fields: { mergedInto: keptId } });
    if (Object.keys(keptFields).length > 0) changes.push({ before: kept, fields: keptFields });
    let repointed = 0;
    for (const record of await recordsMentioning(trx, mergedAwayId)) {
      // The kept file's own marks are already in keptFields (without either file's id).
      if (record.table === 'candidates' && record.id === keptId) continue;
      const fields = linkChanges(record, mergedAwayId, keptId);
      if (!fields) continue;
      changes.push({ before: record, fields });
      repointed++;
    }
    const revs = await writeChanges(trx, `merge:${user.id}`, changes);
    await writeAudit(trx, { actorId: user.id, action: 'candidates-merged', siteIds: [kept.siteId, mergedAway.siteId], targetTable: 'candidates', targetId: mergedAwayId });
    return { ok: true as const, rev: revs.get(`candidates/${mergedAwayId}`) ?? mergedAway.rev, repointed };
  });
}

function asCandidate(record: StoredRecord): { id: string; data: CandidateData } {
  return { id: record.id, data: record.data as CandidateData };
}

/** What a record mentioning the merged-away id must change (undefined: it only mentions it in text). */
function linkChanges(record: StoredRecord, mergedAwayId: string, keptId: string): Record<string, unknown> | undefined {
  if (record.table === 'candidates') {
    const fields: Record<string, unknown> = {};
    if (record.data.mergedInto === mergedAwayId) fields.mergedInto = keptId;
    const marks = record.data.notSamePersonAs;
    if (Array.isArray(marks) && marks.includes(mergedAwayId)) {
      fields.notSamePersonAs = [...new Set(marks.map((id) => (id === mergedAwayId ? keptId : id)))].filter((id) => id !== record.id);
    }
    return Object.keys(fields).length > 0 ? fields : undefined;
  }
  return repointedLinks(record.data as { candidateId?: string; candidateIds?: string[] }, mergedAwayId, keptId);
}

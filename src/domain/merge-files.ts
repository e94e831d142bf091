// What merging two files of the same person changes, as pure rules shared by the server (which
// applies them) and the tablet (which previews them); docs/sync-protocol.md, "Merges, redirect and
// merged":
// - the kept file's empty fields are filled from the merged-away file, never overwritten (a birth
//   year is completed by a full date of that year; languages and "not the same person" lists are
//   joined);
// - the merged-away file keeps all it holds and gains `mergedInto` (nothing is lost);
// - every record that names the merged-away person (candidateId, candidateIds) names the kept one.
import type { CandidateData } from './entities';
import type { FileAdminRefusal } from './file-admin';

/** Fields never copied from one file to the other: the merge's own bookkeeping. */
const NOT_COPIED = new Set<string>(['mergedInto', 'erased', 'notSamePersonAs']);

/** Fields that are sets of codes: joined rather than filled. */
const JOINED = new Set<string>(['languages']);

/** Why these two files cannot be merged, or undefined when they can. */
export function mergeRefusal(
  kept: { id: string; data: CandidateData },
  mergedAway: { id: string; data: CandidateData },
): FileAdminRefusal | undefined {
  if (kept.id === mergedAway.id) return 'same_file';
  if (mergedAway.data.erased) return 'erased';
  if (mergedAway.data.mergedInto) return 'merged';
  if (kept.data.erased) return 'into_erased';
  if (kept.data.mergedInto) return 'into_merged';
  return undefined;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** A birth year ("1990") completed by a full date of the same year ("1990-03-12"). */
function completesBirthYear(kept: unknown, other: unknown): boolean {
  return typeof kept === 'string' && typeof other === 'string' && /^\d{4}$/.test(kept) && other.length === 10 && other.startsWith(kept);
}

/**
 * The fields to set on the kept file: only fields it lacks (or a birth year the other completes,
 * or codes the other adds). An empty object when the kept file already has everything.
 */
export function keptFileChanges(kept: CandidateData, mergedAway: CandidateData, ids: { keptId: string; mergedAwayId: string }): Partial<CandidateData> {
  const changes: Record<string, unknown> = {};
  const keptRecord = kept as Record<string, unknown>;
  for (const [field, value] of Object.entries(mergedAway as Record<string, unknown>)) {
    if (NOT_COPIED.has(field) || isEmpty(value)) continue;
    const current = keptRecord[field];
    if (JOINED.has(field) && Array.isArray(current) && Array.isArray(value)) {
      const joined = [...new Set([...(current as unknown[]), ...(value as unknown[])])];
      if (joined.length > current.length) changes[field] = joined;
    } else if (isEmpty(current) || (field === 'birthDate' && completesBirthYear(current, value))) {
      changes[field] = value;
    }
  }
  const notSame = [...new Set([...(kept.notSamePersonAs ?? []), ...(mergedAway.notSamePersonAs ?? [])])].filter(
    (id) => id !== ids.keptId && id !== ids.mergedAwayId,
  );
  if (notSame.length > (kept.notSamePersonAs ?? []).length || (kept.notSamePersonAs ?? []).some((id) => !notSame.includes(id))) {
    changes.notSamePersonAs = notSame;
  }
  return changes as Partial<CandidateData>;
}

/** The link fields of a record that name a person, after the merge; undefined when none changes. */
export function repointedLinks(
  data: { candidateId?: string | null | undefined; candidateIds?: readonly string[] | undefined },
  mergedAwayId: string,
  keptId: string,
): { candidateId?: string; candidateIds?: string[] } | undefined {
  const changes: { candidateId?: string; candidateIds?: string[] } = {};
  if (data.candidateId === mergedAwayId) changes.candidateId = keptId;
  if (data.candidateIds?.includes(mergedAwayId)) {
    changes.candidateIds = [...new Set(data.candidateIds.map((id) => (id === mergedAwayId ? keptId : id)))];
  }
  return Object.keys(changes).length > 0 ? changes : undefined;
}

/**
 * The file a candidate id stands for now: itself, or the file it was merged into (followed through
 * at most a few hops; merges never build chains, the bound only guards against a cycle).
 */
export function keptFileId(id: string, mergedIntoOf: (id: string) => string | null | undefined): string {
  let current = id;
  for (let hop = 0; hop < 8; hop++) {
    const next = mergedIntoOf(current);
    if (!next || next === id) return current;
    current = next;
  }
  return current;
}

/** Have the two files been marked as two different people (on either side)? */
export function markedNotSamePerson(
  first: { id: string; data: { notSamePersonAs?: readonly string[] | null | undefined } },
  second: { id: string; data: { notSamePersonAs?: readonly string[] | null | undefined } },
): boolean {
  return Boolean(first.data.notSamePersonAs?.includes(second.id) || second.data.notSamePersonAs?.includes(first.id));
}

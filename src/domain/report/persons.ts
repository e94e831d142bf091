// Who is a distinct person. The report counts persons by candidate file, after following merges:
// - a merged-away file (`mergedInto`) counts as the file it was merged into, following the chain
//   (links to a merged-away file are redirected, so its actions are the surviving file's actions);
// - an erased file still counts: erasure anonymises a person, it does not make them not have come;
// - a deleted (tombstoned) file is never a person. Its actions, accompaniments, attendance rows and
//   validation attempts are not deleted, so they still count as events, but they add no person.
//   (Deletion is for files created by mistake: counting a mistake as a person would be wrong,
//   silently dropping the events it is linked to would hide data someone must re-link.)
//   A chain that reaches a deleted file is deleted too (the surviving file is the mistake).
// - a candidate id with no file in the input is still a person, by that id: the link names
//   someone, only their file is not at hand (e.g. a tablet that has not pulled it yet). Their
//   profile fields are unknown.
import { compareCodes } from './period';
import type { ReportRecord } from './types';

export interface PersonResolver {
  /** The person id (surviving candidate id) behind a link, or undefined when it is not a person. */
  person(candidateId: string | null | undefined): string | undefined;
  /** The file of a person id, when it is in the input and not deleted. */
  file(personId: string): ReportRecord<'candidates'> | undefined;
}

export function personResolver(candidates: readonly ReportRecord<'candidates'>[]): PersonResolver {
  const byId = new Map<string, ReportRecord<'candidates'>>();
  for (const candidate of candidates) byId.set(candidate.id, candidate);
  const memo = new Map<string, string | null>();

  function resolve(start: string): string | null {
    const known = memo.get(start);
    if (known !== undefined) return known;
    const path: string[] = [];
    let current = start;
    let result: string | null;
    for (;;) {
      const cached = memo.get(current);
      if (cached !== undefined) {
        result = cached;
        break;
      }
      const loopAt = path.indexOf(current);
      if (loopAt >= 0) {
        // A merge cycle (two devices merged each way): every file of the cycle is one person, named
        // by the smallest id so the answer does not depend on where the walk started.
        result = [...path.slice(loopAt)].sort(compareCodes)[0] ?? current;
        break;
      }
      path.push(current);
      const record = byId.get(current);
      if (record === undefined) {
        result = current;
        break;
      }
      if (record.deleted) {
        result = null;
        break;
      }
      const next = record.data.mergedInto;
      if (typeof next !== 'string' || next === '') {
        result = current;
        break;
      }
      current = next;
    }
    for (const id of path) memo.set(id, result);
    return result;
  }

  return {
    person(candidateId) {
      if (typeof candidateId !== 'string' || candidateId === '') return undefined;
      return resolve(candidateId) ?? undefined;
    },
    file(personId) {
      const record = byId.get(personId);
      return record && !record.deleted ? record : undefined;
    },
  };
}

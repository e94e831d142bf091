// Pushes that still name a merged-away file (a device was offline during the merge) are redirected
// to the kept file, so later edits and links are not lost (docs/sync-protocol.md, "Merges, redirect
// and merged"):
// - an edit of the merged-away candidate applies to the kept file (its site), against the same
//   baseRev (revs are global: a field changed by the merge since then is a conflict, never
//   silently overwritten); a delete of it is refused (`merged`): the merged-away file is kept;
// - a record naming the merged-away person (candidateId, candidateIds) names the kept file.
// The result keeps the mutation's seq; the device pulls both files and sees where its edit went.
import { keptFileId, repointedLinks } from '../../src/domain/merge-files';
import type { Mutation } from '../../src/domain/wire';

/** The candidate ids a mutation names: the candidate itself, or the persons it links to. */
export function candidateIdsNamedBy(mutation: Mutation): string[] {
  return mutation.table === 'candidates' ? [mutation.id] : linkedIds(mutation.fields ?? {});
}

function linkedIds(fields: Record<string, unknown>): string[] {
  const ids: string[] = [];
  if (typeof fields.candidateId === 'string') ids.push(fields.candidateId);
  if (Array.isArray(fields.candidateIds)) for (const id of fields.candidateIds) if (typeof id === 'string') ids.push(id);
  return ids;
}

export type Redirected = { mutation: Mutation } | { refused: 'merged' };

/**
 * The mutation as it applies after merges. `candidateOf` gives a loaded candidate's `mergedInto`
 * and site (undefined for an unknown or unloaded id).
 */
export function redirectMerged(mutation: Mutation, candidateOf: (id: string) => { siteId: string; mergedInto?: unknown } | undefined): Redirected {
  const mergedIntoOf = (id: string) => {
    const mergedInto = candidateOf(id)?.mergedInto;
    return typeof mergedInto === 'string' ? mergedInto : undefined;
  };
  let result = mutation;
  // Only a mutation of the merged-away file's own site is redirected: any other is refused as
  // usual (forbidden_site), telling nothing of the merge.
  if (mutation.table === 'candidates' && mergedIntoOf(mutation.id) !== undefined && candidateOf(mutation.id)?.siteId === mutation.siteId) {
    if (mutation.op === 'delete') return { refused: 'merged' };
    const keptId = keptFileId(mutation.id, mergedIntoOf);
    const kept = candidateOf(keptId);
    if (kept) {
      // Never chain the kept file, nor unmerge through it.
      const fields = { ...mutation.fields };
      delete fields.mergedInto;
      result = { ...mutation, id: keptId, siteId: kept.siteId, fields };
    }
  }
  const fields = result.fields;
  if (!fields || result.table === 'candidates') return { mutation: result };
  let links: Record<string, unknown> = {};
  for (const id of linkedIds(fields)) {
    const keptId = keptFileId(id, mergedIntoOf);
    if (keptId === id) continue;
    const current = { ...fields, ...links } as { candidateId?: string; candidateIds?: string[] };
    links = { ...links, ...repointedLinks(current, id, keptId) };
  }
  return { mutation: Object.keys(links).length > 0 ? { ...result, fields: { ...fields, ...links } } : result };
}

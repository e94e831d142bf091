// The list's filters besides the search: site of the file, métier and state of its
// accompaniments (open, all closed, none). Pure, over the ids the search returned.
import type { LocalRecord } from '../../../sync/workspace';
import type { CandidateRecord } from '../candidate-types';

export type AccompanimentState = 'open' | 'closed' | 'none';
export const ACCOMPANIMENT_STATES: readonly AccompanimentState[] = ['open', 'closed', 'none'];

export interface CandidateFilters {
  siteId: string;
  metier: string;
  state: AccompanimentState | '';
}

export const NO_FILTERS: CandidateFilters = { siteId: '', metier: '', state: '' };

interface Pathways {
  metiers: Set<string>;
  open: boolean;
}

export const NO_PATHWAYS: ReadonlyMap<string, Pathways> = new Map();

/** Per candidate: the métiers of their accompaniments and whether one is open. */
export function pathwaysByCandidate(accompaniments: readonly LocalRecord<'accompaniments'>[]): Map<string, Pathways> {
  const byCandidate = new Map<string, Pathways>();
  for (const { data } of accompaniments) {
    if (!data.candidateId) continue;
    let entry = byCandidate.get(data.candidateId);
    if (!entry) {
      entry = { metiers: new Set(), open: false };
      byCandidate.set(data.candidateId, entry);
    }
    if (data.metier) entry.metiers.add(data.metier);
    if (data.status === 'open') entry.open = true;
  }
  return byCandidate;
}

export function stateOf(pathways: Pathways | undefined): AccompanimentState {
  if (!pathways) return 'none';
  return pathways.open ? 'open' : 'closed';
}

/** Whether the filters read the candidates' accompaniments (métier or accompaniment state). */
export function filtersByPathway(filters: CandidateFilters): boolean {
  return Boolean(filters.metier || filters.state);
}

export function applyFilters(
  ids: readonly string[],
  records: ReadonlyMap<string, CandidateRecord>,
  pathways: ReadonlyMap<string, Pathways>,
  filters: CandidateFilters,
): CandidateRecord[] {
  const shown: CandidateRecord[] = [];
  for (const id of ids) {
    const record = records.get(id);
    if (!record) continue;
    if (filters.siteId && record.siteId !== filters.siteId) continue;
    if (filtersByPathway(filters)) {
      const paths = pathways.get(id);
      if (filters.metier && !paths?.metiers.has(filters.metier)) continue;
      if (filters.state && stateOf(paths) !== filters.state) continue;
    }
    shown.push(record);
  }
  return shown;
}

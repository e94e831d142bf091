// The last thing that happened with a candidate, for telling two files of the same name apart:
// the latest SPOC action or accompaniment event (start or exit), by date.
import type { LocalRecord } from '../../../sync/workspace';

export type LastAction =
  | { kind: 'spoc'; date: string; actionKind: string | undefined }
  | { kind: 'accompaniment-start'; date: string; metier: string | undefined }
  | { kind: 'accompaniment-exit'; date: string; metier: string | undefined };

export function lastActionsByCandidate(
  spocActions: readonly LocalRecord<'spocActions'>[],
  accompaniments: readonly LocalRecord<'accompaniments'>[],
): Map<string, LastAction> {
  const latest = new Map<string, LastAction>();
  const offer = (candidateId: string, action: LastAction) => {
    const current = latest.get(candidateId);
    if (!current || current.date < action.date) latest.set(candidateId, action);
  };
  for (const action of spocActions) {
    if (!action.data.date) continue;
    for (const candidateId of action.data.candidateIds ?? []) offer(candidateId, { kind: 'spoc', date: action.data.date, actionKind: action.data.kind });
  }
  for (const { data } of accompaniments) {
    if (!data.candidateId) continue;
    if (data.startDate) offer(data.candidateId, { kind: 'accompaniment-start', date: data.startDate, metier: data.metier });
    if (data.exitDate) offer(data.candidateId, { kind: 'accompaniment-exit', date: data.exitDate, metier: data.metier });
  }
  return latest;
}

// The practical observations of a person, for the agreement and the synthesis. The `observations`
// table is another part's (docs/positioning-review.md): it is read by name, only when this build
// has it; otherwise there are none, and the screens still take observations as an input list.
import { useEffect, useState } from 'react';
import { useWorkspace } from '../../components/session/session-context';
import { SYNCED_TABLES } from '../../domain/tables';
import type { Workspace } from '../../sync/workspace';

export interface ObservationInput {
  candidateId?: string;
  positioningId?: string;
  uc?: string;
  result?: string;
  date?: string;
}

interface LooseRepo {
  watch(listener: (records: { id: string; data: ObservationInput }[]) => void): () => void;
}

function observationsRepo(workspace: Workspace): LooseRepo | undefined {
  if (!(SYNCED_TABLES as readonly string[]).includes('observations')) return undefined;
  return (workspace.repo as unknown as (table: string) => LooseRepo)('observations');
}

/** The person's observations (empty while none, or when the table does not exist in this build). */
export function useObservations(candidateId: string | undefined): ObservationInput[] {
  const workspace = useWorkspace();
  const [observations, setObservations] = useState<ObservationInput[]>([]);
  useEffect(() => {
    const repo = observationsRepo(workspace);
    if (!repo || !candidateId) return;
    return repo.watch((records) => setObservations(records.map((record) => record.data).filter((data) => data.candidateId === candidateId)));
  }, [workspace, candidateId]);
  return observations;
}

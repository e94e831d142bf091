// The tablet's candidates for the duplicate check: an index built when the screen opens (and again
// after an import), and each record's name and site to show beside a flagged row.
import { useCallback, useEffect, useState } from 'react';
import { useWorkspace } from '../../components/session/session-context';
import { buildCandidateIndex, type CandidateIndex } from '../../domain/matching';
import type { CandidateData } from '../../domain/entities';

export interface LocalCandidates {
  index: CandidateIndex;
  byId: Map<string, { siteId: string; data: CandidateData }>;
}

/** The local candidates, and a reload to call after an import (the index is not kept live). */
export function useLocalCandidates(): [LocalCandidates | undefined, () => void] {
  const workspace = useWorkspace();
  const [local, setLocal] = useState<LocalCandidates>();
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  useEffect(() => {
    let live = true;
    void workspace
      .repo('candidates')
      .list()
      .then((records) => {
        if (!live) return;
        setLocal({
          index: buildCandidateIndex(records.map((record) => ({ id: record.id, data: record.data }))),
          byId: new Map(records.map((record) => [record.id, { siteId: record.siteId, data: record.data }])),
        });
      });
    return () => {
      live = false;
    };
  }, [workspace, generation]);
  return [local, reload];
}

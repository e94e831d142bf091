// Keeps a tablet handed to a candidate in candidate mode: while the lock is on, every address
// (typed, reloaded, reached with the back button) shows the locked sitting. Nothing is shown
// until the stored lock has been read.
import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { PageLoading } from '../../components/PageLoading';
import { SCREEN_PATHS } from '../../domain/screen-paths';
import type { Workspace } from '../../sync/workspace';

type LockState = { loaded: false } | { loaded: true; positioningId: string | undefined };

function useCandidateLock(lock: Workspace['candidateLock']): LockState {
  const [state, setState] = useState<LockState>({ loaded: false });
  useEffect(() => {
    let active = true;
    const unsubscribe = lock.subscribe((positioningId) => setState({ loaded: true, positioningId }));
    void lock
      .load()
      .catch(() => undefined)
      .then((positioningId) => {
        // The first reveal of the screens is a transition (rendered in slices); a lock taken
        // later (subscribe, above) applies at once.
        if (active) startTransition(() => setState({ loaded: true, positioningId }));
      });
    return () => {
      active = false;
      unsubscribe();
    };
  }, [lock]);
  return state;
}

export function CandidateLockGate({ workspace, children }: { workspace: Workspace; children: ReactNode }) {
  const { pathname } = useLocation();
  const state = useCandidateLock(workspace.candidateLock);
  if (!state.loaded) return <PageLoading />;
  if (state.positioningId !== undefined) {
    const target = SCREEN_PATHS.candidateMode(state.positioningId);
    return pathname === target ? children : <Navigate to={target} replace />;
  }
  // Unlocked: the candidate-mode screen sends an address typed without a lock home itself, so that
  // leaving with the PIN can go to the adviser's screen of its choice.
  return children;
}

// Candidate mode's words on the login screen, loaded only when a sitting waits for its adviser.
import { Suspense, lazy } from 'react';

const SittingWaits = lazy(async () => ({ default: (await import('../features/positioning/SittingWaits')).SittingWaits }));

export const sittingNotice = (
  <Suspense fallback={null}>
    <SittingWaits />
  </Suspense>
);

// What the offline app adds around every screen: the update banner, the alert for changes held in
// memory when storage is full, and the request for persistent storage once signed in. The holds
// provider lets forms keep an update back while they have unsaved input (useHoldUpdateWhile).
import type { ReactNode } from 'react';
import { HeldWritesAlert } from './HeldWritesAlert';
import { UpdateBanner } from './UpdateBanner';
import { UpdateHoldsProvider } from './update-holds';
import { usePersistOnSignIn } from './use-persist-on-sign-in';
import './pwa.css';

export function PwaShell({ children }: { children: ReactNode }) {
  usePersistOnSignIn();
  return (
    <UpdateHoldsProvider>
      <HeldWritesAlert />
      {children}
      <UpdateBanner />
    </UpdateHoldsProvider>
  );
}

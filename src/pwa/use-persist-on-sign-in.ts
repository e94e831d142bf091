// Asks for persistent storage the first time a workspace opens in this page (see storage-persistence.ts).
import { useEffect } from 'react';
import { useSession } from '../components/session/session-context';
import { requestPersistence } from './storage-persistence';

export function usePersistOnSignIn(): void {
  const signedIn = useSession().workspace !== null;
  useEffect(() => {
    if (signedIn) void requestPersistence();
  }, [signedIn]);
}

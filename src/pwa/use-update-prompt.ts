// Registers the service worker once and returns the pending update, if one waits.
import { useEffect, useState } from 'react';
import { registerServiceWorker, type ApplyUpdate } from './register-sw';

export function useUpdatePrompt(): ApplyUpdate | null {
  const [apply, setApply] = useState<ApplyUpdate | null>(null);
  useEffect(() => registerServiceWorker((applyUpdate) => setApply(() => applyUpdate)), []);
  return apply;
}

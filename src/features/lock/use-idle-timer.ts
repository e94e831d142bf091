// Calls `onIdle` once the page has had no touch, click, key or wheel for `minutes` (also when the
// tablet comes back after sleeping longer than that). Restarts whenever `active` turns true again.
import { useEffect, useRef } from 'react';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export function useIdleTimer(minutes: number, active: boolean, onIdle: () => void): void {
  const callback = useRef(onIdle);
  useEffect(() => {
    callback.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    if (!active) return;
    const limit = minutes * 60_000;
    let last = Date.now();
    let timer = setTimeout(check, limit);
    function check() {
      const quiet = Date.now() - last;
      if (quiet >= limit) callback.current();
      else timer = setTimeout(check, limit - quiet);
    }
    const touched = () => {
      last = Date.now();
    };
    const visible = () => {
      if (document.visibilityState === 'visible') check();
    };
    for (const event of ACTIVITY) document.addEventListener(event, touched, { passive: true, capture: true });
    document.addEventListener('visibilitychange', visible);
    return () => {
      clearTimeout(timer);
      for (const event of ACTIVITY) document.removeEventListener(event, touched, { capture: true });
      document.removeEventListener('visibilitychange', visible);
    };
  }, [minutes, active]);
}

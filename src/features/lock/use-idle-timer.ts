// Calls `onIdle` once the page has had no touch, click, key or wheel for `minutes` (also when the
// tablet comes back after sleeping longer than that). Restarts whenever `active` turns true again.
// Activity in another tab of the same adviser counts too (a BroadcastChannel named per adviser):
// an idle window must not lock, or sign out, the adviser who is working in another one, since a
// sign-out ends the session of every tab.
import { useEffect, useRef } from 'react';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
/** At most one message per this many ms: the other tabs only need to know the adviser is there. */
const SHARE_EVERY_MS = 5_000;

/** The channel on which an adviser's tabs tell each other of activity. */
export const idleChannelName = (userId: string) => `vdc-activity:${userId}`;

export function useIdleTimer(minutes: number, active: boolean, onIdle: () => void, channelName?: string): void {
  const callback = useRef(onIdle);
  useEffect(() => {
    callback.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    if (!active) return;
    const limit = minutes * 60_000;
    let last = Date.now();
    let shared = 0;
    let timer = setTimeout(check, limit);
    function check() {
      const quiet = Date.now() - last;
      if (quiet >= limit) callback.current();
      else timer = setTimeout(check, limit - quiet);
    }
    const channel = channelName && typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : undefined;
    if (channel) {
      channel.onmessage = () => {
        last = Date.now();
      };
    }
    const touched = () => {
      last = Date.now();
      if (channel && last - shared >= SHARE_EVERY_MS) {
        shared = last;
        channel.postMessage('activity');
      }
    };
    const visible = () => {
      if (document.visibilityState === 'visible') check();
    };
    for (const event of ACTIVITY) document.addEventListener(event, touched, { passive: true, capture: true });
    document.addEventListener('visibilitychange', visible);
    return () => {
      clearTimeout(timer);
      channel?.close();
      for (const event of ACTIVITY) document.removeEventListener(event, touched, { capture: true });
      document.removeEventListener('visibilitychange', visible);
    };
  }, [minutes, active, channelName]);
}

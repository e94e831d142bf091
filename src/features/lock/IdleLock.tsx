// The idle lock of a shared tablet (docs/key-handling.md): after some minutes without a touch the
// adviser's screens are hidden (kept in memory with the data key, so nothing typed is lost) behind
// a lock that the adviser's PIN opens. An adviser without a PIN is signed out when idle (their data
// stays on the tablet; the password opens it again). A reload drops the in-memory key: opening
// again takes a factor the disk does not hold (docs/key-handling.md). Too many wrong PINs, or the
// choice to use the password, also sign out.
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useSession, useWorkspace } from '../../components/session/session-context';
import { isolatedText } from '../../domain/bidi';
import { idleMinutes } from './idle-settings';
import { LockScreen } from './LockScreen';
import { idleChannelName, useIdleTimer } from './use-idle-timer';

type LockState = 'open' | 'locked' | 'checking';

export function IdleLock({ children }: { children: ReactNode }) {
  const workspace = useWorkspace();
  const { resumed, leave, settleReopenLock } = useSession();
  // After a reload nothing shows until it is known whether a PIN must open the screens.
  const [state, setState] = useState<LockState>(resumed ? 'checking' : 'open');
  const [hasPin, setHasPin] = useState<boolean>();

  useEffect(() => {
    let live = true;
    void workspace.pin.isSet().then((set) => {
      if (!live) return;
      setHasPin(set);
      setState((current) => (current === 'checking' ? (set ? 'locked' : 'open') : current));
    });
    return () => {
      live = false;
    };
  }, [workspace]);

  const signOut = useCallback(() => leave({ notice: 'lockedOut' }), [leave]);
  // Five wrong PINs: the login screen says so, not only that the screen was locked.
  const lockedOutByPin = useCallback(() => leave({ notice: 'pinLockedOut' }), [leave]);
  const lock = useCallback(() => {
    if (hasPin) setState('locked');
    else void signOut();
  }, [hasPin, signOut]);
  // Activity in the adviser's other tabs keeps this one open too (use-idle-timer.ts).
  useIdleTimer(idleMinutes(), state === 'open', lock, idleChannelName(workspace.user.id));

  const hidden = state !== 'open';
  // While checking, the screens are not mounted at all: laid out in a hidden box they would load,
  // render and measure (the virtualized list measures hidden rows as 0 px tall) for nothing.
  if (state === 'checking') return null;
  return (
    <>
      {state === 'locked' ? (
        <LockScreen name={isolatedText(workspace.user.name)} verify={(pin) => workspace.pin.verify(pin)} onUnlocked={() => {
            settleReopenLock();
            setState('open');
          }} onSignOut={() => void signOut()} onLockedOut={() => void lockedOutByPin()} />
      ) : null}
      <div hidden={hidden} inert={hidden} className="idle-lock__content">
        {children}
      </div>
    </>
  );
}

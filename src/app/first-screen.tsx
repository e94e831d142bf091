// The first screen, before the router. A page load always opens signed out: the data key lives only
// in the page's memory (docs/key-handling.md). So at any address the router would send to the login,
// this shows the login itself, with the address and state the router's guard would have given it,
// and loads the router, the routes table and the guards once a session opens. That keeps
// react-router out of the first screen's JavaScript (docs/performance.md, "The login before the
// router"). Once loaded, the router stays: signing out later is the router's as before.
import { useEffect, useState } from 'react';
import { useSession } from '../components/session/session-context';
import { lazyScreen } from './lazy-screen';
import { LoginPage } from '../features/login/LoginPage';
import { ROUTE_PATTERNS, SCREEN_PATHS } from '../domain/screen-paths';
import { returnPath, type LoginState } from './login-return';
import { Resuming } from './Resuming';
import { sittingNotice } from './sitting-notice';

const routedScreens = lazyScreen(async () => ({ Component: (await import('./RoutedScreens')).RoutedScreens }));

const segments = (path: string): string[] => path.split('/').filter(Boolean);
const PATTERNS = Object.values(ROUTE_PATTERNS).map(segments);

/**
 * Whether the router shows the login at this address to someone signed out: every screen's address
 * (the 404 page is the only other). Matched exactly; an address it does not recognise goes to the
 * router, which then decides as it always did.
 */
export function opensOnLogin(pathname: string): boolean {
  const parts = segments(pathname);
  return PATTERNS.some(
    (pattern) => pattern.length === parts.length && pattern.every((part, index) => (part.startsWith(':') ? parts[index] !== '' : part === parts[index])),
  );
}

/** The browser router's entry shape (react-router keeps the app's state under `usr`; see use-location-notice.ts). */
interface RouterHistoryEntry {
  usr?: unknown;
  key?: string;
  idx?: number;
}

/**
 * Puts the login's address in the bar as the router's guards would (RequireWorkspace:
 * `from` the screen's address; RequireReporter: no state), so that once the router loads, the
 * signed-in guard on the login takes the adviser back there, with the offline notice when it applies.
 */
function standInForGuard(): void {
  const { pathname, search } = window.location;
  if (pathname === SCREEN_PATHS.login) return;
  const from = pathname === SCREEN_PATHS.networkReport ? undefined : returnPath(`${pathname}${search}`);
  const state: LoginState | null = from ? { from } : null;
  const entry = window.history.state as RouterHistoryEntry | null;
  window.history.replaceState({ usr: state, key: Math.random().toString(36).slice(2, 10), idx: entry?.idx ?? 0 }, '', SCREEN_PATHS.login);
}

export function FirstScreen() {
  const { phase, workspace, reporter } = useSession();
  const [routed, setRouted] = useState(() => !opensOnLogin(window.location.pathname));
  const signedOut = phase === 'ready' && workspace === null && reporter === null;
  const showRouter = routed || (phase === 'ready' && !signedOut);

  // Latched during render (React's pattern for state derived from props): once shown, the router
  // stays through later sign-outs.
  if (showRouter && !routed) setRouted(true);

  useEffect(() => {
    if (!showRouter && signedOut) standInForGuard();
  }, [showRouter, signedOut]);

  if (showRouter) return routedScreens;
  if (!signedOut) return <Resuming />;
  return <LoginPage sittingNotice={sittingNotice} />;
}

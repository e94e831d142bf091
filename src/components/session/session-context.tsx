// The signed-in workspace and the service that opens it, shared by the shell and the screens.
// The service is injected (the app passes the real src/sync/session.ts; tests pass their own),
// so no screen imports the storage directly.
import { createContext, startTransition, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { PinReopenOutcome, ReopenOptions, ReporterSession, SignInOutcome, TabletLockReopenOutcome, Workspace } from '../../sync/workspace';

export interface Credentials {
  email: string;
  password: string;
}

export interface SessionService {
  signIn(credentials: Credentials): Promise<SignInOutcome>;
  /**
   * A workspace already open for this page, or null. The app's service always answers null: no key
   * is kept on the disk (docs/key-handling.md). Test services stand for an open session.
   */
  resumeSession(): Promise<Workspace | null>;
  /**
   * Whether a resumed workspace opens behind the lock (a reload on a shared tablet: yes, the
   * default). Test services that stand for an already open session say no.
   */
  resumeOpensLocked?: boolean;
  /** The ways this page may reopen the last adviser's workspace without the password (none: null). */
  reopenOptions?(): Promise<ReopenOptions | null>;
  /** Reopens with the PIN and the server's help. */
  reopenWithPin?(pin: string): Promise<PinReopenOutcome>;
  /** Reopens with the tablet's own lock (WebAuthn PRF), offline too. */
  reopenWithTabletLock?(): Promise<TabletLockReopenOutcome>;
  /** True when the tablet was handed to a candidate whose sitting waits for the adviser to unlock. */
  sittingWaits?(): Promise<boolean>;
}

export interface SessionState {
  service: SessionService;
  /** `resuming` until resumeSession() has answered once. */
  phase: 'resuming' | 'ready';
  workspace: Workspace | null;
  /** True when the current workspace was opened by an offline login (said on the next screen). */
  enteredOffline: boolean;
  /** True when the current workspace was handed by resumeSession(): it opens locked unless the service says otherwise. */
  resumed: boolean;
  /** Makes a freshly opened workspace current and starts its background sync. */
  enter(workspace: Workspace, options?: { offline?: boolean }): void;
  /** Stops sync, signs out (drops the in-memory key) and clears the workspace; `notice` is said on the login screen. */
  leave(options?: { notice?: string }): Promise<void>;
  /** Why the last workspace was left, when the login screen should say it (e.g. `lockedOut`). */
  leftWith: string | undefined;
  /** The reopened workspace was unlocked (by the PIN, or candidate mode's PIN gate): no lock at the next screen. */
  settleReopenLock(): void;
  /** A network reporter signed in: no workspace, the online report only (in memory). */
  reporter: ReporterSession | null;
  enterReporter(reporter: ReporterSession): void;
  leaveReporter(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ service, children }: { service: SessionService; children: ReactNode }) {
  const [workspace, setWorkspace] = useState<Workspace | null>(null);
  const [phase, setPhase] = useState<SessionState['phase']>('resuming');
  const [enteredOffline, setEnteredOffline] = useState(false);
  const [resumed, setResumed] = useState(false);
  const [leftWith, setLeftWith] = useState<string>();
  const [reporter, setReporter] = useState<ReporterSession | null>(null);

  const enter = useCallback((opened: Workspace, options?: { offline?: boolean; resumed?: boolean }) => {
    opened.sync.start();
    setEnteredOffline(options?.offline ?? false);
    setResumed(options?.resumed ?? false);
    setLeftWith(undefined);
    setWorkspace(opened);
  }, []);

  useEffect(() => {
    let cancelled = false;
    service
      .resumeSession()
      .catch(() => null) // a failed resume means "log in again", never a blank screen
      .then((resumed) => {
        if (cancelled) return;
        // A transition: the signed-in screens then render in slices while their data arrives.
        startTransition(() => {
          if (resumed) enter(resumed, { resumed: service.resumeOpensLocked ?? true });
          setPhase('ready');
        });
      });
    return () => {
      cancelled = true;
    };
  }, [service, enter]);

  const leave = useCallback(
    async (options?: { notice?: string }) => {
      if (!workspace) return;
      workspace.sync.stop();
      await workspace.signOut();
      setLeftWith(options?.notice);
      setWorkspace(null);
    },
    [workspace],
  );

  const settleReopenLock = useCallback(() => setResumed(false), []);
  const enterReporter = useCallback((session: ReporterSession) => {
    setLeftWith(undefined);
    setReporter(session);
  }, []);
  const leaveReporter = useCallback(async () => {
    await reporter?.signOut();
    setReporter(null);
  }, [reporter]);

  const value = useMemo<SessionState>(
    () => ({ service, phase, workspace, enteredOffline, resumed, leftWith, enter, leave, settleReopenLock, reporter, enterReporter, leaveReporter }),
    [service, phase, workspace, enteredOffline, resumed, leftWith, enter, leave, settleReopenLock, reporter, enterReporter, leaveReporter],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The current workspace; only for screens rendered behind the signed-in guard. */
export function useWorkspace(): Workspace {
  const { workspace } = useSession();
  if (!workspace) throw new Error('useWorkspace without a signed-in workspace');
  return workspace;
}

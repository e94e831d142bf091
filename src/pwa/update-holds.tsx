// What holds an update back: forms with unsaved input say so with useHoldUpdateWhile(dirty).
// The update banner reads the holds (and the outbox count) and never applies an update while one
// is held, even when the adviser has chosen "update as soon as possible".
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useState, type ReactNode } from 'react';

interface UpdateHolds {
  /** Ids of the components currently holding the update. */
  holders: ReadonlySet<string>;
  setHeld(holder: string, held: boolean): void;
}

const UpdateHoldsContext = createContext<UpdateHolds | null>(null);

export function UpdateHoldsProvider({ children }: { children: ReactNode }) {
  const [holders, setHolders] = useState<ReadonlySet<string>>(() => new Set());
  const setHeld = useCallback((holder: string, held: boolean) => {
    setHolders((current) => {
      if (current.has(holder) === held) return current;
      const next = new Set(current);
      if (held) next.add(holder);
      else next.delete(holder);
      return next;
    });
  }, []);
  const value = useMemo(() => ({ holders, setHeld }), [holders, setHeld]);
  return <UpdateHoldsContext.Provider value={value}>{children}</UpdateHoldsContext.Provider>;
}

/**
 * Holds any app update while `dirty` is true (a form with unsaved input), and releases it when
 * `dirty` turns false or the component unmounts. Outside the provider (component tests) it does nothing.
 */
export function useHoldUpdateWhile(dirty: boolean): void {
  const holds = useContext(UpdateHoldsContext);
  const holder = useId();
  const setHeld = holds?.setHeld;
  useEffect(() => {
    if (!setHeld) return;
    setHeld(holder, dirty);
    return () => setHeld(holder, false);
  }, [setHeld, holder, dirty]);
}

/** How many components hold the update now (0 outside the provider). */
export function useUpdateHoldCount(): number {
  return useContext(UpdateHoldsContext)?.holders.size ?? 0;
}

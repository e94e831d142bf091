// One-shot confirmations passed through navigation state (`navigate(path, { state: { notice } })`).
// The notice is taken out of its history entry at once, so a reload does not repeat the message; the
// rest of the state (the login screen's `from`) is kept.
//
// It is taken out by rewriting that entry in place, never by a router navigation: a screen may show
// its notice late (a person's file mounts its reader once its data has arrived), and a navigation
// then would cancel the one the adviser had already started and pull her back (docs/architecture.md,
// "Navigation state").
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';

/** The browser router's entry shape (react-router keeps the app's state under `usr`). */
interface RouterHistoryEntry {
  usr?: unknown;
  key?: string;
}

function forgetNotice(locationKey: string, rest: Record<string, unknown>): void {
  const entry = window.history.state as RouterHistoryEntry | null;
  // Only the entry the notice came with: if the adviser has moved on, hers is another one.
  if (!entry || entry.key !== locationKey) return;
  window.history.replaceState({ ...entry, usr: Object.keys(rest).length > 0 ? rest : null }, '');
}

export function useLocationNotice(): [string | null, () => void] {
  const location = useLocation();
  const state = location.state as ({ notice?: unknown } & Record<string, unknown>) | null;
  const incoming = typeof state?.notice === 'string' ? state.notice : null;
  const [notice, setNotice] = useState(incoming);

  useEffect(() => {
    if (!incoming) return;
    const { notice: _shown, ...rest } = state ?? {};
    forgetNotice(location.key, rest);
    // Only when a notice arrives: `state` is a new object at each navigation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [incoming, location.key]);

  return [notice, () => setNotice(null)];
}

// One-shot confirmations passed through navigation state (`navigate(path, { state: { notice } })`).
// The notice is cleared from the history entry at once, so a reload does not repeat the message; the
// rest of the state (the login screen's `from`) is kept.
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

export function useLocationNotice(): [string | null, () => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const state = location.state as ({ notice?: unknown } & Record<string, unknown>) | null;
  const incoming = typeof state?.notice === 'string' ? state.notice : null;
  const [notice, setNotice] = useState(incoming);
  const here = `${location.pathname}${location.search}`;

  useEffect(() => {
    if (!incoming) return;
    const { notice: _shown, ...rest } = state ?? {};
    void navigate(here, { replace: true, state: Object.keys(rest).length > 0 ? rest : null });
    // Only when a notice arrives: `state` is a new object at each navigation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [incoming, here, navigate]);

  return [notice, () => setNotice(null)];
}

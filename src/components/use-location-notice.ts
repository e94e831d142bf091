// One-shot confirmations passed through navigation state (`navigate(path, { state: { notice } })`).
// The state is cleared from the history entry at once, so a reload does not repeat the message.
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

export function useLocationNotice(): [string | null, () => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const state = location.state as { notice?: unknown } | null;
  const incoming = typeof state?.notice === 'string' ? state.notice : null;
  const [notice, setNotice] = useState(incoming);
  const here = `${location.pathname}${location.search}`;

  useEffect(() => {
    if (incoming) void navigate(here, { replace: true, state: null });
  }, [incoming, here, navigate]);

  return [notice, () => setNotice(null)];
}

// The signed-in screens' words (app-i18n.ts loads them apart from the first screen's): asked for as
// soon as a guard renders, while the workspace is still opening, so they are usually there first.
// A failed load (a service worker that lost a file, say) is tried again rather than left waiting.
import { startTransition, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasWorkspaceWords, loadWorkspaceWords } from '../i18n/app-i18n';

const RETRY_MS = 2000;

/** Whether the words are there; loads them when `wanted` (a workspace is open or opening). */
export function useWorkspaceWords(wanted: boolean): boolean {
  const { i18n } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  const ready = hasWorkspaceWords(i18n);
  useEffect(() => {
    if (ready || !wanted) return;
    let live = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    loadWorkspaceWords(i18n).then(
      () => live && startTransition(() => setAttempt((value) => value + 1)),
      () => {
        if (live) retry = setTimeout(() => setAttempt((value) => value + 1), RETRY_MS);
      },
    );
    return () => {
      live = false;
      clearTimeout(retry);
    };
  }, [i18n, ready, wanted, attempt]);
  return ready;
}

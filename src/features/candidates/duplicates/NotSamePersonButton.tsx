// "Pas la même personne": an adviser says two flagged files are two different people. The mark is
// stored on one of the files (`notSamePersonAs`, synced like any change) so that neither this
// tablet nor any other flags the pair again.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidateRecord } from '../candidate-types';
import { displayName } from '../candidate-display';
import { useCandidatesRepo } from '../use-candidates-repo';

export function NotSamePersonButton({ first, second, onMarked }: { first: CandidateRecord; second: CandidateRecord; onMarked: (message: string) => void }) {
  const { t } = useTranslation();
  const repo = useCandidatesRepo();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const noName = t('candidates.noName');

  function mark() {
    setBusy(true);
    setFailed(false);
    const marks = first.data.notSamePersonAs ?? [];
    repo
      .update(first.id, { notSamePersonAs: [...new Set([...marks, second.id])] })
      .then(() => onMarked(t('fileAdmin.notSame.done')))
      .catch(() => {
        setFailed(true);
        setBusy(false);
      });
  }

  return (
    <>
      <button
        type="button"
        className="button"
        disabled={busy}
        aria-label={t('fileAdmin.notSame.label', { first: displayName(first.data) ?? noName, second: displayName(second.data) ?? noName })}
        onClick={mark}
      >
        {t('fileAdmin.notSame.button')}
      </button>
      {failed ? (
        <p role="alert" className="field__error">
          {t('fileAdmin.notSame.error')}
        </p>
      ) : null}
    </>
  );
}

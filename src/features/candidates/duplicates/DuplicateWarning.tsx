// Shown on the intake form while the typed names and birth date look like existing files: each
// with "open this file", and one "it is another person, continue" that lets the save go on.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DuplicateCandidate } from './DuplicateCandidate';
import type { DuplicateHit } from './use-likely-duplicates';
import { useDuplicateContext } from './use-duplicate-context';

interface DuplicateWarningProps {
  hits: readonly DuplicateHit[];
  onContinue: () => void;
  /** The adviser opens an existing file: what was typed is not a new person. */
  onOpen: () => void;
  /** How many times the adviser tried to save without answering (0: not yet): say so, take the focus. */
  mustAnswer: number;
}

export function DuplicateWarning({ hits, onContinue, onOpen, mustAnswer }: DuplicateWarningProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (mustAnswer > 0) headingRef.current?.focus();
  }, [mustAnswer]);
  const context = useDuplicateContext();
  const headingId = useId();
  return (
    <section className="duplicate-warning" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="duplicate-warning__title">
        {t('duplicates.title', { count: hits.length })}
      </h2>
      <p>{t('duplicates.text')}</p>
      {mustAnswer > 0 ? <p className="field__error" role="alert">{t('duplicates.mustAnswer')}</p> : null}
      <ul className="duplicate-warning__list">
        {hits.map(({ record, match }) => (
          <li key={record.id} className="duplicate-warning__item">
            <DuplicateCandidate record={record} match={match} siteName={context.siteName(record.siteId)} lastAction={context.lastAction(record.id)} />
            <Link to={`/candidats/${record.id}`} className="button" onClick={onOpen}>
              {t('duplicates.open')}
            </Link>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--primary" onClick={onContinue}>
        {t('duplicates.continue')}
      </button>
    </section>
  );
}

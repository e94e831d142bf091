// Shown on the intake form while the typed names and birth date look like existing files: each
// with "open this file", and one "it is another person, continue" that lets the save go on.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { displayName } from '../candidate-display';
import type { CandidateRecord } from '../candidate-types';
import { carryOver, hasExtras, type TypedExtras } from './carry-over';
import { DuplicateCandidate } from './DuplicateCandidate';
import type { DuplicateHit } from './use-likely-duplicates';
import { useDuplicateContext } from './use-duplicate-context';
import { SCREEN_PATHS } from '../../../domain/screen-paths';

interface DuplicateWarningProps {
  hits: readonly DuplicateHit[];
  onContinue: () => void;
  /** The adviser opens an existing file: what was typed is not a new person. */
  onOpen: () => void;
  /** How many times the adviser tried to save without answering (0: not yet): say so, take the focus. */
  mustAnswer: number;
  /** The phone, e-mail and notes typed so far (read when "open" is tapped). */
  typedExtras?: () => TypedExtras;
  /** Carries typed values into the existing file, then opens it (the draft goes). */
  onCarry?: (record: CandidateRecord, changes: ReturnType<typeof carryOver>['changes']) => Promise<void>;
  /** Opens the existing file and keeps what was typed as a draft. */
  onKeepDraft?: (record: CandidateRecord) => void;
}

export function DuplicateWarning({ hits, onContinue, onOpen, mustAnswer, typedExtras, onCarry, onKeepDraft }: DuplicateWarningProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<{ record: CandidateRecord; typed: TypedExtras } | null>(null);
  const [busy, setBusy] = useState(false);
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
            <Link
              to={SCREEN_PATHS.candidate(record.id)}
              className="button"
              onClick={(event) => {
                const typed = typedExtras?.();
                if (typed && onCarry && onKeepDraft && hasExtras(typed)) {
                  event.preventDefault(); // ask first: the typed phone and notes must not be lost
                  setAsking({ record, typed });
                  return;
                }
                onOpen();
              }}
            >
              {t('duplicates.open')}
            </Link>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--primary" onClick={onContinue}>
        {t('duplicates.continue')}
      </button>
      {asking && onCarry && onKeepDraft ? (
        <CarryDialog
          asking={asking}
          busy={busy}
          onCarry={(changes) => {
            setBusy(true);
            void onCarry(asking.record, changes).finally(() => setBusy(false));
          }}
          onKeep={() => onKeepDraft(asking.record)}
        />
      ) : null}
    </section>
  );
}

function CarryDialog({
  asking,
  busy,
  onCarry,
  onKeep,
}: {
  asking: { record: CandidateRecord; typed: TypedExtras };
  busy: boolean;
  onCarry: (changes: ReturnType<typeof carryOver>['changes']) => void;
  onKeep: () => void;
}) {
  const { t } = useTranslation();
  const { changes, conflicting } = carryOver(asking.record.data, asking.typed);
  const name = displayName(asking.record.data) ?? t('candidates.noName');
  const carried = (['phone', 'email', 'notes'] as const).filter((field) => changes[field] !== undefined);
  return (
    <ConfirmDialog
      title={t('duplicates.carry.title', { name })}
      text={
        <>
          {carried.length > 0 ? (
            <>
              <span>{t('duplicates.carry.text')}</span>
              <ul>
                {carried.map((field) => (
                  <li key={field}>{t(`duplicates.carry.field.${field}`)}</li>
                ))}
              </ul>
            </>
          ) : null}
          {conflicting.map((field) => (
            <span key={field} className="field__hint">
              {t(`duplicates.carry.conflicting.${field}`)}
            </span>
          ))}
          <span>{t('duplicates.carry.draft')}</span>
        </>
      }
      confirmLabel={t('duplicates.carry.confirm')}
      cancelLabel={t('duplicates.carry.keep')}
      busy={busy}
      confirmDisabled={carried.length === 0}
      onConfirm={() => onCarry(changes)}
      onCancel={onKeep}
    />
  );
}

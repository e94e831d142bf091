// "Positionnements" on a person's file: every sitting, newest first, with its métier and state. A
// completed one opens the review; one interrupted (the adviser left candidate mode with the PIN)
// can be resumed where it stopped, or discarded with a confirmation (kept, marked `discardedAt`).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { SCREEN_PATHS } from '../../domain/screen-paths';
import { useWorkspace } from '../../components/session/session-context';
import { formatInstant } from '../../i18n/format';
import type { LocalRecord } from '../../sync/workspace';
import { sittingSettings } from '../positioning/sitting';
import { metierName } from './module-words';
import { reviewPath, synthesisPath } from './paths';

type Positioning = Pick<LocalRecord<'positionings'>, 'id' | 'data'>;
type SittingState = 'completed' | 'interrupted' | 'discarded';

function stateOf(record: Positioning): SittingState {
  if (record.data.completedAt) return 'completed';
  return record.data.discardedAt ? 'discarded' : 'interrupted';
}

function dayOf(instant: string | null | undefined, language: string): string {
  return instant ? formatInstant(instant, language, 'longDay') : '';
}

function metierOf(record: Positioning): string | undefined {
  const own = (record.data as { metier?: unknown }).metier;
  return typeof own === 'string' ? own : sittingSettings(record.data)?.metier;
}

export function PositioningsSection({ positionings }: { positionings: readonly Positioning[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const workspace = useWorkspace();
  const navigate = useNavigate();
  const [discarding, setDiscarding] = useState<Positioning | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const sorted = [...positionings].sort((a, b) => (b.data.startedAt ?? '').localeCompare(a.data.startedAt ?? ''));

  async function resume(record: Positioning) {
    setProblem(null);
    // Leaving candidate mode needs the adviser's PIN: without one, the sitting is not handed over.
    if (!(await workspace.pin.isSet())) return setProblem(t('positioningReview.sittings.pinNeeded'));
    await workspace.candidateLock.lock(record.id);
    await navigate(SCREEN_PATHS.candidateMode(record.id));
  }

  return (
    <section className="file-section" aria-labelledby="file-positionings-title">
      <h2 id="file-positionings-title">{t('positioningReview.sittings.title')}</h2>
      {sorted.length === 0 ? <p>{t('positioningReview.sittings.none')}</p> : null}
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
      <ul className="sitting-list">
        {sorted.map((record) => {
          const metier = metierOf(record);
          const started = dayOf(record.data.startedAt, language);
          const state = stateOf(record);
          const when = record.data.completedAt ?? record.data.discardedAt ?? record.data.startedAt;
          const label = t('positioningReview.sittings.entry', { date: started, metier: metier ? metierName(metier, language) : '' });
          return (
            <li key={record.id} className={`sitting sitting--${state}`}>
              <p className="sitting__title">{label}</p>
              <p className="sitting__state">{t(`positioningReview.sittings.state.${state}`, { date: dayOf(when, language) })}</p>
              <div className="sitting__actions">
                {state === 'completed' ? (
                  <>
                    <Link to={reviewPath(record.id)} className="button" aria-label={t('positioningReview.sittings.openNamed', { sitting: label })}>
                      {t('positioningReview.sittings.open')}
                    </Link>
                    <Link to={synthesisPath(record.id)} className="button" aria-label={t('positioningReview.sittings.synthesisNamed', { sitting: label })}>
                      {t('positioningReview.sittings.synthesis')}
                    </Link>
                  </>
                ) : null}
                {state === 'interrupted' ? (
                  <>
                    <button type="button" className="button button--primary" aria-label={t('positioningReview.sittings.resumeNamed', { sitting: label })} onClick={() => void resume(record)}>
                      {t('positioningReview.sittings.resume')}
                    </button>
                    <button type="button" className="button button--danger" aria-label={t('positioningReview.sittings.discardNamed', { sitting: label })} onClick={() => setDiscarding(record)}>
                      {t('positioningReview.sittings.discard')}
                    </button>
                  </>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      {discarding ? (
        <ConfirmDialog
          title={t('positioningReview.sittings.confirmTitle')}
          text={t('positioningReview.sittings.confirmText')}
          confirmLabel={t('positioningReview.sittings.discard')}
          cancelLabel={t('positioningReview.cancel')}
          onCancel={() => setDiscarding(null)}
          onConfirm={() => {
            const record = discarding;
            setDiscarding(null);
            void workspace.repo('positionings').update(record.id, { discardedAt: new Date().toISOString() });
          }}
        />
      ) : null}
    </section>
  );
}

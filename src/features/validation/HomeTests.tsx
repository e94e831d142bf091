// For the home screen: upcoming validation tests, and tests whose date passed without a result.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useWorkspace } from '../../components/session/session-context';
import { useRecords } from '../../components/use-records';
import { brusselsDate } from '../../domain/dates';
import { isTestAwaitingResult, isUpcomingTest } from '../../domain/validation-rules';
import type { LocalRecord } from '../../sync/workspace';
import { formatDate } from './validation-labels';
import { displayName } from '../candidates/candidate-display';
import { SCREEN_PATHS } from '../../domain/screen-paths';

const MAX_SHOWN = 8;

export function HomeTests() {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const steps = useRecords(useMemo(() => workspace.repo('validationSteps'), [workspace]));
  const candidates = useRecords(useMemo(() => workspace.repo('candidates'), [workspace]));
  if (!steps) return null;
  const today = brusselsDate();
  const byDate = (a: LocalRecord<'validationSteps'>, b: LocalRecord<'validationSteps'>) => (a.data.testDate ?? '').localeCompare(b.data.testDate ?? '');
  const upcoming = steps.filter((step) => isUpcomingTest(step.data, today)).sort(byDate);
  const awaiting = steps.filter((step) => isTestAwaitingResult(step.data, today)).sort(byDate);
  const nameOf = (candidateId: string | undefined) => {
    const data = candidates?.find((candidate) => candidate.id === candidateId)?.data;
    return displayName(data) ?? t('validationSteps.unknownPerson');
  };

  const list = (id: string, title: string, items: LocalRecord<'validationSteps'>[], empty: string) => (
    <div className="home-tests__group">
      <h3 id={id}>{title}</h3>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul aria-labelledby={id}>
          {items.slice(0, MAX_SHOWN).map((step) => (
            <li key={step.id}>
              <Link to={SCREEN_PATHS.validation(step.data.candidateId ?? '')}>
                {t('validationSteps.home.item', { name: nameOf(step.data.candidateId), uc: step.data.uc, date: formatDate(step.data.testDate, i18n.language) })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
  const upcomingList = list('home-tests-upcoming', t('validationSteps.home.upcoming', { count: upcoming.length }), upcoming, t('validationSteps.home.noUpcoming'));
  const awaitingList = list('home-tests-awaiting', t('validationSteps.home.awaiting', { count: awaiting.length }), awaiting, t('validationSteps.home.noAwaiting'));

  return (
    <section aria-labelledby="home-tests" className="home-tests">
      <h2 id="home-tests">{t('validationSteps.home.title')}</h2>
      {upcomingList}
      {awaitingList}
    </section>
  );
}

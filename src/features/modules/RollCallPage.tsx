// /modules/:sessionId/appel: per person, the five statuses in view and one tap to set one, hours
// defaulting from the session times (editable), every choice saved at once (offline too).
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../../components/use-document-title';
import type { LocalRecord } from '../../sync/workspace';
import { ATTENDANCE_STATUS_CODES } from '../../domain/codes';
import { rollCallChoice, sessionHours, summarizeAttendance } from '../../domain/attendance';
import { formatDay, moduleLabel, personName } from './module-format';
import { RollCallRow } from './RollCallRow';
import { useSessionRollCall } from './use-module-data';
import './modules.css';
import { SCREEN_PATHS } from '../../domain/screen-paths';

const statusOf = (row: LocalRecord<'attendance'>): string => row.data.status ?? 'inscrit';

export function RollCallPage() {
  const { t, i18n } = useTranslation();
  const { sessionId = '' } = useParams();
  const { repos, sessions, attendance, candidates } = useSessionRollCall(sessionId);
  const session = sessions?.find((record) => record.id === sessionId);
  const title = session
    ? t('modules.rollCall.title', { module: moduleLabel(session.data.module, i18n.language), date: formatDay(session.data.date, i18n.language) })
    : t('modules.rollCall.heading');
  useDocumentTitle(title);

  if (sessions === undefined || attendance === undefined || candidates === undefined) return <p>{t('modules.loading')}</p>;
  if (!session) {
    return (
      <>
        <h1>{t('modules.notFound')}</h1>
        <Link to={SCREEN_PATHS.modules} className="link-target">{t('modules.backToList')}</Link>
      </>
    );
  }

  const fullHours = sessionHours(session.data.startTime, session.data.endTime);
  const nameOf = (candidateId: string | undefined) =>
    personName(candidates?.find((candidate) => candidate.id === candidateId)?.data, t('modules.unknownPerson'));
  const rows = [...attendance].sort((a, b) => nameOf(a.data.candidateId).localeCompare(nameOf(b.data.candidateId), i18n.language));
  const summary = summarizeAttendance(rows.map((row) => row.data.status));
  const notCalled = rows.filter((row) => statusOf(row) === 'inscrit');

  return (
    <>
      <p>
        <Link to={SCREEN_PATHS.session(session.id)} className="link-target">{t('modules.rollCall.back')}</Link>
      </p>
      <h1>{title}</h1>
      <p className="roll-call__hint">{t('modules.rollCall.hint')}</p>
      <dl className="roll-call__summary" aria-live="polite">
        {ATTENDANCE_STATUS_CODES.map((status) => (
          <div key={status} className={`roll-call__count roll-call__count--${status}`}>
            <dt>{t(`modules.status.${status}`)}</dt>
            <dd>{summary[status as keyof typeof summary]}</dd>
          </div>
        ))}
      </dl>
      {notCalled.length > 1 ? (
        <button
          type="button"
          className="button button--large"
          onClick={() => void repos.attendance.updateMany(notCalled.map((row) => ({ id: row.id, changes: rollCallChoice('present', fullHours) })))}
        >
          {t('modules.rollCall.allPresent', { count: notCalled.length })}
        </button>
      ) : null}
      {rows.length === 0 ? (
        <p>{t('modules.rollCall.nobody')}</p>
      ) : (
        <ul className="roll-call" aria-label={t('modules.rollCall.list')}>
          {rows.map((row) => (
            <RollCallRow
              key={row.id}
              rowId={row.id}
              name={nameOf(row.data.candidateId)}
              status={statusOf(row)}
              hours={row.data.hours}
              onChoose={(status) => void repos.attendance.update(row.id, rollCallChoice(status, fullHours))}
              onSaveHours={(hours) => void repos.attendance.update(row.id, { hours })}
            />
          ))}
        </ul>
      )}
    </>
  );
}

export { RollCallPage as Component };

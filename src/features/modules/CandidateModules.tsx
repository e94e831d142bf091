// For the candidate file: the sessions a person is enrolled in, their status and attendance rate
// (the rows come from the file's read model, candidate-file/use-file-records.ts).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { attendanceRate } from '../../domain/attendance';
import { formatHours, formatPercent } from '../../i18n/format';
import { formatDay, moduleLabel, sessionSortKey, timeRange } from './module-format';
import type { LocalRecord } from '../../sync/workspace';
import './modules.css';
import { SCREEN_PATHS } from '../../domain/screen-paths';

interface CandidateModulesProps {
  candidateId: string;
  /** The person's attendance rows and their sessions, from the file's read model. */
  attendance: LocalRecord<'attendance'>[] | undefined;
  sessions: LocalRecord<'moduleSessions'>[] | undefined;
}

export function CandidateModules({ candidateId, attendance, sessions }: CandidateModulesProps) {
  const { t, i18n } = useTranslation();
  const rows = (attendance ?? [])
    .filter((row) => row.data.candidateId === candidateId)
    .map((row) => ({ row, session: sessions?.find((session) => session.id === row.data.sessionId) }))
    .filter((entry) => entry.session)
    .sort((a, b) => sessionSortKey(b.session!.data).localeCompare(sessionSortKey(a.session!.data)));
  const rate = attendanceRate(rows.map((entry) => entry.row.data.status));

  return (
    <section aria-labelledby={`candidate-modules-${candidateId}`} className="candidate-modules">
      <h2 id={`candidate-modules-${candidateId}`}>{t('modules.candidate.title')}</h2>
      {rows.length === 0 ? (
        <p>{t('modules.candidate.none')}</p>
      ) : (
        <>
          <p className="candidate-modules__rate">
            {rate === undefined ? t('modules.candidate.noRollCall') : t('modules.candidate.rate', { percent: formatPercent(rate, i18n.language) })}
          </p>
          <ul className="session-list">
            {rows.map(({ row, session }) => (
              <li key={row.id} className="session-row">
                <Link to={SCREEN_PATHS.session(session!.id)} className="session-row__link">
                  <span className="session-row__when">
                    {formatDay(session!.data.date, i18n.language)} {timeRange(session!.data)}
                  </span>
                  <span className="session-row__module">{moduleLabel(session!.data.module, i18n.language)}</span>
                  <span className="session-row__places">
                    {t(`modules.status.${row.data.status ?? 'inscrit'}`)}
                    {row.data.hours != null ? ` · ${formatHours(row.data.hours, t)}` : ''}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

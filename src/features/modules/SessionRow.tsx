// One session in the list: date, times, module, title, facilitator, places taken / capacity.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LocalRecord } from '../../sync/workspace';
import { formatDay, moduleLabel, timeRange } from './module-format';
import { TypedText } from '../../components/PersonName';
import { isolatedText } from '../../domain/bidi';
import { SCREEN_PATHS } from '../../domain/screen-paths';

export function SessionRow({ session, taken }: { session: LocalRecord<'moduleSessions'>; taken: number }) {
  const { t, i18n } = useTranslation();
  const data = session.data;
  const places = data.capacity != null ? t('modules.places', { taken, capacity: data.capacity }) : t('modules.enrolledCount', { count: taken });
  return (
    <li className="session-row">
      <Link to={SCREEN_PATHS.session(session.id)} className="session-row__link">
        <span className="session-row__when">
          {formatDay(data.date, i18n.language)} {timeRange(data)}
        </span>
        <span className="session-row__module">{moduleLabel(data.module, i18n.language)}</span>
        {data.title ? <TypedText className="session-row__title">{data.title}</TypedText> : null}
        {data.facilitator ? <span className="session-row__facilitator">{t('modules.facilitatorIs', { name: isolatedText(data.facilitator) })}</span> : null}
        <span className="session-row__places">{places}</span>
      </Link>
    </li>
  );
}

// The file's history, newest first: every entry in words with its date.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMetierCatalogue } from '../../components/metiers/use-metier-catalogue';
import { findUc, ucDisplay } from '../../domain/metiers/catalogue';
import type { TimelineEntry } from '../../domain/timeline';
import { formatDay } from './labels';
import { entryWords } from './timeline-words';
import { SCREEN_PATHS } from '../../domain/screen-paths';

export function FileTimeline({ entries, candidateId }: { entries: TimelineEntry[]; candidateId: string }) {
  const { t, i18n } = useTranslation();
  const { catalogue } = useMetierCatalogue();
  const ucText = (metier: string | undefined, uc: string | undefined) => ucDisplay(findUc(catalogue, metier, uc), uc);
  return (
    <section className="file-section" aria-labelledby="file-timeline-title">
      <h2 id="file-timeline-title">{t('candidateFile.timeline.title')}</h2>
      {entries.length === 0 ? <p>{t('candidateFile.timeline.empty')}</p> : null}
      {entries.length === 0 ? null : (
      <ol className="timeline" aria-labelledby="file-timeline-title">
        {entries.map((entry) => {
          const words = entryWords(entry, candidateId, t, i18n.language, ucText);
          return (
            <li key={entry.key} className={`timeline__entry timeline__entry--${entry.kind}`}>
              <p className="timeline__date">{entry.date ? formatDay(entry.date, i18n.language) : t('candidateFile.timeline.undated')}</p>
              <div>
                <p className="timeline__title">{words.title}</p>
                {words.details.map((line, index) => (
                  <p key={index} className="timeline__detail">
                    {line}
                  </p>
                ))}
                {entry.kind === 'positioning' ? (
                  <p className="timeline__detail">
                    <Link className="link-target" to={SCREEN_PATHS.positioning(entry.recordId)}>
                      {t(entry.completed ? 'positioningReview.openFromFile' : 'positioningReview.openUnfinishedFromFile')}
                    </Link>
                  </p>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
      )}
    </section>
  );
}

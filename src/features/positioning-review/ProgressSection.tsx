// Progress over time: the sittings of the same accompaniment side by side, one column per
// sitting (with its date), one row per domain: the candidate's score, the change since the
// sitting before (with its sign), and the adviser's score when they rated.
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../i18n/format';
import { textLang } from './review-model';
import type { ProgressSeries } from '../../domain/positioning/progress';

interface ProgressSectionProps {
  series: ProgressSeries;
  currentId: string;
  titleOf: (domainId: string) => string;
}

function dayOf(value: string | null | undefined, language: string): string {
  return value ? formatInstant(value, language, 'longDay') : '';
}

export function ProgressSection({ series, currentId, titleOf }: ProgressSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <section className="review-section" aria-labelledby="review-progress-title">
      <h2 id="review-progress-title">{t('positioningReview.progress.title')}</h2>
      {series.sittings.length < 2 ? <p>{t('positioningReview.progress.onlyOne')}</p> : null}
      <div className="progress-table__scroll">
        <table className="progress-table">
          <caption className="progress-table__caption">{t('positioningReview.progress.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('positioningReview.progress.domain')}</th>
              {series.sittings.map((sitting, index) => (
                <th scope="col" key={sitting.id}>
                  {t('positioningReview.progress.sitting', { number: index + 1 })}
                  <span className="progress-table__date">{dayOf(sitting.completedAt, language)}</span>
                  {sitting.id === currentId ? <span className="progress-table__current">{t('positioningReview.progress.current')}</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.rows.map((row) => (
              <tr key={row.domainId}>
                <th scope="row" lang={textLang(language)}>{titleOf(row.domainId)}</th>
                {row.cells.map((cell) => (
                  <td key={cell.sittingId}>
                    <span className="progress-cell__score">{cell.candidate === null ? '–' : t('positioningReview.compare.score', { score: cell.candidate })}</span>
                    <span className="progress-cell__bar" aria-hidden="true">
                      <span style={{ width: `${cell.candidate ?? 0}%` }} />
                    </span>
                    {cell.change !== null ? (
                      <span className={`progress-cell__change progress-cell__change--${cell.change > 0 ? 'up' : cell.change < 0 ? 'down' : 'same'}`}>
                        {cell.change > 0
                          ? t('positioningReview.progress.up', { points: cell.change })
                          : cell.change < 0
                            ? t('positioningReview.progress.down', { points: -cell.change })
                            : t('positioningReview.progress.same')}
                      </span>
                    ) : null}
                    {cell.adviser !== null ? <span className="progress-cell__adviser">{t('positioningReview.progress.adviser', { score: cell.adviser })}</span> : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

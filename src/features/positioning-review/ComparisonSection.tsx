// Candidate vs adviser: domain scores as a chart, then item by item per domain, the rows where
// the two views differ marked with a sign and words (not by colour alone).
import { useTranslation } from 'react-i18next';
import { DOMAIN_SAME_POINTS, type DomainComparison } from '../../domain/positioning/comparison';
import { COMPARED_LEVEL_KEY, GAP_KEY, GAP_SIGN } from './level-words';
import { DomainScoresChart } from './DomainScoresChart';
import { domainTitle, itemById, textIn, textLang, type Sitting } from './review-model';
import { ColumnHeads } from '../../components/ColumnHeads';

export function ComparisonSection({ sitting, comparisons }: { sitting: Sitting; comparisons: DomainComparison[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const q = sitting.questionnaire;
  const titleOf = (domainId: string) => domainTitle(q, domainId, language);
  const rated = comparisons.some((domain) => domain.adviserScore !== null);
  const levelWords = (level: keyof typeof COMPARED_LEVEL_KEY | undefined, missing: string) => (level ? t(COMPARED_LEVEL_KEY[level]) : missing);

  return (
    <section className="review-section" aria-labelledby="review-compare-title">
      <h2 id="review-compare-title">{t('positioningReview.compare.title')}</h2>
      {!rated ? <p className="field__hint">{t('positioningReview.compare.notRatedYet')}</p> : null}
      <p className="field__hint">{t('positioningReview.compare.sameMeans', { points: DOMAIN_SAME_POINTS })}</p>
      <DomainScoresChart comparisons={comparisons} titleOf={titleOf} />
      {comparisons
        .filter((domain) => domain.items.length > 0)
        .map((domain) => (
          <table key={domain.domainId} className="compare-table">
            <caption>
              <span lang={textLang(language)}>{titleOf(domain.domainId)}</span>
              {domain.ratedItems > 0 ? (
                <span className="compare-table__summary">
                  {t('positioningReview.compare.differing', { count: domain.differingItems, total: domain.items.length })}
                </span>
              ) : null}
            </caption>
            <ColumnHeads labels={[t('positioningReview.compare.item'), t('positioningReview.compare.candidate'), t('positioningReview.compare.adviser'), t('positioningReview.compare.gap')]} />
            <tbody>
              {domain.items.map((item) => {
                const question = itemById(q, item.itemId);
                const differs = item.gap === 'adviser-higher' || item.gap === 'adviser-lower';
                return (
                  <tr key={item.itemId} className={differs ? 'compare-row compare-row--differs' : 'compare-row'}>
                    <th scope="row" lang={textLang(language)}>{question ? textIn(question.text, language) : item.itemId}</th>
                    <td>{levelWords(item.candidate, t('positioningReview.compare.noAnswer'))}</td>
                    <td>{levelWords(item.adviser, t('positioningReview.compare.notRated'))}</td>
                    <td className={`gap-cell gap-cell--${item.gap}`}>
                      <span aria-hidden="true" className="gap-cell__sign">
                        {GAP_SIGN[item.gap]}
                      </span>{' '}
                      {t(GAP_KEY[item.gap])}
                      {differs ? ` ${t('positioningReview.compare.steps', { count: item.steps })}` : ''}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ))}
    </section>
  );
}

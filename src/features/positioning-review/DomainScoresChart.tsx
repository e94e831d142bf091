// Domain scores as bars, candidate and adviser side by side. The numbers are written beside the
// bars and the two series differ by pattern (plain / striped) as well as colour; the bars
// themselves are decoration, the text carries the values.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { textLang } from './review-model';
import type { DomainComparison } from '../../domain/positioning/comparison';
import { GAP_KEY, GAP_SIGN } from './level-words';

interface DomainScoresChartProps {
  comparisons: DomainComparison[];
  titleOf: (domainId: string) => string;
}

function Bar({ kind, label, score }: { kind: 'candidate' | 'adviser'; label: string; score: number | null }) {
  const { t } = useTranslation();
  return (
    <div className={`score-bar score-bar--${kind}`}>
      <span className="score-bar__who">{label}</span>
      <span className="score-bar__track" aria-hidden="true">
        {score !== null ? <span className="score-bar__fill" style={{ width: `${Math.max(score, 1)}%` }} /> : null}
      </span>
      <span className="score-bar__value">{score === null ? t('positioningReview.compare.noScore') : t('positioningReview.compare.score', { score })}</span>
    </div>
  );
}

export function DomainScoresChart({ comparisons, titleOf }: DomainScoresChartProps) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  return (
    <figure className="score-chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="score-chart__caption">{t('positioningReview.compare.chartCaption')}</figcaption>
      <ul className="score-chart__domains">
        {comparisons.map((domain) => (
          <li key={domain.domainId} className={`score-chart__domain score-chart__domain--${domain.gap}`}>
            <p className="score-chart__title">
              <span lang={textLang(i18n.language)}>{titleOf(domain.domainId)}</span>
              <span className={`gap-badge gap-badge--${domain.gap}`}>
                <span aria-hidden="true">{GAP_SIGN[domain.gap]} </span>
                {t(GAP_KEY[domain.gap])}
                {domain.difference !== null && domain.gap !== 'same' ? ` (${domain.difference > 0 ? '+' : '−'}${Math.abs(domain.difference)})` : ''}
              </span>
            </p>
            <Bar kind="candidate" label={t('positioningReview.compare.candidate')} score={domain.candidateScore} />
            <Bar kind="adviser" label={t('positioningReview.compare.adviser')} score={domain.adviserScore} />
          </li>
        ))}
      </ul>
    </figure>
  );
}

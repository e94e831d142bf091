// The validation funnel as CSS bars. The numbers are written next to each bar, so the text is its
// own equivalent; the bars themselves are decoration for sighted readers.
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import type { ValidationFigures } from '../../domain/report';

export function FunnelChart({ figures }: { figures: ValidationFigures }) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const steps = [
    { key: 'registrations', value: figures.registrations },
    { key: 'testsTaken', value: figures.testsTaken },
    { key: 'titres', value: figures.titres },
  ] as const;
  const max = Math.max(1, ...steps.map((step) => step.value));
  return (
    <figure className="funnel">
      <figcaption className="funnel__caption">{t('reports.funnel.title')}</figcaption>
      <ul className="funnel__bars">
        {steps.map((step) => (
          <li key={step.key} className="funnel__step">
            <span className="funnel__label">{t(`reports.col.${step.key}`)}</span>
            <span className="funnel__track" aria-hidden="true">
              <span className="funnel__bar" style={{ width: `${(step.value / max) * 100}%` }} />
            </span>
            <span className="funnel__value">{number(step.value)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

// The candidate's one-page synthesis itself, always in simplified French (the results belong to
// the person, whatever the adviser's language), with a pictogram beside every line.
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../i18n/format';
import type { PlannedModule } from '../../domain/positioning/module-decisions';
import { Pictogram } from '../positioning/Pictogram';
import { modulePictogram, rulesOf } from './module-words';
import type { Sitting } from './review-model';
import type { CanDo, NextStep } from './synthesis-model';
import { PersonName } from '../../components/PersonName';
import { isolatedText } from '../../domain/bidi';

/** "lundi 30 novembre 2026" for a calendar date. */
export function longDay(date: string): string {
  return formatDay(date, 'fr', 'weekdayLong');
}

interface SynthesisSheetProps {
  name: string;
  sittingDay?: string;
  sitting: Sitting;
  strengths: CanDo;
  modules: PlannedModule[];
  steps: NextStep[];
  adviserName: string;
}

export function SynthesisSheet({ name, sittingDay, sitting, strengths, modules, steps: dated, adviserName }: SynthesisSheetProps) {
  const { t } = useTranslation(undefined, { lng: 'fr' });
  const stepWords = (step: NextStep) =>
    step.kind === 'session'
      ? t('positioningReview.synthesis.sessionStep', {
          day: longDay(step.date),
          hours: step.startTime && step.endTime ? t('positioningReview.synthesis.hours', { start: step.startTime, end: step.endTime }) : '',
          module: step.module ? t(`positioningReview.synthesis.module.${step.module}`) : '',
        })
      : t('positioningReview.synthesis.testStep', { day: longDay(step.date) });

  return (
      <article className="synthesis" lang="fr" aria-labelledby="synthesis-title">
        <header className="synthesis__header">
          <Pictogram id="medal" size={64} />
          <div>
            <h1 id="synthesis-title">{t('positioningReview.synthesis.title')}</h1>
            {name ? (
              <p className="synthesis__name">
                <PersonName>{name}</PersonName>
              </p>
            ) : null}
            {sittingDay ? <p className="synthesis__date">{t('positioningReview.synthesis.sittingDay', { day: longDay(sittingDay) })}</p> : null}
          </div>
        </header>

        <section className="synthesis__part" aria-labelledby="synthesis-can-do">
          <h2 id="synthesis-can-do">
            <Pictogram id="can-do-well" size={40} />
            {t('positioningReview.synthesis.canDoTitle')}
          </h2>
          {strengths.domains.length === 0 && strengths.tasks.length === 0 ? <p>{t('positioningReview.synthesis.canDoNone')}</p> : null}
          <ul className="synthesis__list">
            {strengths.domains.map((domain) => (
              <li key={domain.domainId}>
                <Pictogram id={domain.pictogram} size={40} />
                <span>{t('positioningReview.synthesis.strongDomain', { domain: domain.title })}</span>
              </li>
            ))}
            {strengths.tasks.map((task) => (
              <li key={task.itemId}>
                <Pictogram id={task.pictogram} size={40} />
                <span>{task.text}</span>
              </li>
            ))}
          </ul>
        </section>

        <section className="synthesis__part" aria-labelledby="synthesis-work-on">
          <h2 id="synthesis-work-on">
            <Pictogram id="training" size={40} />
            {t('positioningReview.synthesis.workOnTitle')}
          </h2>
          {modules.length === 0 ? <p>{t('positioningReview.synthesis.workOnNone')}</p> : null}
          <ul className="synthesis__list">
            {modules.map((entry) => {
              const reasons = rulesOf(sitting.questionnaire, entry.ruleIds).map((rule) => rule.reason.fr);
              if (entry.reason) reasons.push(entry.reason);
              return (
                <li key={entry.module}>
                  <Pictogram id={modulePictogram(sitting.questionnaire, entry.module)} size={40} />
                  <span>
                    <strong>{t(`positioningReview.synthesis.module.${entry.module}`)}</strong>
                    {reasons.map((reason, index) => (
                      <span key={index} className="synthesis__reason">
                        {reason}
                      </span>
                    ))}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>

        <section className="synthesis__part" aria-labelledby="synthesis-next">
          <h2 id="synthesis-next">
            <Pictogram id="agenda" size={40} />
            {t('positioningReview.synthesis.nextTitle')}
          </h2>
          <ul className="synthesis__list">
            {dated.map((step, index) => (
              <li key={index}>
                <Pictogram id={step.kind === 'test' ? 'exam' : 'duration'} size={40} />
                <span>{stepWords(step)}</span>
              </li>
            ))}
            {dated.length === 0 ? (
              <li>
                <Pictogram id="adviser" size={40} />
                <span>{t('positioningReview.synthesis.nextNone')}</span>
              </li>
            ) : null}
          </ul>
        </section>

        <footer className="synthesis__footer">
          <p>{t('positioningReview.synthesis.adviser', { name: isolatedText(adviserName) })}</p>
          <p>{t('positioningReview.synthesis.yours')}</p>
        </footer>
      </article>
  );
}

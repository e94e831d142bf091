// The candidate's one-page synthesis: simplified French, and the sitting's second language side by
// side when there was one (right to left for Arabic), a pictogram beside every line. Only what the
// candidate may read: the candidate reasons of the rules (never the adviser's), where they stand
// per UC, their own words, the orientation and the dated next steps.
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { OrientationCode, UcStanding } from '../../domain/positioning/agreement';
import type { PlannedModule } from '../../domain/positioning/module-decisions';
import { Pictogram } from '../positioning/Pictogram';
import { modulePictogram, rulesOf } from './module-words';
import type { Sitting } from './review-model';
import { candidateReason } from './rule-facts';
import { dayIn, type CanDo, type NextStep, type Words } from './synthesis-model';
import { synthesisT, type SynthesisLanguage } from './synthesis-words';
import { PersonName } from '../../components/PersonName';
import { isolatedText } from '../../domain/bidi';

/** "lundi 30 novembre 2026" for a calendar date. */
export function longDay(date: string): string {
  return dayIn(date, 'fr');
}

const UC_PICTOGRAM: Record<UcStanding, string> = { ready: 'can-do-well', partly: 'a-little', 'not-yet': 'not-yet', 'to-observe': 'trade-skills' };

function SheetHeading({ id, pictogram, children }: { id: string; pictogram: string; children: ReactNode }) {
  return (
    <h2 id={id}>
      <Pictogram id={pictogram} size={32} />
      {children}
    </h2>
  );
}

interface SynthesisSheetProps {
  name: string;
  sittingDay?: string;
  sitting: Sitting;
  strengths: CanDo;
  modules: PlannedModule[];
  steps: NextStep[];
  adviserName: string;
  ucs: { code: string; label?: string; standing: UcStanding }[];
  candidateWords?: string;
  orientation?: OrientationCode;
}

export function SynthesisSheet({ name, sittingDay, sitting, strengths, modules, steps: dated, adviserName, ucs, candidateWords, orientation }: SynthesisSheetProps) {
  const second = sitting.secondLanguage;
  const languages: SynthesisLanguage[] = second ? ['fr', second] : ['fr'];
  const ts = Object.fromEntries(languages.map((lang) => [lang, synthesisT(lang)])) as Record<SynthesisLanguage, TFunction>;

  /** One line in each language of the sheet, side by side. */
  const line = (of: (lang: SynthesisLanguage, t: TFunction) => ReactNode) => (
    <span className={languages.length > 1 ? 'synthesis__bi' : 'synthesis__mono'}>
      {languages.map((lang) => (
        <span key={lang} lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'} className="synthesis__lang">
          {of(lang, ts[lang])}
        </span>
      ))}
    </span>
  );
  const words = (text: Words) => (lang: SynthesisLanguage) => text[lang] ?? text.fr;
  const stepWords = (step: NextStep, lang: SynthesisLanguage, t: TFunction) =>
    step.kind === 'session'
      ? t('sessionStep', {
          day: dayIn(step.date, lang),
          hours: step.startTime && step.endTime ? t('hours', { start: step.startTime, end: step.endTime }) : '',
          module: step.module ? t(`module.${step.module}`) : '',
        })
      : t('testStep', { day: dayIn(step.date, lang) });
  const t = ts.fr;

  return (
    <article className={languages.length > 1 ? 'synthesis synthesis--bilingual' : 'synthesis'} lang="fr" aria-labelledby="synthesis-title">
      <header className="synthesis__header">
        <Pictogram id="medal" size={56} />
        <div>
          <h1 id="synthesis-title">{line((_lang, t) => t('title'))}</h1>
          {name ? (
            <p className="synthesis__name">
              <PersonName>{name}</PersonName>
            </p>
          ) : null}
          {sittingDay ? <p className="synthesis__date">{t('sittingDay', { day: longDay(sittingDay) })}</p> : null}
        </div>
      </header>

      <section className="synthesis__part" aria-labelledby="synthesis-can-do">
        <SheetHeading id="synthesis-can-do" pictogram="can-do-well">
          {line((_lang, t) => t('canDoTitle'))}
        </SheetHeading>
        {strengths.domains.length === 0 && strengths.tasks.length === 0 ? <p>{line((_lang, t) => t('canDoNone'))}</p> : null}
        <ul className="synthesis__list">
          {strengths.domains.map((domain) => (
            <li key={domain.domainId}>
              <Pictogram id={domain.pictogram} size={32} />
              {line((lang, t) => t('strongDomain', { domain: words(domain.title)(lang) }))}
            </li>
          ))}
          {strengths.tasks.map((task) => (
            <li key={task.itemId}>
              <Pictogram id={task.pictogram} size={32} />
              {line((lang) => words(task.text)(lang))}
            </li>
          ))}
        </ul>
      </section>

      {ucs.length > 0 ? (
        <section className="synthesis__part" aria-labelledby="synthesis-ucs">
          <SheetHeading id="synthesis-ucs" pictogram="exam">
          {line((_lang, t) => t('ucTitle'))}
        </SheetHeading>
          <ul className="synthesis__list">
            {ucs.map((uc) => (
              <li key={uc.code}>
                <Pictogram id={UC_PICTOGRAM[uc.standing]} size={32} />
                {line((lang, t) => `${lang === 'fr' && uc.label ? `${uc.code} (${uc.label})` : uc.code} : ${t(`uc.${uc.standing}`)}`)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="synthesis__part" aria-labelledby="synthesis-work-on">
        <SheetHeading id="synthesis-work-on" pictogram="training">
          {line((_lang, t) => t('workOnTitle'))}
        </SheetHeading>
        {modules.length === 0 ? <p>{line((_lang, t) => t('workOnNone'))}</p> : null}
        <ul className="synthesis__list">
          {modules.map((entry) => {
            const reasons = rulesOf(sitting.questionnaire, entry.ruleIds).map(candidateReason);
            return (
              <li key={entry.module}>
                <Pictogram id={modulePictogram(sitting.questionnaire, entry.module)} size={32} />
                {line((lang, t) => (
                  <>
                    <strong>{t(`module.${entry.module}`)}</strong>
                    {reasons.map((reason, index) => (
                      <span key={index} className="synthesis__reason">
                        {reason[lang] ?? reason.fr}
                      </span>
                    ))}
                  </>
                ))}
              </li>
            );
          })}
        </ul>
      </section>

      {orientation ? (
        <section className="synthesis__part" aria-labelledby="synthesis-orientation">
          <SheetHeading id="synthesis-orientation" pictogram="adviser">
          {line((_lang, t) => t('orientationTitle'))}
        </SheetHeading>
          <p>{line((_lang, t) => t(`orientation.${orientation}`))}</p>
        </section>
      ) : null}

      {candidateWords ? (
        <section className="synthesis__part" aria-labelledby="synthesis-words">
          <SheetHeading id="synthesis-words" pictogram="talk">
          {line((_lang, t) => t('wordsTitle'))}
        </SheetHeading>
          <blockquote className="synthesis__words">
            <p>{isolatedText(candidateWords)}</p>
          </blockquote>
        </section>
      ) : null}

      <section className="synthesis__part" aria-labelledby="synthesis-next">
        <SheetHeading id="synthesis-next" pictogram="agenda">
          {line((_lang, t) => t('nextTitle'))}
        </SheetHeading>
        <ul className="synthesis__list">
          {dated.map((step, index) => (
            <li key={index}>
              <Pictogram id={step.kind === 'test' ? 'exam' : 'duration'} size={32} />
              {line((lang, t) => stepWords(step, lang, t))}
            </li>
          ))}
          {dated.length === 0 ? (
            <li>
              <Pictogram id="adviser" size={32} />
              {line((_lang, t) => t('nextNone'))}
            </li>
          ) : null}
        </ul>
      </section>

      <footer className="synthesis__footer">
        <p>{line((_lang, t) => t('adviser', { name: isolatedText(adviserName) }))}</p>
        <p>{line((_lang, t) => t('yours'))}</p>
      </footer>
    </article>
  );
}

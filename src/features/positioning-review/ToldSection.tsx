// What the candidate told, read by the adviser and never rated: the project, their experience of
// the trade, how they feel about a test, their daily constraints (with the flags they raise).
import { useTranslation } from 'react-i18next';
import { scoreDomains } from '../../content/load';
import { FLAG_SIGN } from './level-words';
import { answerWords, domainTitle, textIn, textLang, type Sitting } from './review-model';

export function ToldSection({ sitting }: { sitting: Sitting }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const q = sitting.questionnaire;
  const flags = scoreDomains(q, sitting.answers).flatMap((entry) => entry.flags);
  const domainIds = [...new Set(sitting.told.map((screen) => screen.domainId))];
  return (
    <section className="review-section" aria-labelledby="review-told-title">
      <h2 id="review-told-title">{t('positioningReview.told.title')}</h2>
      {flags.length > 0 ? (
        <div className="told-flags" role="note" aria-label={t('positioningReview.told.flags')}>
          <p className="told-flags__title">{t('positioningReview.told.flags')}</p>
          <ul>
            {flags.map((code) => {
              const flag = q.flags.find((entry) => entry.code === code);
              return (
                <li key={code} lang={textLang(language)}>
                  <span aria-hidden="true">{FLAG_SIGN} </span>
                  {flag ? textIn(flag.label, language) : code}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      {domainIds.map((domainId) => (
        <div key={domainId} className="told-domain">
          <h3 lang={textLang(language)}>{domainTitle(q, domainId, language)}</h3>
          <dl className="told-list">
            {sitting.told
              .filter((screen) => screen.domainId === domainId)
              .map(({ item }) => (
                <div key={item.id} className="told-entry">
                  <dt lang={textLang(language)}>{textIn(item.text, language)}</dt>
                  <dd lang={textLang(language)}>{answerWords(q, item, sitting.answers[item.id], language) ?? t('positioningReview.compare.noAnswer')}</dd>
                </div>
              ))}
          </dl>
        </div>
      ))}
    </section>
  );
}

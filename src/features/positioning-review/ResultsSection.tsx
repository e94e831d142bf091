// Practice items (French, maths, a digital task): results with one right answer, not opinions. Per
// item: what the candidate heard or read, their answer, the right one, and right / wrong in words
// and a sign (never by colour alone); the domain's score on top.
import { useTranslation } from 'react-i18next';
import { DONT_KNOW } from '../../content/schema';
import { answerWords, candidateScores, domainTitle, textIn, textLang, type Sitting } from './review-model';

import { RESULT_SIGN, type ResultOutcome } from './level-words';
import type { Answer } from '../../content/load';
import { ColumnHeads } from '../../components/ColumnHeads';

function outcomeOf(answer: Answer | undefined, rightId: string | undefined): ResultOutcome {
  if (answer === undefined) return 'none';
  if (answer === DONT_KNOW) return 'dontKnow';
  return answer === rightId ? 'right' : 'wrong';
}

export function ResultsSection({ sitting }: { sitting: Sitting }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const q = sitting.questionnaire;
  const scores = candidateScores(sitting);
  const domainIds = [...new Set(sitting.results.map((screen) => screen.domainId))];
  if (domainIds.length === 0) return null;
  return (
    <section className="review-section" aria-labelledby="review-results-title">
      <h2 id="review-results-title">{t('positioningReview.results.title')}</h2>
      <p className="field__hint">{t('positioningReview.results.intro')}</p>
      {domainIds.map((domainId) => {
        const screens = sitting.results.filter((screen) => screen.domainId === domainId);
        const score = scores[domainId];
        return (
          <table key={domainId} className="compare-table results-table">
            <caption>
              <span lang={textLang(language)}>{domainTitle(q, domainId, language)}</span>
              <span className="compare-table__summary">
                {score === null || score === undefined ? t('positioningReview.compare.noScore') : t('positioningReview.results.score', { score })}
              </span>
            </caption>
            <ColumnHeads labels={[t('positioningReview.compare.item'), t('positioningReview.results.answer'), t('positioningReview.results.right'), t('positioningReview.results.outcome')]} />
            <tbody>
              {screens.map(({ item }) => {
                if (item.kind !== 'practice') return null;
                const answer = sitting.answers[item.id];
                const correct = item.choices.find((choice) => choice.correct);
                const outcome = outcomeOf(answer, correct?.id);
                return (
                  <tr key={item.id} className={`compare-row results-row--${outcome}`}>
                    <th scope="row">
                      <span lang={textLang(language)}>{textIn(item.text, language)}</span>
                      {item.stimulus ? (
                        <span className="results-stimulus">
                          {t(item.stimulus.mode === 'listen' ? 'positioningReview.results.heard' : 'positioningReview.results.read', { level: item.stimulus.level })}{' '}
                          <q lang="fr">{item.stimulus.text.fr}</q>
                        </span>
                      ) : null}
                    </th>
                    <td>{answerWords(q, item, answer, language) ?? t('positioningReview.compare.noAnswer')}</td>
                    <td lang={textLang(language)}>{correct ? textIn(correct.text, language) : ''}</td>
                    <td className="results-outcome">
                      <span aria-hidden="true" className="gap-cell__sign">
                        {RESULT_SIGN[outcome]}
                      </span>{' '}
                      {t(`positioningReview.results.outcomes.${outcome}`)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        );
      })}
    </section>
  );
}

// After the comparison, what the candidate and the adviser agree: a level per item ("to observe in
// practice" for a task neither can judge yet), the candidate's own words, and the orientation.
// Saving stores them with the recommendations re-run on the agreed levels and the observations.
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREED_LEVELS, ORIENTATIONS, agreementProblems, type AgreedLevel, type AgreedLevels, type ObservedUc, type Orientation, type OrientationCode } from '../../domain/positioning/agreement';
import { levelOfPoints } from '../../domain/positioning/comparison';
import type { StoredRecommendation } from '../../domain/positioning/module-decisions';
import { itemPoints } from '../../content/load';
import { agreedOutcome, storedRecommendations } from './agreed-model';
import { ADVISER_LEVEL_KEY } from './level-words';
import { answerWords, domainTitle, textIn, textLang, ucsOf, type Sitting } from './review-model';
import { suggestedOrientation } from './orientation';

export interface AgreementValues {
  agreedLevels: AgreedLevels;
  candidateWords: string | null;
  orientation: Orientation | null;
  recommendations: { module: string; reasons: string[] }[];
}

interface AgreementSectionProps {
  sitting: Sitting;
  agreed: AgreedLevels;
  candidateWords: string;
  orientation: Orientation | undefined;
  observed: readonly ObservedUc[];
  onSave: (values: AgreementValues) => Promise<void>;
}

const FROM_ADVISER: Record<string, AgreedLevel> = { acquired: 'acquired', partial: 'partly', 'not-yet': 'not-yet', 'not-observed': 'to-observe' };
const FROM_CANDIDATE: Record<string, AgreedLevel> = { acquired: 'acquired', partial: 'partly', 'not-yet': 'not-yet', 'dont-know': 'to-observe' };

/** The level offered before anything is agreed: the adviser's rating, else the candidate's answer. */
function startingLevel(sitting: Sitting, itemId: string): AgreedLevel | undefined {
  const rated = sitting.ratings.items[itemId];
  if (rated) return FROM_ADVISER[rated];
  const screen = sitting.rateable.find((entry) => entry.item.id === itemId);
  const level = screen ? levelOfPoints(itemPoints(sitting.questionnaire, screen.item, sitting.answers[itemId])) : undefined;
  return level ? FROM_CANDIDATE[level] : undefined;
}

function toWire(recommendations: StoredRecommendation[]) {
  return recommendations.map((entry) => ({ module: entry.module, reasons: entry.ruleIds }));
}

export function AgreementSection({ sitting, agreed, candidateWords, orientation, observed, onSave }: AgreementSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const ids = useId();
  const q = sitting.questionnaire;
  const [levels, setLevels] = useState<AgreedLevels>(() => {
    const start: AgreedLevels = {};
    for (const { item } of sitting.rateable) {
      const level = agreed[item.id] ?? startingLevel(sitting, item.id);
      if (level) start[item.id] = level;
    }
    return start;
  });
  const [words, setWords] = useState(candidateWords);
  const [code, setCode] = useState<OrientationCode | ''>(orientation?.code ?? '');
  const [note, setNote] = useState(orientation?.note ?? '');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const suggestion = useMemo(() => suggestedOrientation(sitting, levels, observed), [sitting, levels, observed]);
  const observedUcs = new Map(observed.map((entry) => [entry.uc, entry.result]));
  const domainIds = [...new Set(sitting.rateable.map((screen) => screen.domainId))];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = agreementProblems({ candidateWords: words, orientation: { code, note } });
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setStatus('saving');
    const outcome = agreedOutcome(sitting, levels, observed);
    try {
      await onSave({
        agreedLevels: levels,
        candidateWords: words.trim() === '' ? null : words.trim(),
        orientation: code ? { code, ...(note.trim() ? { note: note.trim() } : {}) } : null,
        recommendations: toWire(storedRecommendations(outcome.recommendations)),
      });
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <section className="review-section" aria-labelledby="review-agreement-title">
      <h2 id="review-agreement-title">{t('positioningReview.agreement.title')}</h2>
      <p className="field__hint">{t('positioningReview.agreement.intro')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="review-agreement-title">
        {domainIds.map((domainId) => (
          <fieldset key={domainId} className="form-section rating-domain">
            <legend lang={textLang(language)}>{domainTitle(q, domainId, language)}</legend>
            {sitting.rateable
              .filter((screen) => screen.domainId === domainId)
              .map(({ item }) => {
                const rated = sitting.ratings.items[item.id];
                const ucs = ucsOf(item);
                const observedHere = ucs.flatMap((uc) => {
                  const result = observedUcs.get(uc);
                  return result ? [t('positioningReview.agreement.observed', { uc, result: t(`positioningReview.observed.${result}`) })] : [];
                });
                return (
                  <fieldset key={item.id} className="choice-group rating-item">
                    <legend className="field__label" lang={textLang(language)}>
                      {textIn(item.text, language)}
                      {ucs.length > 0 ? <span className="agreement-ucs"> ({ucs.join(', ')})</span> : null}
                    </legend>
                    <p className="rating-item__candidate">
                      {t('positioningReview.rating.candidateSaid', { answer: answerWords(q, item, sitting.answers[item.id], language) ?? t('positioningReview.rating.noAnswer') })}
                      {rated ? ` · ${t('positioningReview.agreement.adviserSaid', { level: t(ADVISER_LEVEL_KEY[rated]) })}` : ''}
                    </p>
                    {observedHere.map((text) => (
                      <p key={text} className="rating-item__candidate">
                        {text}
                      </p>
                    ))}
                    <div className="choice-group__options">
                      {AGREED_LEVELS.map((level) => (
                        <label key={level} className="choice">
                          <input
                            type="radio"
                            name={`${ids}-${item.id}`}
                            value={level}
                            checked={levels[item.id] === level}
                            onChange={() => {
                              setLevels((current) => ({ ...current, [item.id]: level }));
                              setStatus('idle');
                            }}
                          />
                          {t(`positioningReview.agreed.${level}`)}
                        </label>
                      ))}
                    </div>
                  </fieldset>
                );
              })}
          </fieldset>
        ))}
        <div className={problems.candidateWords ? 'field field--invalid' : 'field'}>
          <label className="field__label" htmlFor={`${ids}-words`}>
            {t('positioningReview.agreement.words')}
          </label>
          <p id={`${ids}-words-hint`} className="field__hint">
            {t('positioningReview.agreement.wordsHint')}
          </p>
          <textarea
            autoComplete="off"
            id={`${ids}-words`}
            className="input input--area"
            value={words}
            aria-invalid={problems.candidateWords ? true : undefined}
            aria-describedby={problems.candidateWords ? `${ids}-words-hint ${ids}-words-error` : `${ids}-words-hint`}
            onChange={(event) => {
              setWords(event.target.value);
              setStatus('idle');
            }}
          />
          {problems.candidateWords ? (
            <p id={`${ids}-words-error`} className="field__error">
              {t('positioningReview.agreement.wordsTooLong')}
            </p>
          ) : null}
        </div>
        <fieldset className="choice-group">
          <legend className="field__label">{t('positioningReview.agreement.orientation')}</legend>
          {suggestion ? <p className="field__hint">{t('positioningReview.agreement.suggestion', { orientation: t(`positioningReview.orientation.${suggestion}`) })}</p> : null}
          <div className="choice-group__options">
            {ORIENTATIONS.map((value) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name={`${ids}-orientation`}
                  value={value}
                  checked={code === value}
                  onChange={() => {
                    setCode(value);
                    setStatus('idle');
                  }}
                />
                {t(`positioningReview.orientation.${value}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className={problems.orientationNote ? 'field field--invalid' : 'field'}>
          <label className="field__label" htmlFor={`${ids}-note`}>
            {t(code === 'other' ? 'positioningReview.agreement.noteRequired' : 'positioningReview.agreement.note')}
          </label>
          <textarea
            autoComplete="off"
            id={`${ids}-note`}
            className="input input--area"
            value={note}
            aria-invalid={problems.orientationNote ? true : undefined}
            aria-describedby={problems.orientationNote ? `${ids}-note-error` : undefined}
            onChange={(event) => {
              setNote(event.target.value);
              setStatus('idle');
            }}
          />
          {problems.orientationNote ? (
            <p id={`${ids}-note-error`} className="field__error">
              {t(`positioningReview.agreement.problem.${problems.orientationNote}`)}
            </p>
          ) : null}
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={status === 'saving'}>
            {t('positioningReview.agreement.save')}
          </button>
        </div>
        <div aria-live="polite">
          {status === 'saved' ? <p className="notice notice--success">{t('positioningReview.agreement.saved')}</p> : null}
          {status === 'failed' ? <p className="field__error">{t('positioningReview.agreement.failed')}</p> : null}
        </div>
      </form>
    </section>
  );
}

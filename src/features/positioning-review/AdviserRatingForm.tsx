// The adviser's own rating of the items the candidate answered, on the adviser's four-step scale,
// with a comment per domain. Saved on the positioning's `adviserRatings` field.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ADVISER_LEVELS, ratingProblems, type AdviserLevel, type AdviserRatings } from '../../domain/positioning/adviser-ratings';
import { ADVISER_LEVEL_KEY } from './level-words';
import { answerWords, isRateable, textIn, textLang, type Sitting } from './review-model';

interface AdviserRatingFormProps {
  sitting: Sitting;
  /** The id of the heading that names the form (the section's, outside it). */
  titleId: string;
  onSave: (ratings: AdviserRatings) => Promise<void>;
}

export function AdviserRatingForm({ sitting, titleId, onSave }: AdviserRatingFormProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const ids = useId();
  const [ratings, setRatings] = useState<AdviserRatings>(sitting.ratings);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const q = sitting.questionnaire;

  const setLevel = (itemId: string, level: AdviserLevel) => {
    setRatings((current) => ({ ...current, items: { ...current.items, [itemId]: level } }));
    setStatus('idle');
  };
  const setComment = (domainId: string, text: string) => {
    setRatings((current) => ({ ...current, comments: { ...current.comments, [domainId]: text } }));
    setStatus('idle');
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = ratingProblems(ratings);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setStatus('saving');
    try {
      await onSave(ratings);
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <form className="rating-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={titleId}>
      <p className="field__hint">{t('positioningReview.rating.intro')}</p>
      {sitting.domains.map(({ domain, screens }) => {
        if (screens.length === 0) return null;
        const rateable = screens.filter((screen) => isRateable(q, domain, screen.item));
        const commentId = `${ids}-${domain.id}-comment`;
        const problem = problems[domain.id];
        return (
          <fieldset key={domain.id} className="form-section rating-domain">
            <legend lang={textLang(language)}>{textIn(domain.title, language)}</legend>
            {rateable.length === 0 ? <p className="field__hint">{t('positioningReview.rating.commentOnly')}</p> : null}
            {rateable.map(({ item }) => {
              const answer = answerWords(q, item, sitting.answers[item.id], language) ?? t('positioningReview.rating.noAnswer');
              return (
                <fieldset key={item.id} className="choice-group rating-item">
                  <legend className="field__label" lang={textLang(language)}>{textIn(item.text, language)}</legend>
                  <p className="rating-item__candidate">{t('positioningReview.rating.candidateSaid', { answer })}</p>
                  <div className="choice-group__options">
                    {ADVISER_LEVELS.map((level) => (
                      <label key={level} className="choice">
                        <input
                          type="radio"
                          name={`${ids}-${item.id}`}
                          value={level}
                          checked={ratings.items[item.id] === level}
                          onChange={() => setLevel(item.id, level)}
                        />
                        {t(ADVISER_LEVEL_KEY[level])}
                      </label>
                    ))}
                  </div>
                </fieldset>
              );
            })}
            <div className={problem ? 'field field--invalid' : 'field'}>
              <label className="field__label" htmlFor={commentId}>
                {t('positioningReview.rating.comment', { domain: textIn(domain.title, language) })}
              </label>
              <textarea
                autoComplete="off"
                id={commentId}
                className="input input--area"
                value={ratings.comments[domain.id] ?? ''}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? `${commentId}-error` : undefined}
                onChange={(event) => setComment(domain.id, event.target.value)}
              />
              {problem ? (
                <p id={`${commentId}-error`} className="field__error">
                  {t('positioningReview.rating.commentTooLong')}
                </p>
              ) : null}
            </div>
          </fieldset>
        );
      })}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={status === 'saving'}>
          {t('positioningReview.rating.save')}
        </button>
      </div>
      <div aria-live="polite">
        {status === 'saved' ? <p className="notice notice--success">{t('positioningReview.rating.saved')}</p> : null}
        {status === 'failed' ? <p className="field__error">{t('positioningReview.rating.failed')}</p> : null}
        {Object.keys(problems).length > 0 ? <p className="field__error">{t('positioningReview.rating.fixProblems')}</p> : null}
      </div>
    </form>
  );
}

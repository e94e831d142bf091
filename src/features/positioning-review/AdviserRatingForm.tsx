// The adviser's own rating of the items the candidate answered, on the adviser's four-step scale,
// with a comment per domain. Saved on the positioning's `adviserRatings` field. A record form
// (docs/architecture.md, "Record forms") whose values are indexed by position: the items' ids
// ("10") would read as array indexes in a field path.
import { useEffect, useId, useState } from 'react';
import { useController, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { valuesCheckedBy } from '../../components/form/checked-values';
import { FormTextArea } from '../../components/form/form-controls';
import { useRecordForm } from '../../components/form/use-record-form';
import { ADVISER_LEVELS, ratingProblems, type AdviserLevel, type AdviserRatings } from '../../domain/positioning/adviser-ratings';
import { ADVISER_LEVEL_KEY } from './level-words';
import { answerWords, isRateable, textIn, textLang, type Sitting } from './review-model';

interface AdviserRatingFormProps {
  sitting: Sitting;
  /** The id of the heading that names the form (the section's, outside it). */
  titleId: string;
  onSave: (ratings: AdviserRatings) => Promise<void>;
}

/** The levels of the rateable items and the comments of the domains, in the order shown. */
interface RatingValues {
  levels: (AdviserLevel | '')[];
  comments: string[];
}

/** The items rated and the domains commented, in the order of the form's values. */
function ratingLayout(sitting: Sitting) {
  const domains = sitting.domains.filter(({ screens }) => screens.length > 0);
  const items = domains.map(({ domain, screens }) => screens.filter((screen) => isRateable(sitting.questionnaire, domain, screen.item)).map(({ item }) => item));
  return { domains: domains.map(({ domain }) => domain), items };
}

export function AdviserRatingForm({ sitting, titleId, onSave }: AdviserRatingFormProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const ids = useId();
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  const q = sitting.questionnaire;
  const layout = ratingLayout(sitting);
  const positions = layout.items.flatMap((items, domain) => items.map((item, index) => ({ item, domain, index })));
  const positionOf = (domain: number, index: number) => positions.findIndex((entry) => entry.domain === domain && entry.index === index);

  const ratingsOf = (values: RatingValues): AdviserRatings => {
    const items = { ...sitting.ratings.items };
    positions.forEach(({ item }, position) => {
      const level = values.levels[position];
      if (level) items[item.id] = level;
    });
    const comments = { ...sitting.ratings.comments };
    layout.domains.forEach((domain, position) => {
      const text = values.comments[position] ?? '';
      if (text !== '' || domain.id in comments) comments[domain.id] = text;
    });
    return { ...sitting.ratings, items, comments };
  };

  const { form, submit, errors, busy } = useRecordForm<RatingValues>({
    schema: valuesCheckedBy<RatingValues>((values) => {
      const problems = ratingProblems(ratingsOf(values));
      return Object.fromEntries(layout.domains.flatMap((domain, position) => (problems[domain.id] ? [[`comments.${position}`, 'positioningReview.rating.commentTooLong']] : [])));
    }),
    defaultValues: {
      levels: positions.map(({ item }) => sitting.ratings.items[item.id] ?? ''),
      comments: layout.domains.map((domain) => sitting.ratings.comments[domain.id] ?? ''),
    },
    save: async (values) => {
      try {
        await onSave(ratingsOf(values));
        setStatus('saved');
      } catch {
        setStatus('failed');
      }
    },
  });
  // Any change makes the last outcome stale.
  useEffect(() => {
    const subscription = form.watch(() => setStatus('idle'));
    return () => subscription.unsubscribe();
  }, [form]);

  return (
    <form className="rating-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={titleId}>
      <p className="field__hint">{t('positioningReview.rating.intro')}</p>
      {layout.domains.map((domain, domainPosition) => {
        const rateable = layout.items[domainPosition] ?? [];
        return (
          <fieldset key={domain.id} className="form-section rating-domain">
            <legend lang={textLang(language)}>{textIn(domain.title, language)}</legend>
            {rateable.length === 0 ? <p className="field__hint">{t('positioningReview.rating.commentOnly')}</p> : null}
            {rateable.map((item, index) => (
              <LevelRadios
                key={item.id}
                control={form.control}
                position={positionOf(domainPosition, index)}
                name={`${ids}-${item.id}`}
                legend={textIn(item.text, language)}
                lang={textLang(language)}
                candidateSaid={t('positioningReview.rating.candidateSaid', { answer: answerWords(q, item, sitting.answers[item.id], language) ?? t('positioningReview.rating.noAnswer') })}
              />
            ))}
            <FormTextArea
              control={form.control}
              field={`comments.${domainPosition}`}
              name={`${ids}-${domain.id}-comment`}
              label={t('positioningReview.rating.comment', { domain: textIn(domain.title, language) })}
            />
          </fieldset>
        );
      })}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('positioningReview.rating.save')}
        </button>
      </div>
      <div aria-live="polite">
        {status === 'saved' ? <p className="notice notice--success">{t('positioningReview.rating.saved')}</p> : null}
        {status === 'failed' ? <p className="field__error">{t('positioningReview.rating.failed')}</p> : null}
        {Object.keys(errors).length > 0 ? <p className="field__error">{t('positioningReview.rating.fixProblems')}</p> : null}
      </div>
    </form>
  );
}

/** One item's level, bound to its position; the legend keeps the questionnaire's language. */
function LevelRadios({ control, position, name, legend, lang, candidateSaid }: { control: Control<RatingValues>; position: number; name: string; legend: string; lang: string; candidateSaid: string }) {
  const { t } = useTranslation();
  const { field } = useController({ control, name: `levels.${position}` });
  return (
    <fieldset className="choice-group rating-item">
      <legend className="field__label" lang={lang}>
        {legend}
      </legend>
      <p className="rating-item__candidate">{candidateSaid}</p>
      <div className="choice-group__options">
        {ADVISER_LEVELS.map((level, index) => (
          <label key={level} className="choice">
            <input ref={index === 0 ? field.ref : undefined} type="radio" name={name} value={level} checked={field.value === level} onChange={() => field.onChange(level)} />
            {t(ADVISER_LEVEL_KEY[level])}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

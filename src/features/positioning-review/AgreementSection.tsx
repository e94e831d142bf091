// After the comparison, what the candidate and the adviser agree: a level per item ("to observe in
// practice" for a task neither can judge yet), the candidate's own words, and the orientation.
// Saving stores them with the recommendations re-run on the agreed levels and the observations.
import { useEffect, useId, useMemo, useState } from 'react';
import { useController, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { valuesCheckedBy } from '../../components/form/checked-values';
import { FormRadios, FormTextArea } from '../../components/form/form-controls';
import { useRecordForm } from '../../components/form/use-record-form';
import { AGREED_LEVELS, ORIENTATIONS, agreementProblems, type AgreedLevel, type AgreedLevels, type ObservedUc, type Orientation, type OrientationCode } from '../../domain/positioning/agreement';
import { levelOfPoints } from '../../domain/positioning/comparison';
import type { StoredRecommendation } from '../../domain/positioning/module-decisions';
import { itemPoints, type Screen } from '../../content/load';
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

/** The form's values (docs/architecture.md, "Record forms"): the levels by position over the rateable items (their ids would read as array indexes). */
interface AgreementFormValues {
  levels: (AgreedLevel | '')[];
  words: string;
  code: OrientationCode | '';
  note: string;
}

function toWire(recommendations: StoredRecommendation[]) {
  return recommendations.map((entry) => ({ module: entry.module, reasons: entry.ruleIds }));
}

export function AgreementSection({ sitting, agreed, candidateWords, orientation, observed, onSave }: AgreementSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const ids = useId();
  const q = sitting.questionnaire;
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  const levelsOf = (values: readonly (AgreedLevel | '')[] | undefined): AgreedLevels => {
    const levels: AgreedLevels = {};
    sitting.rateable.forEach(({ item }, position) => {
      const level = values?.[position];
      if (level) levels[item.id] = level;
    });
    return levels;
  };
  const { form, submit, busy } = useRecordForm<AgreementFormValues>({
    schema: valuesCheckedBy<AgreementFormValues>(({ words, code, note }) => {
      const problems = agreementProblems({ candidateWords: words, orientation: { code, note } });
      return {
        words: problems.candidateWords ? 'positioningReview.agreement.wordsTooLong' : undefined,
        note: problems.orientationNote ? `positioningReview.agreement.problem.${problems.orientationNote}` : undefined,
      };
    }),
    defaultValues: {
      levels: sitting.rateable.map(({ item }) => agreed[item.id] ?? startingLevel(sitting, item.id) ?? ''),
      words: candidateWords,
      code: orientation?.code ?? '',
      note: orientation?.note ?? '',
    },
    save: async ({ levels: values, words, code, note }) => {
      const levels = levelsOf(values);
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
    },
  });
  // Any change makes the last outcome stale.
  useEffect(() => {
    const subscription = form.watch(() => setStatus('idle'));
    return () => subscription.unsubscribe();
  }, [form]);
  const typedLevels = form.watch('levels');
  const code = form.watch('code');
  const levelsKey = typedLevels.join('\u0000');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key is the levels' content
  const suggestion = useMemo(() => suggestedOrientation(sitting, levelsOf(typedLevels), observed), [sitting, levelsKey, observed]);
  const observedUcs = new Map(observed.map((entry) => [entry.uc, entry.result]));
  const domainIds = [...new Set(sitting.rateable.map((screen) => screen.domainId))];

  return (
    <section className="review-section" aria-labelledby="review-agreement-title">
      <h2 id="review-agreement-title">{t('positioningReview.agreement.title')}</h2>
      <p className="field__hint">{t('positioningReview.agreement.intro')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="review-agreement-title">
        {domainIds.map((domainId) => (
          <fieldset key={domainId} className="form-section rating-domain">
            <legend lang={textLang(language)}>{domainTitle(q, domainId, language)}</legend>
            {sitting.rateable.map((screen, position) =>
              screen.domainId === domainId ? (
                <AgreedLevelRadios
                  key={screen.item.id}
                  control={form.control}
                  position={position}
                  name={`${ids}-${screen.item.id}`}
                  screen={screen}
                  sitting={sitting}
                  observedHere={ucsOf(screen.item).flatMap((uc) => {
                    const result = observedUcs.get(uc);
                    return result ? [t('positioningReview.agreement.observed', { uc, result: t(`positioningReview.observed.${result}`) })] : [];
                  })}
                />
              ) : null,
            )}
          </fieldset>
        ))}
        <FormTextArea control={form.control} field="words" name={`${ids}-words`} label={t('positioningReview.agreement.words')} hint={t('positioningReview.agreement.wordsHint')} />
        <FormRadios
          control={form.control}
          field="code"
          name={`${ids}-orientation`}
          legend={t('positioningReview.agreement.orientation')}
          hint={suggestion ? t('positioningReview.agreement.suggestion', { orientation: t(`positioningReview.orientation.${suggestion}`) }) : undefined}
          options={ORIENTATIONS.map((value) => ({ code: value, label: t(`positioningReview.orientation.${value}`) }))}
        />
        <FormTextArea
          control={form.control}
          field="note"
          name={`${ids}-note`}
          label={t(code === 'other' ? 'positioningReview.agreement.noteRequired' : 'positioningReview.agreement.note')}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
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

/** One item's agreed level, bound to its position; the legend keeps the questionnaire's language. */
function AgreedLevelRadios({
  control,
  position,
  name,
  screen,
  sitting,
  observedHere,
}: {
  control: Control<AgreementFormValues>;
  position: number;
  name: string;
  screen: Screen;
  sitting: Sitting;
  observedHere: string[];
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { field } = useController({ control, name: `levels.${position}` });
  const { item } = screen;
  const rated = sitting.ratings.items[item.id];
  const ucs = ucsOf(item);
  return (
    <fieldset className="choice-group rating-item">
      <legend className="field__label" lang={textLang(language)}>
        {textIn(item.text, language)}
        {ucs.length > 0 ? <span className="agreement-ucs"> ({ucs.join(', ')})</span> : null}
      </legend>
      <p className="rating-item__candidate">
        {t('positioningReview.rating.candidateSaid', { answer: answerWords(sitting.questionnaire, item, sitting.answers[item.id], language) ?? t('positioningReview.rating.noAnswer') })}
        {rated ? ` · ${t('positioningReview.agreement.adviserSaid', { level: t(ADVISER_LEVEL_KEY[rated]) })}` : ''}
      </p>
      {observedHere.map((text) => (
        <p key={text} className="rating-item__candidate">
          {text}
        </p>
      ))}
      <div className="choice-group__options">
        {AGREED_LEVELS.map((level, index) => (
          <label key={level} className="choice">
            <input ref={index === 0 ? field.ref : undefined} type="radio" name={name} value={level} checked={field.value === level} onChange={() => field.onChange(level)} />
            {t(`positioningReview.agreed.${level}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

// The form of a new sitting (docs/architecture.md, "Record forms"): the candidate, the métier, the
// second language and, the first time, the adviser's PIN typed twice. Each problem is said in the
// field it names and the first takes the focus; nothing is created while one remains.
import { memo, useCallback, useMemo, type ReactNode } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '../../components/form/FieldShell';
import { FormFooter } from '../../components/form/FormFooter';
import { FormRadios } from '../../components/form/form-controls';
import { SelectField } from '../../components/form/fields';
import { valuesCheckedBy } from '../../components/form/checked-values';
import { useRecordForm } from '../../components/form/use-record-form';
import type { CandidateData } from '../../domain/entities';
import type { LocalRecord } from '../../sync/workspace';
import { displayName } from '../candidates/candidate-display';
import { usePersonDetails } from '../candidates/person-details';
import { metierOptions } from './metier-options';
import { PinSetupFields, pinSetupProblem, type PinSetupValue } from './PinSetupFields';
import type { SecondLanguage } from './sitting';

type Candidate = LocalRecord<'candidates'>;

export interface StartValues {
  candidateId: string;
  metier: string;
  second: SecondLanguage | '';
  pin: PinSetupValue;
}

export interface StartChoice {
  candidate: Candidate;
  metier: string;
  second: SecondLanguage | '';
  /** The PIN to set first (the first sitting on this device). */
  newPin?: string;
}

const SECOND_LANGUAGE_CHOICES: readonly (SecondLanguage | '')[] = ['', 'en', 'ar'];

export function defaultSecondLanguage(data: CandidateData | undefined): SecondLanguage | '' {
  const spoken = data?.languages ?? [];
  if (spoken.includes('ar')) return 'ar';
  if (spoken.includes('en')) return 'en';
  return '';
}

interface Props {
  candidates: readonly Candidate[];
  pinIsSet: boolean;
  defaultValues: StartValues;
  /** Creates the sitting and hands the tablet over; a failure is said above the button. */
  start: (choice: StartChoice) => Promise<void>;
  /** After the button (the link to the voices). */
  children?: ReactNode;
}

export function StartPositioningForm({ candidates, pinIsSet, defaultValues, start, children }: Props) {
  const { t, i18n } = useTranslation();
  // Sorted labels, built again only when the language changes, not at each of the form's renders.
  const { own, others } = useMemo(() => metierOptions(i18n.language), [i18n.language]);
  const { form, submit, failed, errors, busy } = useRecordForm<StartValues>({
    schema: valuesCheckedBy<StartValues>((values) => ({
      candidateId: candidates.some((record) => record.id === values.candidateId) ? undefined : 'positioning.start.chooseCandidate',
      metier: values.metier ? undefined : 'positioning.start.chooseMetier',
      pin: pinIsSet ? undefined : pinSetupProblem(values.pin.first, values.pin.again),
    })),
    defaultValues,
    save: async (values) => {
      const candidate = candidates.find((record) => record.id === values.candidateId);
      if (!candidate) return;
      await start({ candidate, metier: values.metier, second: values.second, ...(pinIsSet ? {} : { newPin: values.pin.first }) });
    },
  });
  const candidate = useController({ control: form.control, name: 'candidateId' });
  const { onChange: candidateChanged } = candidate.field;
  const chooseCandidate = useCallback(
    (id: string) => {
      candidateChanged(id);
      form.setValue('second', defaultSecondLanguage(candidates.find((record) => record.id === id)?.data));
    },
    [candidateChanged, form, candidates],
  );
  const metier = useController({ control: form.control, name: 'metier' });
  const pin = useController({ control: form.control, name: 'pin' });

  return (
    <form className="start-positioning" onSubmit={(event) => void submit(event)} noValidate>
      <h1>{t('positioning.start.title')}</h1>
      <p className="field__hint">{t('positioning.start.intro')}</p>
      <CandidateSelect
        candidates={candidates}
        value={candidate.field.value}
        onChange={chooseCandidate}
        inputRef={candidate.field.ref}
        errorKey={candidate.fieldState.error?.message}
      />
      {/* The métiers in two groups, which SelectField has not: the same shell around a select of its own. */}
      <FieldShell name="start-metier" label={t('positioning.start.metier')} errorKey={metier.fieldState.error?.message}>
        {(ids) => (
          <select
            ref={metier.field.ref}
            id={ids.inputId}
            className="input"
            aria-invalid={ids.invalid || undefined}
            aria-describedby={ids.describedBy}
            value={metier.field.value}
            onChange={(event) => metier.field.onChange(event.target.value)}
          >
            <optgroup label={t('positioning.start.metiersWithTasks')}>
              {own.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.label}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('positioning.start.otherMetiers')}>
              {others.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          </select>
        )}
      </FieldShell>
      <FormRadios
        control={form.control}
        field="second"
        name="second-language"
        legend={t('positioning.start.secondLanguage')}
        options={SECOND_LANGUAGE_CHOICES.map((code) => ({ code, label: t(`positioning.start.language.${code || 'none'}`) }))}
      />
      {pinIsSet ? null : (
        // The first of the two PIN inputs takes the focus when the PIN is refused.
        <div ref={(element) => pin.field.ref(element?.querySelector('input') ?? null)}>
          <PinSetupFields value={pin.field.value} onChange={pin.field.onChange} />
          {errors.pin ? (
            <p role="alert" className="field__error">
              {t(errors.pin)}
            </p>
          ) : null}
        </div>
      )}
      <FormFooter busy={busy} saveLabel={t('positioning.start.handOver')} failed={failed} failedMessage={t('positioning.start.failed')} rootError={errors.root} large />
      {children}
    </form>
  );
}

/**
 * The candidate picker, apart and memoised: a coordinator's tablet lists hundreds of people, each
 * label built from several translations, and the form renders again on every change of its state
 * (the hand-over's click among them), which the list need not follow (docs/performance.md).
 */
const CandidateSelect = memo(function CandidateSelect({
  candidates,
  value,
  onChange,
  inputRef,
  errorKey,
}: {
  candidates: readonly Candidate[];
  value: string;
  onChange: (id: string) => void;
  inputRef: (element: HTMLElement | null) => void;
  errorKey: string | undefined;
}) {
  const { t } = useTranslation();
  const detailsOf = usePersonDetails();
  const options = useMemo(
    () => [
      { code: '', label: t('positioning.start.noCandidate') },
      ...candidates.map((record) => ({
        code: record.id,
        label: t('candidates.details.option', { name: displayName(record.data) ?? t('candidates.noName'), details: detailsOf(record) }),
      })),
    ],
    [candidates, detailsOf, t],
  );
  return (
    <SelectField
      name="start-candidate"
      label={t('positioning.start.candidate')}
      allowEmpty={false}
      options={options}
      value={value}
      onChange={onChange}
      inputRef={inputRef}
      errorKey={errorKey}
    />
  );
});

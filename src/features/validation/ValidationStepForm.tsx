// Recording or correcting one attempt at a UC: registration (date, centre, region), test date,
// result and Titre date. The UC is chosen in the métier's list (UcField). From the second failed
// attempt at the same UC of the métier (the one being recorded included) it says guidance is
// compulsory and offers the guidance date; a new registration without that date asks to confirm.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FieldShell } from '../../components/form/FieldShell';
import { CENTRE_REGION_CODES, EPREUVE_RESULT_CODES } from '../../domain/codes';
import { brusselsDate } from '../../domain/dates';
import type { CatalogueUc } from '../../domain/metiers/schema';
import { failedAttempts, guidanceCompulsory, guidanceDue, type AttemptFacts } from '../../domain/validation-rules';
import { checkStep, type StepFormErrors, type StepFormValues } from './step-form-model';
import { UcField } from './UcField';

interface ValidationStepFormProps {
  initial: StepFormValues;
  /** The id of the attempt being corrected (left out of the failure count). */
  stepId?: string;
  /** Every attempt of this person (for the two-failures rule and UC suggestions). */
  attempts: AttemptFacts[];
  accompaniments: { id: string; label: string }[];
  /** The métier of an accompaniment and its UCs in the catalogue (current on `date`, and all). */
  ucsFor: (accompanimentId: string, date: string) => { metier?: string; current: CatalogueUc[]; all: CatalogueUc[] };
  onSubmit: (values: StepFormValues) => Promise<void>;
  onCancel: () => void;
  /** False when the person has not agreed to share their file with the validation centre. */
  sharingAllowed?: boolean;
}

type Field = keyof StepFormValues;

export function ValidationStepForm({ initial, stepId, attempts, accompaniments, ucsFor, onSubmit, onCancel, sharingAllowed = true }: ValidationStepFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<StepFormErrors>({});
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (name: Field, value: string) => setValues((previous) => ({ ...previous, [name]: value }));

  // The UCs valid on the day of the test (or of the registration; today for a new attempt).
  const { metier, current, all } = ucsFor(values.accompanimentId, values.testDate || values.registrationDate || brusselsDate());
  const mustGuide = guidanceCompulsory(attempts, values.uc, stepId, metier);
  const failures = failedAttempts(attempts, values.uc, stepId, metier) + (values.result === 'echoue' ? 1 : 0);
  const beingSaved = { ...(stepId ? { id: stepId } : {}), uc: values.uc, result: values.result || null, guidanceDate: values.guidanceDate || null };
  const guidancePending = guidanceDue(attempts, beingSaved, metier);
  const guidanceAsked = failures >= 2 || mustGuide || Boolean(values.guidanceDate);

  async function save() {
    setBusy(true);
    try {
      await onSubmit(values);
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkStep(values, { allowed: sharingAllowed, initial });
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`field-${first}`)?.focus();
      return;
    }
    if (mustGuide && guidancePending && !stepId) setConfirming(true);
    else void save();
  }

  // Said in the field as soon as a centre field is filled without the consent, not only at saving.
  const sharingErrors: StepFormErrors = sharingAllowed ? {} : checkStep(values, { allowed: false, initial });
  const errorOf = (name: Field) => errors[name] ?? (sharingErrors[name] === 'consentSharingMissing' ? sharingErrors[name] : undefined);

  const input = (name: Field, type: string, required = false) => (
    <FieldShell name={name} label={t(`validationSteps.form.${name}`)} errorKey={errorOf(name)} required={required}>
      {(ids) => (
        <input
          id={ids.inputId}
          className="input"
          type={type}
          value={values[name]}
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid}
          onChange={(event) => set(name, event.target.value)}
        />
      )}
    </FieldShell>
  );

  const select = (name: Field, options: { code: string; label: string }[]) => (
    <FieldShell name={name} label={t(`validationSteps.form.${name}`)} errorKey={errorOf(name)}>
      {(ids) => (
        <select
          id={ids.inputId}
          className="input"
          value={values[name]}
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid}
          onChange={(event) => set(name, event.target.value)}
        >
          <option value="">{t('validationSteps.form.notYet')}</option>
          {options.map((option) => (
            <option key={option.code} value={option.code}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );

  const fields = {
    accompaniment: accompaniments.length > 0 ? select('accompanimentId', accompaniments.map((item) => ({ code: item.id, label: item.label }))) : null,
    uc: <UcField value={values.uc} current={current} all={all} used={attempts.map((attempt) => attempt.uc)} errorKey={errors.uc} onChange={(code) => set('uc', code)} />,
    registrationDate: input('registrationDate', 'date'),
    centreName: input('centreName', 'text'),
    centreRegion: select('centreRegion', CENTRE_REGION_CODES.map((code) => ({ code, label: t(`validationSteps.region.${code}`) }))),
    testDate: input('testDate', 'date'),
    result: select('result', EPREUVE_RESULT_CODES.map((code) => ({ code, label: t(`validationSteps.result.${code}`) }))),
    titreDate: input('titreDate', 'date'),
    guidanceDate: input('guidanceDate', 'date'),
  };

  return (
    <form className="validation-form" noValidate onSubmit={submit}>
      <div className="form-grid">
        {fields.accompaniment}
        {fields.uc}
      </div>
      {guidancePending ? (
        <p role="alert" className="notice guidance-warning">
          {t('validationSteps.guidance.warning', { count: Math.max(failures, 2), uc: values.uc.trim() })} {t('validationSteps.guidance.recordHint')}
        </p>
      ) : null}
      {sharingAllowed ? null : <p className="notice">{t('validationSteps.noSharingConsent')}</p>}
      <fieldset className="form-section">
        <legend>{t('validationSteps.form.registration')}</legend>
        <div className="form-grid">
          {fields.registrationDate}
          {fields.centreName}
          {fields.centreRegion}
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('validationSteps.form.test')}</legend>
        <div className="form-grid">
          {fields.testDate}
          {fields.result}
          {fields.titreDate}
        </div>
      </fieldset>
      {guidanceAsked ? (
        <fieldset className="form-section">
          <legend>{t('validationSteps.form.guidance')}</legend>
          <div className="form-grid">{fields.guidanceDate}</div>
        </fieldset>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary button--large" disabled={busy}>
          {t(stepId ? 'validationSteps.form.save' : 'validationSteps.form.create')}
        </button>
        <button type="button" className="button button--large" onClick={onCancel}>
          {t('validationSteps.cancel')}
        </button>
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('validationSteps.guidance.title')}
          text={t('validationSteps.guidance.confirmText', { count: Math.max(failures, 2), uc: values.uc.trim() })}
          confirmLabel={t('validationSteps.guidance.confirm')}
          cancelLabel={t('validationSteps.cancel')}
          busy={busy}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void save();
          }}
        />
      ) : null}
    </form>
  );
}

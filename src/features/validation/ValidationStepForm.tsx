// Recording or correcting one attempt at a UC: registration (date, centre, region), test date,
// result and Titre date. The UC is chosen in the métier's list (UcField). From the second failed
// attempt at the same UC of the métier (the one being recorded included) it says guidance is
// compulsory and offers the guidance date; a new registration without that date asks to confirm.
import { CodeOptions } from '../../components/form/CodeOptions';
import { useMemo, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FieldShell } from '../../components/form/FieldShell';
import { FormFooter } from '../../components/form/FormFooter';
import { useRecordForm } from '../../components/form/use-record-form';
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

/** The form's own values, held to checkStep (consent to share, UC, dates), each message on its field. */
function stepSchema(sharing: { allowed: boolean; initial: StepFormValues }) {
  return z.custom<StepFormValues>().superRefine((values, ctx) => {
    for (const [field, message] of Object.entries(checkStep(values, sharing))) ctx.addIssue({ code: 'custom', path: [field], message });
  });
}

export function ValidationStepForm({ initial, stepId, attempts, accompaniments, ucsFor, onSubmit, onCancel, sharingAllowed = true }: ValidationStepFormProps) {
  const { t } = useTranslation();
  /** The checked values waiting for the guidance question's answer. */
  const [confirming, setConfirming] = useState<StepFormValues>();
  const [confirmedBusy, setConfirmedBusy] = useState(false);
  const schema = useMemo(() => stepSchema({ allowed: sharingAllowed, initial }), [sharingAllowed, initial]);
  const { form, submit, failed, errors, busy: submitting } = useRecordForm({
    schema,
    defaultValues: initial,
    save: async (checked) => {
      const checkedMetier = ucsFor(checked.accompanimentId, checked.testDate || checked.registrationDate || brusselsDate()).metier;
      const pending = guidanceDue(attempts, { ...(stepId ? { id: stepId } : {}), uc: checked.uc, result: checked.result || null, guidanceDate: checked.guidanceDate || null }, checkedMetier);
      // A new registration without the compulsory guidance date is asked first.
      if (guidanceCompulsory(attempts, checked.uc, stepId, checkedMetier) && pending && !stepId) setConfirming(checked);
      else await onSubmit(checked);
    },
  });
  const { control, register } = form;
  const values = useWatch({ control }) as StepFormValues;
  const busy = submitting || confirmedBusy;

  // The UCs valid on the day of the test (or of the registration; today for a new attempt).
  const { metier, current, all } = ucsFor(values.accompanimentId, values.testDate || values.registrationDate || brusselsDate());
  const mustGuide = guidanceCompulsory(attempts, values.uc, stepId, metier);
  const failures = failedAttempts(attempts, values.uc, stepId, metier) + (values.result === 'echoue' ? 1 : 0);
  const beingSaved = { ...(stepId ? { id: stepId } : {}), uc: values.uc, result: values.result || null, guidanceDate: values.guidanceDate || null };
  const guidancePending = guidanceDue(attempts, beingSaved, metier);
  const guidanceAsked = failures >= 2 || mustGuide || Boolean(values.guidanceDate);

  // Said in the field as soon as a centre field is filled without the consent, not only at saving.
  const sharingErrors: StepFormErrors = sharingAllowed ? {} : checkStep(values, { allowed: false, initial });
  const errorOf = (name: Field) => errors[name] ?? (sharingErrors[name] === 'consentSharingMissing' ? sharingErrors[name] : undefined);
  const [failedConfirmed, setFailedConfirmed] = useState(false);

  async function saveConfirmed(checked: StepFormValues) {
    setConfirmedBusy(true);
    setFailedConfirmed(false);
    try {
      await onSubmit(checked);
    } catch {
      setFailedConfirmed(true);
    } finally {
      setConfirmedBusy(false);
    }
  }

  const input = (name: Field, type: string, required = false) => (
    <FieldShell name={name} label={t(`validationSteps.form.${name}`)} errorKey={errorOf(name)} required={required}>
      {(ids) => (
        <input
          id={ids.inputId}
          className="input"
          type={type}
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid}
          {...register(name)}
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
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid}
          {...register(name)}
        >
          <option value="">{t('validationSteps.form.notYet')}</option>
          <CodeOptions options={options} />
        </select>
      )}
    </FieldShell>
  );

  const fields = {
    accompaniment: accompaniments.length > 0 ? select('accompanimentId', accompaniments.map((item) => ({ code: item.id, label: item.label }))) : null,
    uc: (
      <Controller
        control={control}
        name="uc"
        render={({ field }) => (
          <UcField value={field.value} current={current} all={all} used={attempts.map((attempt) => attempt.uc)} errorKey={errors.uc} onChange={field.onChange} inputRef={field.ref} />
        )}
      />
    ),
    registrationDate: input('registrationDate', 'date'),
    centreName: input('centreName', 'text'),
    centreRegion: select('centreRegion', CENTRE_REGION_CODES.map((code) => ({ code, label: t(`validationSteps.region.${code}`) }))),
    testDate: input('testDate', 'date'),
    result: select('result', EPREUVE_RESULT_CODES.map((code) => ({ code, label: t(`validationSteps.result.${code}`) }))),
    titreDate: input('titreDate', 'date'),
    guidanceDate: input('guidanceDate', 'date'),
  };

  return (
    <form className="validation-form" noValidate onSubmit={(event) => void submit(event)}>
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
      <FormFooter
        large
        busy={busy}
        saveLabel={t(stepId ? 'validationSteps.form.save' : 'validationSteps.form.create')}
        cancelLabel={t('validationSteps.cancel')}
        onCancel={onCancel}
        failed={failed || failedConfirmed}
        failedMessage={t('validationSteps.saveFailed')}
        rootError={errors.root}
      />
      {confirming ? (
        <ConfirmDialog
          title={t('validationSteps.guidance.title')}
          text={t('validationSteps.guidance.confirmText', { count: Math.max(failures, 2), uc: values.uc.trim() })}
          confirmLabel={t('validationSteps.guidance.confirm')}
          cancelLabel={t('validationSteps.cancel')}
          busy={busy}
          onCancel={() => setConfirming(undefined)}
          onConfirm={() => {
            setConfirming(undefined);
            void saveConfirmed(confirming);
          }}
        />
      ) : null}
    </form>
  );
}

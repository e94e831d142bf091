// The intake form: fields of domain.md, validated by the domain's rules, messages in the fields.
// Saving is the caller's job (create or update); a RecordValidationError it throws is shown
// on the fields it names.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/Notice';
import type { CodeOption } from '../../../i18n/code-labels';
import { RecordValidationError } from '../../../sync/workspace';
import { candidateFormSchema } from './candidate-form-schema';
import { formFieldOfIssue, type CandidateFormValues, type ConversionContext } from './candidate-form-values';
import { candidateFormOptions } from './form-options';
import { ChoiceGroup, SelectControl, TextAreaControl, TextControl } from './form-controls';

interface CandidateFormProps {
  defaultValues: CandidateFormValues;
  context: ConversionContext;
  sites: CodeOption[];
  /** A record stays on its site: moving it is not an edit of this form. */
  siteLocked: boolean;
  onSave: (values: CandidateFormValues) => Promise<void>;
  /** Extra buttons (cancel, delete) placed with the submit button. */
  actions?: ReactNode;
}

function isRecordValidationError(error: unknown): error is RecordValidationError {
  return error instanceof RecordValidationError || (error instanceof Error && error.name === 'RecordValidationError');
}

export function CandidateForm({ defaultValues, context, sites, siteLocked, onSave, actions }: CandidateFormProps) {
  const { t, i18n } = useTranslation();
  const resolver = useMemo(() => zodResolver(candidateFormSchema(context)), [context]);
  const { register, handleSubmit, setError, formState } = useForm<CandidateFormValues>({
    defaultValues,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const [failure, setFailure] = useState<string | null>(null);
  const options = useMemo(() => candidateFormOptions(t, i18n.language, defaultValues.languages), [t, i18n.language, defaultValues.languages]);
  const { errors, isSubmitting } = formState;
  const controlProps = { register, errors };

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      await onSave(values);
    } catch (error) {
      if (!isRecordValidationError(error)) {
        setFailure(error instanceof Error ? error.message : String(error));
        return;
      }
      for (const issue of error.issues) {
        setError(formFieldOfIssue(issue.path) ?? 'root', { type: 'domain', message: issue.message }, { shouldFocus: true });
      }
    }
  });

  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form className="candidate-form" onSubmit={(event) => void submit(event)} noValidate>
      {hasErrors ? <Notice tone="error" message={t('form.errorSummary')} /> : null}
      {failure ? <Notice tone="error" message={t('form.saveFailed', { message: failure })} /> : null}

      {siteLocked ? (
        <p className="field field__static">
          <span className="field__label">{t('form.site')}</span>
          <span>{sites.find((site) => site.code === defaultValues.siteId)?.label ?? defaultValues.siteId}</span>
        </p>
      ) : (
        <SelectControl name="siteId" label={t('form.site')} options={sites} {...controlProps} />
      )}

      <fieldset className="form-section">
        <legend>{t('form.sections.identity')}</legend>
        <p className="field__hint" id="name-hint">
          {t('form.nameHint')}
        </p>
        <div className="form-grid">
          <TextControl name="firstName" label={t('form.firstName')} autoComplete="off" {...controlProps} />
          <TextControl name="lastName" label={t('form.lastName')} autoComplete="off" {...controlProps} />
          <TextControl name="birthDate" label={t('form.birthDate')} hint={t('form.birthDateHint')} inputMode="numeric" {...controlProps} />
          <SelectControl name="gender" label={t('form.gender')} options={options.genders} {...controlProps} />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('form.sections.contact')}</legend>
        <div className="form-grid">
          <TextControl name="phone" label={t('form.phone')} type="tel" inputMode="tel" {...controlProps} />
          <TextControl name="email" label={t('form.email')} type="email" inputMode="email" {...controlProps} />
          <SelectControl name="communeCode" label={t('form.commune')} options={options.communes} {...controlProps} />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('form.sections.profile')}</legend>
        <ChoiceGroup name="languages" legend={t('form.languages')} kind="checkbox" options={options.languages} {...controlProps} />
        <div className="form-grid">
          <SelectControl name="frenchLevel" label={t('form.frenchLevel')} options={options.frenchLevels} {...controlProps} />
          <SelectControl name="certificationAtEntry" label={t('form.certification')} options={options.certifications} {...controlProps} />
          <SelectControl name="source" label={t('form.source')} options={options.sources} {...controlProps} />
          <SelectControl name="motivation" label={t('form.motivation')} options={options.motivations} {...controlProps} />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('form.sections.consent')}</legend>
        <ChoiceGroup name="consentGiven" legend={t('form.consentGiven')} kind="radio" options={options.consentAnswers} {...controlProps} />
        <ChoiceGroup name="consentScopes" legend={t('form.consentScopes')} kind="checkbox" options={options.consentScopes} {...controlProps} />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('form.sections.notes')}</legend>
        <TextAreaControl name="notes" label={t('form.notes')} {...controlProps} />
      </fieldset>

      {errors.root?.message ? <Notice tone="error" message={t(`validation.${errors.root.message}`)} /> : null}

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {t(isSubmitting ? 'form.saving' : 'form.save')}
        </button>
        {actions}
      </div>
    </form>
  );
}

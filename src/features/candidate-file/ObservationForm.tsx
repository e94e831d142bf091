// Add or correct a practical observation or a mock test (docs/observations.md): on which
// accompaniment (its métier gives the UCs), linked to which positioning sitting if any, which UC, the task and its conditions, the criteria
// observed (met / partly / not yet), the overall result, who observed (the adviser, or a volunteer
// professional, named), the day and a note. Each field says what is wrong with it.
import { useMemo } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormInput, FormSelect, FormTextArea } from '../../components/form/form-controls';
import { useRecordForm } from '../../components/form/use-record-form';
import { FileFormFooter } from './FileFormFooter';
import { useMetierCatalogue } from '../../components/metiers/use-metier-catalogue';
import type { ObservationData } from '../../domain/entities';
import { ucDisplay, ucsOf } from '../../domain/metiers/catalogue';
import { normalUcCode } from '../../domain/metiers/schema';
import { OBSERVATION_KINDS, OBSERVATION_RESULTS, OBSERVER_KINDS } from '../../domain/positioning/observation-fields';
import type { CodeOption } from '../../i18n/code-labels';
import { CriteriaField } from './CriteriaField';
import { observationData, observationErrors, observationValues, type ObservationValues } from './observation-form-model';
import { PhotoField } from '../../components/attachments/PhotoField';

export interface PathOption extends CodeOption {
  metier?: string;
}

interface ObservationFormProps {
  candidateId: string;
  /** The person's accompaniments, as options (the open ones first), each with its métier. */
  accompaniments: PathOption[];
  /** The person's positioning sittings, as options (newest first, by day and métier). */
  sittings?: CodeOption[];
  initial?: ObservationData;
  /** The record's id when correcting one (the photos' owner, for the PhotoField slot below). */
  recordId?: string;
  onSave: (data: ObservationData) => Promise<void>;
  onCancel: () => void;
}

/** The métier of the chosen accompaniment (or the record's own). */
const metierOf = (accompaniments: PathOption[], values: ObservationValues, initial?: ObservationData) =>
  accompaniments.find((option) => option.code === values.accompanimentId)?.metier ?? initial?.metier;

/**
 * The values are the form's own; what they must be is the domain's rule over the record they
 * make, each message put on the field it concerns (the métier's on the accompaniment it comes from).
 */
function observationSchema(candidateId: string, accompaniments: PathOption[], initial?: ObservationData) {
  return z.custom<ObservationValues>().superRefine((values, ctx) => {
    const found = observationErrors(observationData(candidateId, metierOf(accompaniments, values, initial), values, initial));
    if (found.metier) found.accompanimentId ??= found.metier;
    for (const [field, message] of Object.entries(found)) {
      if (field === 'metier') continue;
      const path = field === 'form' ? [] : field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
      ctx.addIssue({ code: 'custom', path, message });
    }
  });
}

export function ObservationForm({ candidateId, accompaniments, sittings = [], initial, recordId, onSave, onCancel }: ObservationFormProps) {
  const { t } = useTranslation();
  const { catalogue } = useMetierCatalogue();
  const schema = useMemo(() => observationSchema(candidateId, accompaniments, initial), [candidateId, accompaniments, initial]);
  const { form, submit, failed, errors, busy } = useRecordForm({
    schema,
    defaultValues: observationValues(initial, accompaniments[0]?.code ?? ''),
    save: (values) => onSave(observationData(candidateId, metierOf(accompaniments, values, initial), values, initial)),
    fieldOfIssue: (field) => (field === 'metier' ? 'accompanimentId' : undefined),
  });
  const { control } = form;
  const values = useWatch({ control }) as ObservationValues;

  const metier = metierOf(accompaniments, values, initial);
  const ucs = ucsOf(catalogue, metier, values.date || undefined);
  const ucOptions: CodeOption[] = ucs.map((uc) => ({ code: uc.code, label: ucDisplay(uc, uc.code) }));
  // A UC no longer current (or typed before the catalogue had the métier's UCs) stays selectable.
  if (values.uc.trim() && !ucs.some((uc) => normalUcCode(uc.code) === normalUcCode(values.uc))) ucOptions.push({ code: values.uc, label: values.uc });
  // A linked sitting no longer on the tablet (deleted, or of a site not pulled) stays selected, said so.
  const sittingOptions = values.positioningId && !sittings.some((option) => option.code === values.positioningId)
    ? [...sittings, { code: values.positioningId, label: t('candidateFile.observations.positioningUnknown') }]
    : sittings;
  const words = (prefix: string, codes: readonly string[]): CodeOption[] => codes.map((code) => ({ code, label: t(`candidateFile.observations.${prefix}.${code}`) }));

  const title = t(initial ? 'candidateFile.observations.formTitleEdit' : 'candidateFile.observations.formTitleNew');
  return (
    <form className="file-form" onSubmit={(event) => void submit(event)} aria-label={title} noValidate>
      <h3 className="file-form__title">{title}</h3>
      <FormSelect
        control={control}
        field="accompanimentId"
        name="observation-accompaniment"
        label={t('candidateFile.observations.accompaniment')}
        required
        allowEmpty={false}
        options={accompaniments}
      />
      {sittingOptions.length > 0 ? (
        <FormSelect
          control={control}
          field="positioningId"
          name="observation-positioning"
          label={t('candidateFile.observations.positioning')}
          hint={t('candidateFile.observations.positioningHint')}
          options={sittingOptions}
        />
      ) : null}
      <FormSelect control={control} field="kind" name="observation-kind" label={t('candidateFile.observations.kindLabel')} required allowEmpty={false} options={words('kind', OBSERVATION_KINDS)} />
      {ucs.length > 0 ? (
        <FormSelect control={control} field="uc" name="observation-uc" label={t('candidateFile.observations.uc')} required options={ucOptions} />
      ) : (
        <FormInput control={control} field="uc" name="observation-uc" label={t('candidateFile.observations.uc')} hint={t('candidateFile.observations.ucFreeHint')} required />
      )}
      <FormInput control={control} field="task" name="observation-task" label={t('candidateFile.observations.task')} hint={t('candidateFile.observations.taskHint')} required />
      <FormTextArea
        control={control}
        field="conditions"
        name="observation-conditions"
        label={t('candidateFile.observations.conditions')}
        hint={t('candidateFile.observations.conditionsHint')}
      />
      <Controller control={control} name="criteria" render={({ field }) => <CriteriaField criteria={field.value} errors={errors} onChange={field.onChange} />} />
      <FormSelect control={control} field="result" name="observation-result" label={t('candidateFile.observations.resultLabel')} required options={words('result', OBSERVATION_RESULTS)} />
      <FormSelect
        control={control}
        field="observerKind"
        name="observation-observer"
        label={t('candidateFile.observations.observerKindLabel')}
        required
        allowEmpty={false}
        options={words('observerKind', OBSERVER_KINDS)}
      />
      <FormInput
        control={control}
        field="observerName"
        name="observation-observer-name"
        label={t('candidateFile.observations.observerName')}
        hint={t(values.observerKind === 'professional' ? 'candidateFile.observations.observerNameProHint' : 'candidateFile.observations.observerNameHint')}
        required={values.observerKind === 'professional'}
      />
      <FormInput control={control} field="date" name="observation-date" type="date" label={t('candidateFile.observations.date')} required />
      <FormTextArea control={control} field="note" name="observation-note" label={t('candidateFile.observations.note')} hint={t('candidateFile.observations.noteHint')} />
      {recordId ? <PhotoField ownerTable="observations" ownerId={recordId} candidateId={candidateId} /> : null}
      <FileFormFooter busy={busy} failed={failed} rootError={errors.root} onCancel={onCancel} />
    </form>
  );
}

// Add or correct a practical observation or a mock test (docs/observations.md): on which
// accompaniment (its métier gives the UCs), linked to which positioning sitting if any, which UC, the task and its conditions, the criteria
// observed (met / partly / not yet), the overall result, who observed (the adviser, or a volunteer
// professional, named), the day and a note. Each field says what is wrong with it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMetierCatalogue } from '../../components/metiers/use-metier-catalogue';
import type { ObservationData } from '../../domain/entities';
import { ucDisplay, ucsOf } from '../../domain/metiers/catalogue';
import { normalUcCode } from '../../domain/metiers/schema';
import { OBSERVATION_KINDS, OBSERVATION_RESULTS, OBSERVER_KINDS } from '../../domain/positioning/observation-fields';
import type { CodeOption } from '../../i18n/code-labels';
import { CriteriaField } from './CriteriaField';
import { InputField, SelectField, TextAreaField } from '../../components/form/fields';
import { errorsOfRejection, type FieldErrors } from './form-errors';
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

export function ObservationForm({ candidateId, accompaniments, sittings = [], initial, recordId, onSave, onCancel }: ObservationFormProps) {
  const { t } = useTranslation();
  const { catalogue } = useMetierCatalogue();
  const [values, setValues] = useState<ObservationValues>(() => observationValues(initial, accompaniments[0]?.code ?? ''));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof ObservationValues>(field: K) => (value: ObservationValues[K]) => setValues((current) => ({ ...current, [field]: value }));

  const path = accompaniments.find((option) => option.code === values.accompanimentId);
  const metier = path?.metier ?? initial?.metier;
  const ucs = ucsOf(catalogue, metier, values.date || undefined);
  const ucOptions: CodeOption[] = ucs.map((uc) => ({ code: uc.code, label: ucDisplay(uc, uc.code) }));
  // A UC no longer current (or typed before the catalogue had the métier's UCs) stays selectable.
  if (values.uc.trim() && !ucs.some((uc) => normalUcCode(uc.code) === normalUcCode(values.uc))) ucOptions.push({ code: values.uc, label: values.uc });
  // A linked sitting no longer on the tablet (deleted, or of a site not pulled) stays selected, said so.
  const sittingOptions = values.positioningId && !sittings.some((option) => option.code === values.positioningId)
    ? [...sittings, { code: values.positioningId, label: t('candidateFile.observations.positioningUnknown') }]
    : sittings;
  const words = (prefix: string, codes: readonly string[]): CodeOption[] => codes.map((code) => ({ code, label: t(`candidateFile.observations.${prefix}.${code}`) }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const data = observationData(candidateId, metier, values, initial);
    const found = observationErrors(data);
    // The métier comes from the accompaniment: say so there.
    if (found.metier) found.accompanimentId ??= found.metier;
    setErrors(found);
    setFailed(false);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await onSave(data);
    } catch (error) {
      const fieldErrors = errorsOfRejection(error);
      if (fieldErrors) setErrors(fieldErrors);
      else setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  const title = t(initial ? 'candidateFile.observations.formTitleEdit' : 'candidateFile.observations.formTitleNew');
  return (
    <form className="file-form" onSubmit={(event) => void submit(event)} aria-label={title} noValidate>
      <h3 className="file-form__title">{title}</h3>
      <SelectField
        name="observation-accompaniment"
        label={t('candidateFile.observations.accompaniment')}
        required
        allowEmpty={false}
        errorKey={errors.accompanimentId}
        options={accompaniments}
        value={values.accompanimentId}
        onChange={set('accompanimentId')}
      />
      {sittingOptions.length > 0 ? (
        <SelectField
          name="observation-positioning"
          label={t('candidateFile.observations.positioning')}
          hint={t('candidateFile.observations.positioningHint')}
          errorKey={errors.positioningId}
          options={sittingOptions}
          value={values.positioningId}
          onChange={set('positioningId')}
        />
      ) : null}
      <SelectField name="observation-kind" label={t('candidateFile.observations.kindLabel')} required allowEmpty={false} options={words('kind', OBSERVATION_KINDS)} value={values.kind} onChange={(value) => set('kind')(value as ObservationValues['kind'])} />
      {ucs.length > 0 ? (
        <SelectField name="observation-uc" label={t('candidateFile.observations.uc')} required errorKey={errors.uc} options={ucOptions} value={values.uc} onChange={set('uc')} />
      ) : (
        <InputField name="observation-uc" label={t('candidateFile.observations.uc')} hint={t('candidateFile.observations.ucFreeHint')} required errorKey={errors.uc} value={values.uc} onChange={set('uc')} />
      )}
      <InputField name="observation-task" label={t('candidateFile.observations.task')} hint={t('candidateFile.observations.taskHint')} required errorKey={errors.task} value={values.task} onChange={set('task')} />
      <TextAreaField
        name="observation-conditions"
        label={t('candidateFile.observations.conditions')}
        hint={t('candidateFile.observations.conditionsHint')}
        errorKey={errors.conditions}
        value={values.conditions}
        onChange={set('conditions')}
      />
      <CriteriaField criteria={values.criteria} errors={errors} onChange={set('criteria')} />
      <SelectField
        name="observation-result"
        label={t('candidateFile.observations.resultLabel')}
        required
        errorKey={errors.result}
        options={words('result', OBSERVATION_RESULTS)}
        value={values.result}
        onChange={(value) => set('result')(value as ObservationValues['result'])}
      />
      <SelectField
        name="observation-observer"
        label={t('candidateFile.observations.observerKindLabel')}
        required
        allowEmpty={false}
        options={words('observerKind', OBSERVER_KINDS)}
        value={values.observerKind}
        onChange={(value) => set('observerKind')(value as ObservationValues['observerKind'])}
      />
      <InputField
        name="observation-observer-name"
        label={t('candidateFile.observations.observerName')}
        hint={t(values.observerKind === 'professional' ? 'candidateFile.observations.observerNameProHint' : 'candidateFile.observations.observerNameHint')}
        required={values.observerKind === 'professional'}
        errorKey={errors.observerName}
        value={values.observerName}
        onChange={set('observerName')}
      />
      <InputField name="observation-date" type="date" label={t('candidateFile.observations.date')} required errorKey={errors.date} value={values.date} onChange={set('date')} />
      <TextAreaField name="observation-note" label={t('candidateFile.observations.note')} hint={t('candidateFile.observations.noteHint')} errorKey={errors.note} value={values.note} onChange={set('note')} />
      {recordId ? <PhotoField ownerTable="observations" ownerId={recordId} candidateId={candidateId} /> : null}
      {failed ? (
        <p className="field__error" role="alert">
          {t('candidateFile.saveFailed')}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t(busy ? 'candidateFile.saving' : 'candidateFile.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('candidateFile.cancel')}
        </button>
      </div>
    </form>
  );
}

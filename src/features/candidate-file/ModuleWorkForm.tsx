// Add or correct a piece of individual module work (docs/report-counting.md): which accompaniment, the
// day, the module, how long (in minutes) and who did it, with an optional note. One question per
// field; each field says what is wrong with it.
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormInput, FormSelect, FormTextArea } from '../../components/form/form-controls';
import { useRecordForm } from '../../components/form/use-record-form';
import { FileFormFooter } from './FileFormFooter';
import { requiredChoice } from '../../components/form/value-schemas';
import { brusselsDate } from '../../domain/dates';
import { MAX_MODULE_WORK_MINUTES, type ModuleWorkData } from '../../domain/entities';
import type { CodeOption } from '../../i18n/code-labels';
import { codeOptions } from './labels';

interface ModuleWorkFormProps {
  candidateId: string;
  /** The person's accompaniments, as options (the open ones first). */
  accompaniments: CodeOption[];
  advisers: CodeOption[];
  adviserId: string;
  initial?: ModuleWorkData;
  onSave: (data: ModuleWorkData) => Promise<void>;
  onCancel: () => void;
}

/** A whole number of minutes from 1 to the maximum. */
const minutes = z
  .string()
  .trim()
  .min(1, { message: 'required' })
  .regex(/^\d+$/, { message: 'invalidNumber' })
  .refine((text) => Number(text) >= 1 && Number(text) <= MAX_MODULE_WORK_MINUTES, { message: 'outOfRange' });

const workValues = z.object({ accompanimentId: requiredChoice, date: requiredChoice, module: requiredChoice, minutes, adviserId: requiredChoice, note: z.string() });

export function ModuleWorkForm({ candidateId, accompaniments, advisers, adviserId, initial, onSave, onCancel }: ModuleWorkFormProps) {
  const { t, i18n } = useTranslation();
  const { form, submit, failed, errors, busy } = useRecordForm({
    schema: workValues,
    defaultValues: {
      accompanimentId: initial?.accompanimentId ?? accompaniments[0]?.code ?? '',
      date: initial?.date ?? brusselsDate(),
      module: initial?.module ?? '',
      minutes: initial?.minutes !== undefined ? String(initial.minutes) : '',
      adviserId: initial?.adviserId ?? adviserId,
      note: initial?.note ?? '',
    },
    save: (values) => {
      const data: ModuleWorkData = { ...initial, ...values, candidateId, module: values.module as ModuleWorkData['module'], minutes: Number(values.minutes), note: undefined };
      if (values.note.trim()) data.note = values.note.trim();
      else if (initial?.note) data.note = null;
      else delete data.note;
      return onSave(data);
    },
  });
  const { control } = form;

  const title = t(initial ? 'candidateFile.moduleWork.formTitleEdit' : 'candidateFile.moduleWork.formTitleNew');
  return (
    <form className="file-form" onSubmit={(event) => void submit(event)} aria-label={title} noValidate>
      <h3 className="file-form__title">{title}</h3>
      <FormSelect control={control} field="accompanimentId" name="work-accompaniment" label={t('candidateFile.moduleWork.accompaniment')} required allowEmpty={false} options={accompaniments} />
      <FormInput control={control} field="date" name="work-date" type="date" label={t('candidateFile.moduleWork.date')} required />
      <FormSelect control={control} field="module" name="work-module" label={t('candidateFile.moduleWork.module')} required options={codeOptions('modules', i18n.language)} />
      <FormInput
        control={control}
        field="minutes"
        name="work-minutes"
        type="number"
        label={t('candidateFile.moduleWork.minutes')}
        hint={t('candidateFile.moduleWork.minutesHint', { max: MAX_MODULE_WORK_MINUTES })}
        required
      />
      <FormSelect control={control} field="adviserId" name="work-adviser" label={t('candidateFile.moduleWork.who')} required allowEmpty={false} options={advisers} />
      <FormTextArea control={control} field="note" name="work-note" label={t('candidateFile.moduleWork.note')} hint={t('candidateFile.moduleWork.noteHint')} />
      <FileFormFooter busy={busy} failed={failed} rootError={errors.root} onCancel={onCancel} />
    </form>
  );
}

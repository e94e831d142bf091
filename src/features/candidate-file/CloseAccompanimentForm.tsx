// Close an accompaniment: exit date (today by default, not before the start) and exit reason.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormInput, FormSelect } from '../../components/form/form-controls';
import { useRecordForm } from '../../components/form/use-record-form';
import { FileFormFooter } from './FileFormFooter';
import { requiredChoice } from '../../components/form/value-schemas';
import { brusselsDate } from '../../domain/dates';
import type { AccompanimentData } from '../../domain/entities';
import { exitDateIssue } from '../../domain/plausibility';
import { codeOptions } from './labels';
import { TRANSFER_EXIT_REASON } from '../../domain/file-admin';

interface CloseAccompanimentFormProps {
  title: string;
  startDate: string | undefined;
  onClose: (exit: Pick<AccompanimentData, 'exitDate' | 'exitReason'>) => Promise<void>;
  onCancel: () => void;
}

const exitValues = (startDate: string | undefined) =>
  z.object({ exitDate: requiredChoice, exitReason: requiredChoice }).superRefine(({ exitDate }, ctx) => {
    const beforeStart = exitDateIssue(startDate, exitDate);
    if (beforeStart) ctx.addIssue({ code: 'custom', path: ['exitDate'], message: beforeStart });
  });

export function CloseAccompanimentForm({ title, startDate, onClose, onCancel }: CloseAccompanimentFormProps) {
  const { t, i18n } = useTranslation();
  const schema = useMemo(() => exitValues(startDate), [startDate]);
  const { form, submit, failed, errors, busy } = useRecordForm({
    schema,
    defaultValues: { exitDate: brusselsDate(), exitReason: '' },
    save: ({ exitDate, exitReason }) => onClose({ exitDate, exitReason: exitReason as AccompanimentData['exitReason'] }),
  });
  const { control } = form;

  return (
    <form className="file-form" onSubmit={(event) => void submit(event)} aria-label={title} noValidate>
      <h3 className="file-form__title">{title}</h3>
      <div className="form-grid">
        <FormInput control={control} field="exitDate" name="close-exit-date" type="date" label={t('candidateFile.accompaniment.exitDate')} required />
        <FormSelect
          control={control}
          field="exitReason"
          name="close-exit-reason"
          label={t('candidateFile.accompaniment.exitReason')}
          required
          options={codeOptions('exitReasons', i18n.language).filter((option) => option.code !== TRANSFER_EXIT_REASON)}
        />
      </div>
      <FileFormFooter busy={busy} failed={failed} rootError={errors.root} onCancel={onCancel} saveLabel={t('candidateFile.accompaniment.close')} />
    </form>
  );
}

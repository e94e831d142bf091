// Open or correct an accompaniment: métier, start date, adviser (the current user by default); for
// a closed one, its exit date and reason too. The site is the candidate's (shown, not chosen here).
// One open accompaniment per métier: the caller's `openConflict` refuses a second one in words.
import { useMemo, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormInput, FormSelect } from '../../components/form/form-controls';
import { useRecordForm } from '../../components/form/use-record-form';
import { FileFormFooter } from './FileFormFooter';
import { requiredChoice } from '../../components/form/value-schemas';
import { brusselsDate } from '../../domain/dates';
import type { AccompanimentData } from '../../domain/entities';
import type { CodeOption } from '../../i18n/code-labels';
import { MetierSelect } from '../../components/metiers/MetierSelect';
import { useMetierCatalogue } from '../../components/metiers/use-metier-catalogue';
import { codeOptions } from './labels';
import { TRANSFER_EXIT_REASON } from '../../domain/file-admin';

interface AccompanimentFormProps {
  candidateId: string;
  adviserId: string;
  advisers: CodeOption[];
  siteName: string;
  /** The candidate's site: its métiers come first in the métier picker. */
  siteId: string;
  initial?: AccompanimentData;
  /** True when another accompaniment of this person is open for the métier. */
  openConflict: (metier: string) => boolean;
  onSave: (data: AccompanimentData) => Promise<void>;
  onCancel: () => void;
}

const openValues = z.object({ metier: requiredChoice, startDate: requiredChoice, adviserId: z.string(), exitDate: z.string(), exitReason: z.string() });
/** A closed accompaniment keeps its end: a date not before the start, and a reason. */
const closedValues = openValues.extend({ exitDate: requiredChoice, exitReason: requiredChoice }).superRefine(({ startDate, exitDate }, ctx) => {
  if (exitDate && startDate && exitDate < startDate) ctx.addIssue({ code: 'custom', path: ['exitDate'], message: 'endBeforeStart' });
});

export function AccompanimentForm({ candidateId, adviserId, advisers, siteName, siteId, initial, openConflict, onSave, onCancel }: AccompanimentFormProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { catalogue, metiersOfSite } = useMetierCatalogue();
  const closed = initial?.status === 'closed';
  const [conflict, setConflict] = useState(false);
  const schema = useMemo(() => (closed ? closedValues : openValues), [closed]);
  const { form, submit, failed, errors, busy } = useRecordForm({
    schema,
    defaultValues: {
      metier: initial?.metier ?? '',
      startDate: initial?.startDate ?? brusselsDate(),
      adviserId: initial?.adviserId ?? adviserId,
      exitDate: initial?.exitDate ?? '',
      exitReason: initial?.exitReason ?? '',
    },
    save: async (values) => {
      if (!closed && openConflict(values.metier)) return;
      const data: AccompanimentData = {
        ...initial,
        candidateId,
        metier: values.metier as AccompanimentData['metier'],
        startDate: values.startDate,
        adviserId: values.adviserId || adviserId,
        status: initial?.status ?? 'open',
      };
      if (closed) {
        data.exitDate = values.exitDate;
        data.exitReason = values.exitReason as AccompanimentData['exitReason'];
      }
      await onSave(data);
    },
  });
  const { control } = form;
  const [startDate, adviser] = useWatch({ control, name: ['startDate', 'adviserId'] });

  const title = t(initial ? 'candidateFile.accompaniment.formTitleEdit' : 'candidateFile.accompaniment.formTitleNew');
  const adviserOptions = advisers.some((option) => option.code === adviser) || !adviser ? advisers : [...advisers, { code: adviser, label: adviser }];
  return (
    <form
      className="file-form"
      onSubmit={(event) => {
        // Said with the other checks, whatever they find: a second open accompaniment of the métier.
        const metier = form.getValues('metier');
        setConflict(!closed && Boolean(metier) && openConflict(metier));
        void submit(event);
      }}
      aria-label={title}
      noValidate
    >
      <h3 className="file-form__title">{title}</h3>
      <div className="form-grid">
        <Controller
          control={control}
          name="metier"
          render={({ field, fieldState }) => (
            <MetierSelect
              name="acc-metier"
              label={t('candidateFile.accompaniment.metier')}
              required
              errorKey={fieldState.error?.message}
              catalogue={catalogue}
              siteMetiers={metiersOfSite(siteId)}
              date={startDate || brusselsDate()}
              value={field.value}
              inputRef={field.ref}
              onChange={(value) => {
                field.onChange(value);
                setConflict(false);
              }}
            />
          )}
        />
        <FormInput control={control} field="startDate" name="acc-start" type="date" label={t('candidateFile.accompaniment.startDate')} required />
        <FormSelect control={control} field="adviserId" name="acc-adviser" label={t('candidateFile.accompaniment.adviser')} allowEmpty={false} options={adviserOptions} />
        <div className="field">
          <span className="field__label">{t('candidateFile.accompaniment.site')}</span>
          <span>{siteName}</span>
        </div>
        {closed ? (
          <>
            <FormInput control={control} field="exitDate" name="acc-exit-date" type="date" label={t('candidateFile.accompaniment.exitDate')} required />
            <FormSelect
              control={control}
              field="exitReason"
              name="acc-exit-reason"
              label={t('candidateFile.accompaniment.exitReason')}
              required
              options={codeOptions('exitReasons', language).filter((option) => option.code !== TRANSFER_EXIT_REASON || option.code === initial?.exitReason)}
            />
          </>
        ) : null}
      </div>
      {conflict ? (
        <p className="field__error" role="alert">
          {t('candidateFile.accompaniment.alreadyOpen')}
        </p>
      ) : null}
      <FileFormFooter busy={busy} failed={failed} rootError={errors.root} onCancel={onCancel} />
    </form>
  );
}

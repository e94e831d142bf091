// The one form of a past year's figures (docs/report-counting.md, "Evolution over years and past
// years"), shared by a site's figures (coordinators) and the network's distinct totals (the
// network reporter): a record form (docs/architecture.md, "Record forms") whose values are checked
// in their fields; the caller sends them and says the outcome below the form.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormFooter } from '../../components/form/FormFooter';
import { FormInput, FormSelect } from '../../components/form/form-controls';
import { useRecordForm } from '../../components/form/use-record-form';
import type { CodeOption } from '../../i18n/code-labels';
import { FIRST_PAST_YEAR } from './past-years-api';

export interface PastYearValues {
  year: string;
  /** '' for the network's totals. */
  siteId: string;
  spocPersons: string;
  accompaniedPersons: string;
  accompaniments: string;
}

export interface PastYearFigures {
  year: number;
  spocPersons: number;
  accompaniedPersons: number;
  /** Left empty: unknown (the evolution table says so), never 0. */
  accompaniments: number | null;
}

const WHOLE = /^\s*\d+\s*$/;
const persons = z.string().refine((text) => WHOLE.test(text), { message: 'reports.pastYears.invalidPersons' });

/** The values as typed, a year of the app's past and whole numbers of persons. */
export function pastYearValuesSchema(lastYear: number): z.ZodType<PastYearValues, PastYearValues> {
  return z.object({
    year: z.string().refine((text) => WHOLE.test(text) && Number(text) >= FIRST_PAST_YEAR && Number(text) <= lastYear, { message: 'reports.pastYears.invalidYear' }),
    siteId: z.string(),
    spocPersons: persons,
    accompaniedPersons: persons,
    accompaniments: z.string().refine((text) => text.trim() === '' || WHOLE.test(text), { message: 'reports.pastYears.invalidPersons' }),
  });
}

export function pastYearFigures(values: PastYearValues): PastYearFigures {
  return {
    year: Number(values.year),
    spocPersons: Number(values.spocPersons),
    accompaniedPersons: Number(values.accompaniedPersons),
    accompaniments: values.accompaniments.trim() === '' ? null : Number(values.accompaniments),
  };
}

interface Props {
  /** The id stem of the fields (`<idPrefix>-year`…). */
  idPrefix: string;
  title: string;
  labels: { spocPersons: string; accompaniedPersons: string; accompaniments: string };
  lastYear: number;
  defaultValues: PastYearValues;
  /** The sites to choose from (none: the network's totals, no site field). */
  sites?: readonly CodeOption[];
  /** Correcting an entered row: its year and site stay. */
  correcting?: boolean;
  disabled: boolean;
  /** Sends the figures; says its own outcome (the form only checks them). */
  onSave: (figures: PastYearFigures, siteId: string) => Promise<void>;
  onCancel?: () => void;
}

export function PastYearForm({ idPrefix, title, labels, lastYear, defaultValues, sites, correcting = false, disabled, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  // Only while sending: a fieldset disabled while checking would refuse the focus to the first invalid field.
  const [sending, setSending] = useState(false);
  const { form, submit, busy } = useRecordForm<PastYearValues>({
    schema: pastYearValuesSchema(lastYear),
    defaultValues,
    save: async (values) => {
      setSending(true);
      try {
        await onSave(pastYearFigures(values), values.siteId);
      } finally {
        setSending(false);
      }
    },
  });
  const number = { type: 'number', control: form.control } as const;
  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-label={title}>
      <fieldset disabled={disabled || sending} className="choice-group">
        <legend className="field__label">{title}</legend>
        <div className="form-grid">
          <FormInput
            {...number}
            field="year"
            name={`${idPrefix}-year`}
            label={t('reports.pastYears.year')}
            inputProps={{ min: FIRST_PAST_YEAR, max: lastYear, readOnly: correcting }}
            errorValues={{ first: FIRST_PAST_YEAR, last: lastYear }}
          />
          {sites ? <FormSelect control={form.control} field="siteId" name={`${idPrefix}-site`} label={t('reports.pastYears.site')} options={[...sites]} allowEmpty={false} disabled={correcting} /> : null}
          <FormInput {...number} field="spocPersons" name={`${idPrefix}-spoc`} label={labels.spocPersons} />
          <FormInput {...number} field="accompaniedPersons" name={`${idPrefix}-accompanied`} label={labels.accompaniedPersons} />
          <FormInput {...number} field="accompaniments" name={`${idPrefix}-accompaniments`} label={labels.accompaniments} />
        </div>
        <FormFooter busy={busy} saveLabel={t('reports.pastYears.save')} cancelLabel={onCancel ? t('reports.pastYears.cancel') : undefined} onCancel={onCancel} />
      </fieldset>
    </form>
  );
}

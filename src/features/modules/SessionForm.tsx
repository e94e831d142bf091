// Planning or correcting a module session: site, module, title, date, times, facilitator, capacity.
import { useTranslation } from 'react-i18next';
import { valuesCheckedBy } from '../../components/form/checked-values';
import { FormFooter } from '../../components/form/FormFooter';
import { FormInput, FormSelect } from '../../components/form/form-controls';
import { useRecordForm } from '../../components/form/use-record-form';
import { moduleOptions } from './module-format';
import { checkSession, type SessionFormValues } from './session-form-model';
import { useSiteNames } from '../../components/use-site-names';

interface SessionFormProps {
  initial: SessionFormValues;
  /** The site cannot change once the session exists (its roll call belongs to the site). */
  siteLocked?: boolean;
  submitLabel: string;
  onSubmit: (values: SessionFormValues) => Promise<void>;
}

type TextField = Exclude<keyof SessionFormValues, 'siteId' | 'module'>;

const TEXT_FIELDS: { name: TextField; type: 'text' | 'date' | 'time' | 'number'; required?: boolean }[] = [
  { name: 'title', type: 'text' },
  { name: 'date', type: 'date', required: true },
  { name: 'startTime', type: 'time' },
  { name: 'endTime', type: 'time' },
  { name: 'facilitator', type: 'text' },
  { name: 'capacity', type: 'number' },
];

const sessionValues = valuesCheckedBy<SessionFormValues>(checkSession);

export function SessionForm({ initial, siteLocked, submitLabel, onSubmit }: SessionFormProps) {
  const { t, i18n } = useTranslation();
  const sites = useSiteNames();
  const { form, submit, failed, errors, busy } = useRecordForm({ schema: sessionValues, defaultValues: initial, save: (values) => onSubmit(values) });
  const { control } = form;

  return (
    <form className="session-form" noValidate onSubmit={(event) => void submit(event)}>
      <div className="form-grid">
        <FormSelect control={control} field="siteId" name="siteId" label={t('modules.form.site')} options={sites} allowEmpty={false} disabled={siteLocked} required />
        <FormSelect
          control={control}
          field="module"
          name="module"
          label={t('modules.form.module')}
          options={[{ code: '', label: t('modules.form.choose') }, ...moduleOptions(i18n.language)]}
          allowEmpty={false}
          required
        />
        {TEXT_FIELDS.map((field) => (
          <FormInput key={field.name} control={control} field={field.name} name={field.name} type={field.type} label={t(`modules.form.${field.name}`)} required={field.required} />
        ))}
      </div>
      <FormFooter busy={busy} saveLabel={submitLabel} failed={failed} failedMessage={t('modules.form.saveFailed')} rootError={errors.root} large />
    </form>
  );
}

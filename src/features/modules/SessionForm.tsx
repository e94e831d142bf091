// Planning or correcting a module session: site, module, title, date, times, facilitator, capacity.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '../../components/form/FieldShell';
import { moduleOptions } from './module-format';
import { checkSession, type SessionFormErrors, type SessionFormValues } from './session-form-model';
import { useSiteChoices } from './use-site-choices';

interface SessionFormProps {
  initial: SessionFormValues;
  /** The site cannot change once the session exists (its roll call belongs to the site). */
  siteLocked?: boolean;
  submitLabel: string;
  onSubmit: (values: SessionFormValues) => Promise<void>;
}

type TextField = Exclude<keyof SessionFormValues, 'siteId' | 'module'>;

const TEXT_FIELDS: { name: TextField; type: string; required?: boolean }[] = [
  { name: 'title', type: 'text' },
  { name: 'date', type: 'date', required: true },
  { name: 'startTime', type: 'time' },
  { name: 'endTime', type: 'time' },
  { name: 'facilitator', type: 'text' },
  { name: 'capacity', type: 'number' },
];

export function SessionForm({ initial, siteLocked, submitLabel, onSubmit }: SessionFormProps) {
  const { t, i18n } = useTranslation();
  const sites = useSiteChoices();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<SessionFormErrors>({});
  const [busy, setBusy] = useState(false);
  const set = (name: keyof SessionFormValues, value: string) => setValues((previous) => ({ ...previous, [name]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkSession(values);
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`field-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await onSubmit(values);
    } finally {
      setBusy(false);
    }
  }

  const chooseLabel = t('modules.form.choose');
  return (
    <form className="session-form" noValidate onSubmit={(event) => void submit(event)}>
      <div className="form-grid">
        <FieldShell name="siteId" label={t('modules.form.site')} errorKey={errors.siteId} required>
          {(ids) => (
            <select
              id={ids.inputId}
              className="input"
              value={values.siteId}
              disabled={siteLocked}
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
              onChange={(event) => set('siteId', event.target.value)}
            >
              {sites.map((site) => (
                <option key={site.code} value={site.code}>
                  {site.label}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
        <FieldShell name="module" label={t('modules.form.module')} errorKey={errors.module} required>
          {(ids) => (
            <select
              id={ids.inputId}
              className="input"
              value={values.module}
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
              onChange={(event) => set('module', event.target.value)}
            >
              <option value="">{chooseLabel}</option>
              {moduleOptions(i18n.language).map((option) => (
                <option key={option.code} value={option.code}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
        {TEXT_FIELDS.map((field) => (
          <FieldShell key={field.name} name={field.name} label={t(`modules.form.${field.name}`)} errorKey={errors[field.name]} required={field.required}>
            {(ids) => (
              <input
                id={ids.inputId}
                className="input"
                type={field.type}
                min={field.type === 'number' ? 0 : undefined}
                value={values[field.name]}
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
                onChange={(event) => set(field.name, event.target.value)}
              />
            )}
          </FieldShell>
        ))}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary button--large" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

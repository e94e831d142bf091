// The administrator's forms for organisations: a new one (its name, and its reference suggested from
// the name: lowercase letters, digits and dashes, as the admin CLI's), and a new name for one.
// The server's refusals are shown at their field, in words.
import { useEffect, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormInput } from '../../components/form/form-controls';
import { useRecordForm } from '../../components/form/use-record-form';
import { createOrganisationSchema, organisationIdFrom, renameOrganisationSchema, type CreateOrganisationBody, type OrganisationSummary } from '../../domain/accounts';
import { AccountFormFooter } from './AccountFormFooter';

const CODE_INPUT = { autoCapitalize: 'none', spellCheck: false } as const;

interface CreateProps {
  taken: readonly string[];
  onCreate(body: CreateOrganisationBody): Promise<OrganisationSummary>;
  onDone(created?: OrganisationSummary): void;
}

export function OrganisationForm({ taken, onCreate, onDone }: CreateProps) {
  const { t } = useTranslation();
  const { form, submit, failure, errors, busy } = useRecordForm({
    schema: createOrganisationSchema.superRefine(({ id }, ctx) => {
      if (taken.includes(id)) ctx.addIssue({ code: 'custom', path: ['id'], message: 'taken' });
    }),
    defaultValues: { name: '', id: '' },
    save: async (values) => onDone(await onCreate(values)),
  });
  // The reference follows the name as long as it is the one suggested (not typed over).
  const name = useWatch({ control: form.control, name: 'name' });
  const suggested = useRef('');
  useEffect(() => {
    if (form.getValues('id') !== suggested.current) return;
    suggested.current = organisationIdFrom(name);
    form.setValue('id', suggested.current);
  }, [form, name]);

  return (
    <form className="panel" aria-labelledby="organisation-new-title" onSubmit={(event) => void submit(event)} noValidate>
      <h3 id="organisation-new-title">{t('accounts.organisations.newTitle')}</h3>
      <FormInput control={form.control} field="name" name="organisation-name" label={t('accounts.organisations.nameField')} required />
      <FormInput control={form.control} field="id" name="organisation-id" inputProps={CODE_INPUT} label={t('accounts.organisations.id')} hint={t('accounts.organisations.idHint')} required />
      <AccountFormFooter busy={busy} saveLabel={t('accounts.organisations.create')} failure={failure} rootError={errors.root} onCancel={() => onDone()} />
    </form>
  );
}

interface RenameProps {
  organisation: OrganisationSummary;
  onRename(name: string): Promise<OrganisationSummary>;
  onDone(renamed?: OrganisationSummary): void;
}

export function RenameOrganisationForm({ organisation, onRename, onDone }: RenameProps) {
  const { t } = useTranslation();
  const { form, submit, failure, errors, busy } = useRecordForm({
    schema: renameOrganisationSchema,
    defaultValues: { name: organisation.name },
    save: async (values) => onDone(await onRename(values.name)),
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('accounts.organisations.renameOne', { name: organisation.name })}>
      <FormInput control={form.control} field="name" name={`organisation-rename-${organisation.id}`} label={t('accounts.organisations.newName')} required />
      <AccountFormFooter busy={busy} saveLabel={t('accounts.organisations.saveName')} failure={failure} rootError={errors.root} onCancel={() => onDone()} />
    </form>
  );
}

// Creating an account, or changing one (name, role, sites, active). The server decides what the
// user may give (their own sites, no administrator role for coordinators) and answers refusals in
// words, shown in the field they concern; nothing changes when it refuses.
import { useController } from 'react-hook-form';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { FormInput, FormSelect } from '../../components/form/form-controls';
import { useRecordForm } from '../../components/form/use-record-form';
import { createAccountSchema, updateAccountSchema } from '../../domain/accounts';
import type { AccountSummary, CreateAccountBody, UpdateAccountBody } from '../../domain/accounts';
import type { Role } from '../../domain/codes';
import { validationKey } from '../../i18n/validation-key';
import type { CodeOption } from '../../i18n/code-labels';
import { AccountFormFooter } from './AccountFormFooter';
import { SECRET_FIELD_AUTOCOMPLETE } from '../../components/secret-field';

interface FormValues {
  email: string;
  name: string;
  role: Role;
  siteIds: string[];
  password: string;
  active: boolean;
}

interface AccountFormProps {
  /** The account being changed; absent to create one. */
  account?: AccountSummary;
  roles: readonly Role[];
  sites: CodeOption[];
  siteName(siteId: string): string;
  /** The organisation a site belongs to (its name), to group the sites; absent: one plain list. */
  groupOf?: (siteId: string) => string | undefined;
  onCreate(body: CreateAccountBody): Promise<unknown>;
  onUpdate(body: UpdateAccountBody): Promise<unknown>;
  /** Called after a confirmed change (true) or on cancel (false). */
  onDone(changed: boolean): void;
}

// The form holds the fields of both forms; each schema accepts the other's as unused extras.
const createFormSchema = createAccountSchema.extend({ active: z.boolean() }) as unknown as z.ZodType<FormValues, FormValues>;
const editFormSchema = updateAccountSchema.required({ name: true, role: true, siteIds: true, active: true }).extend({ email: z.string(), password: z.string() }) as unknown as z.ZodType<FormValues, FormValues>;
const FIELDS = new Set<string>(['email', 'name', 'role', 'siteIds', 'password', 'active']);

export function AccountForm({ account, roles, sites, siteName, groupOf, onCreate, onUpdate, onDone }: AccountFormProps) {
  const { t } = useTranslation();
  const creating = account === undefined;
  const { form, submit, failure, errors, busy } = useRecordForm<FormValues>({
    schema: creating ? createFormSchema : editFormSchema,
    defaultValues: {
      email: account?.email ?? '',
      name: account?.name ?? '',
      role: account?.role ?? 'adviser',
      siteIds: account?.siteIds ?? (sites.length === 1 && sites[0] ? [sites[0].code] : []),
      password: '',
      active: account?.active ?? true,
    },
    save: async (values) => {
      if (creating) await onCreate({ email: values.email, name: values.name, role: values.role, siteIds: values.siteIds, password: values.password });
      else await onUpdate({ name: values.name, role: values.role, siteIds: values.siteIds, active: values.active });
      onDone(true);
    },
    // The server names a site by its place in the list (siteIds.1): the message goes on the list.
    fieldOfIssue: (path) => {
      const head = path.split('.')[0] ?? '';
      return FIELDS.has(head) ? head : 'root';
    },
  });
  const { control } = form;
  // Sites as an array whatever their number (a lone checkbox would otherwise give a boolean).
  const { field: sitesField } = useController({ control, name: 'siteIds' });
  const chosenSites = sitesField.value;
  // The person's sites the manager does not coordinate: kept as they are, shown for information.
  const otherSites = (account?.siteIds ?? []).filter((siteId) => !sites.some((site) => site.code === siteId));
  const toggleSite = (code: string) => sitesField.onChange(chosenSites.includes(code) ? chosenSites.filter((id) => id !== code) : [...chosenSites, code]);
  const active = form.register('active');
  const roleOptions = roles.map((role) => ({ code: role, label: t(`accounts.role.${role}`) }));
  const secret = { autoComplete: SECRET_FIELD_AUTOCOMPLETE };
  const groups = groupSites(sites, groupOf);
  // The first box takes the focus when the sites are refused.
  const firstSite = groups[0]?.[1][0]?.code;

  return (
    <form className="account-form" onSubmit={(event) => void submit(event)} noValidate>
      {creating ? <FormInput control={control} field="email" name="account-email" type="email" label={t('accounts.field.email')} required /> : null}
      <FormInput control={control} field="name" name="account-name" label={t('accounts.field.name')} required />
      <FormSelect control={control} field="role" name="account-role" label={t('accounts.field.role')} options={roleOptions} allowEmpty={false} required />
      <fieldset className={errors.siteIds ? 'field field--invalid' : 'field'} aria-describedby={errors.siteIds ? 'account-siteIds-error' : undefined}>
        <legend className="field__label">{t('accounts.field.sites')}</legend>
        {groups.map(([group, options]) => {
          const boxes = options.map((site) => (
            <label key={site.code} className="checkbox">
              <input
                ref={site.code === firstSite ? sitesField.ref : undefined}
                type="checkbox"
                checked={chosenSites.includes(site.code)}
                onChange={() => toggleSite(site.code)}
              />{' '}
              {site.label}
            </label>
          ));
          return group ? (
            <fieldset key={group} className="account-form__organisation">
              <legend>{group}</legend>
              {boxes}
            </fieldset>
          ) : (
            boxes
          );
        })}
        {otherSites.map((siteId) => (
          <label key={siteId} className="checkbox">
            <input type="checkbox" checked disabled /> {t('accounts.field.otherSite', { site: siteName(siteId) })}
          </label>
        ))}
        {errors.siteIds ? (
          <p id="account-siteIds-error" className="field__error">
            {t(validationKey(errors.siteIds))}
          </p>
        ) : null}
      </fieldset>
      {creating ? (
        <FormInput control={control} field="password" name="account-password" type="password" inputProps={secret} label={t('accounts.field.password')} hint={t('accounts.field.passwordHint')} required />
      ) : (
        <label className="checkbox">
          <input type="checkbox" {...active} /> {t('accounts.field.active')}
        </label>
      )}
      {errors.active ? (
        <p className="field__error" role="alert">
          {t(validationKey(errors.active))}
        </p>
      ) : null}
      <AccountFormFooter busy={busy} saveLabel={t(creating ? 'accounts.create' : 'accounts.save')} failure={failure} rootError={errors.root} onCancel={() => onDone(false)} />
    </form>
  );
}

/** Sites grouped by organisation, in the order given; one unnamed group when there is one or none. */
function groupSites(sites: readonly CodeOption[], groupOf: ((siteId: string) => string | undefined) | undefined): [string | undefined, CodeOption[]][] {
  const groups = new Map<string | undefined, CodeOption[]>();
  for (const site of sites) {
    const group = groupOf?.(site.code);
    groups.set(group, [...(groups.get(group) ?? []), site]);
  }
  return groups.size > 1 ? [...groups] : [[undefined, [...sites]]];
}

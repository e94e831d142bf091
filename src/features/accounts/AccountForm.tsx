// Creating an account, or changing one (name, role, sites, active). The server decides what the
// user may give (their own sites, no administrator role for coordinators) and answers refusals in
// words, shown in the field they concern; nothing changes when it refuses.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '../../components/form/FieldShell';
import { createAccountSchema, updateAccountSchema } from '../../domain/accounts';
import type { AccountSummary, CreateAccountBody, UpdateAccountBody } from '../../domain/accounts';
import type { Role } from '../../domain/codes';
import { validationKey } from '../../i18n/validation-key';
import type { CodeOption } from '../../i18n/code-labels';
import { failureKey, fieldIssuesOf } from './server-issues';
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
const createFormSchema = createAccountSchema.extend({ active: z.boolean() });
const editFormSchema = updateAccountSchema.required({ name: true, role: true, siteIds: true, active: true }).extend({ email: z.string(), password: z.string() });

export function AccountForm({ account, roles, sites, siteName, groupOf, onCreate, onUpdate, onDone }: AccountFormProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string>();
  const creating = account === undefined;
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    control,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({
    resolver: zodResolver((creating ? createFormSchema : editFormSchema) as never),
    defaultValues: {
      email: account?.email ?? '',
      name: account?.name ?? '',
      role: account?.role ?? 'adviser',
      siteIds: account?.siteIds ?? (sites.length === 1 && sites[0] ? [sites[0].code] : []),
      password: '',
      active: account?.active ?? true,
    },
  });

  async function submit(values: FormValues) {
    setFailure(undefined);
    try {
      if (creating) await onCreate({ email: values.email, name: values.name, role: values.role, siteIds: values.siteIds, password: values.password });
      else await onUpdate({ name: values.name, role: values.role, siteIds: values.siteIds, active: values.active });
      onDone(true);
    } catch (error) {
      const issues = fieldIssuesOf(error);
      for (const issue of issues) setError(issue.field as keyof FormValues, { message: issue.key });
      if (issues.length === 0) setFailure(t(failureKey(error)));
    }
  }

  // Sites as an array whatever their number (a lone checkbox would otherwise give a boolean).
  const chosenSites = useWatch({ control, name: 'siteIds' });
  // The person's sites the manager does not coordinate: kept as they are, shown for information.
  const otherSites = (account?.siteIds ?? []).filter((siteId) => !sites.some((site) => site.code === siteId));
  const toggleSite = (code: string) =>
    setValue('siteIds', chosenSites.includes(code) ? chosenSites.filter((id) => id !== code) : [...chosenSites, code], { shouldDirty: true });
  const field = (name: keyof FormValues) => ({ errorKey: errors[name]?.message, name: `account-${name}` });
  const shells = { email: field('email'), name: field('name'), role: field('role'), password: field('password') };
  const inputs = {
    email: register('email'),
    name: register('name'),
    role: register('role'),
    password: register('password'),
    active: register('active'),
  };

  return (
    <form className="account-form" onSubmit={(event) => void handleSubmit(submit)(event)} noValidate>
      {creating ? (
        <FieldShell {...shells.email} label={t('accounts.field.email')} required>
          {(ids) => <input id={ids.inputId} className="input" type="email" autoComplete="off" aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} {...inputs.email} />}
        </FieldShell>
      ) : null}
      <FieldShell {...shells.name} label={t('accounts.field.name')} required>
        {(ids) => <input id={ids.inputId} className="input" autoComplete="off" aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} {...inputs.name} />}
      </FieldShell>
      <FieldShell {...shells.role} label={t('accounts.field.role')} required>
        {(ids) => (
          <select id={ids.inputId} className="input" aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} {...inputs.role}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {t(`accounts.role.${role}`)}
              </option>
            ))}
          </select>
        )}
      </FieldShell>
      <fieldset className={errors.siteIds ? 'field field--invalid' : 'field'} aria-describedby={errors.siteIds ? 'account-siteIds-error' : undefined}>
        <legend className="field__label">{t('accounts.field.sites')}</legend>
        {groupSites(sites, groupOf).map(([group, options]) => {
          const boxes = options.map((site) => (
            <label key={site.code} className="checkbox">
              <input type="checkbox" checked={chosenSites.includes(site.code)} onChange={() => toggleSite(site.code)} /> {site.label}
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
        {errors.siteIds?.message ? (
          <p id="account-siteIds-error" className="field__error">
            {t(validationKey(errors.siteIds.message))}
          </p>
        ) : null}
      </fieldset>
      {creating ? (
        <FieldShell {...shells.password} label={t('accounts.field.password')} hint={t('accounts.field.passwordHint')} required>
          {(ids) => (
            <input id={ids.inputId} className="input" type="password" autoComplete={SECRET_FIELD_AUTOCOMPLETE} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} {...inputs.password} />
          )}
        </FieldShell>
      ) : (
        <label className="checkbox">
          <input type="checkbox" {...inputs.active} /> {t('accounts.field.active')}
        </label>
      )}
      {errors.active?.message ? (
        <p className="field__error" role="alert">
          {t(validationKey(errors.active.message))}
        </p>
      ) : null}
      {failure ? (
        <p className="field__error" role="alert">
          {failure}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {t(creating ? 'accounts.create' : 'accounts.save')}
        </button>
        <button type="button" className="button" onClick={() => onDone(false)}>
          {t('accounts.cancel')}
        </button>
      </div>
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

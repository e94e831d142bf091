// The administrator's forms for organisations: a new one (its name, and its reference suggested from
// the name: lowercase letters, digits and dashes, as the admin CLI's), and a new name for one.
// The server's refusals are shown at their field, in words.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '../../components/form/FieldShell';
import { createOrganisationSchema, organisationIdFrom, renameOrganisationSchema, type CreateOrganisationBody, type OrganisationSummary } from '../../domain/accounts';
import { failureKey, fieldIssuesOf } from './server-issues';

type Errors = Partial<Record<'id' | 'name', string>>;

function issuesOf(issues: readonly { path: PropertyKey[]; message: string }[]): Errors {
  const errors: Errors = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if ((field === 'id' || field === 'name') && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}

interface CreateProps {
  taken: readonly string[];
  onCreate(body: CreateOrganisationBody): Promise<OrganisationSummary>;
  onDone(created?: OrganisationSummary): void;
}

export function OrganisationForm({ taken, onCreate, onDone }: CreateProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [id, setId] = useState('');
  const [idTouched, setIdTouched] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const shownId = idTouched ? id : organisationIdFrom(name);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = createOrganisationSchema.safeParse({ id: shownId, name });
    if (!parsed.success) return setErrors(issuesOf(parsed.error.issues));
    if (taken.includes(parsed.data.id)) return setErrors({ id: 'taken' });
    setBusy(true);
    setFailure(undefined);
    try {
      onDone(await onCreate(parsed.data));
    } catch (error) {
      const issues = fieldIssuesOf(error);
      if (issues.length > 0) setErrors(Object.fromEntries(issues.map((issue) => [issue.field, issue.key])));
      else setFailure(t(failureKey(error)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="panel" aria-labelledby="organisation-new-title" onSubmit={(event) => void submit(event)} noValidate>
      <h3 id="organisation-new-title">{t('accounts.organisations.newTitle')}</h3>
      {failure ? <p className="field__error" role="alert">{failure}</p> : null}
      <FieldShell name="organisation-name" label={t('accounts.organisations.nameField')} errorKey={errors.name} required>
        {(ids) => <input id={ids.inputId} className="input" autoComplete="off" aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} value={name} onChange={(event) => setName(event.target.value)} />}
      </FieldShell>
      <FieldShell name="organisation-id" label={t('accounts.organisations.id')} hint={t('accounts.organisations.idHint')} errorKey={errors.id} required>
        {(ids) => (
          <input
            id={ids.inputId}
            className="input"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            aria-invalid={ids.invalid || undefined}
            aria-describedby={ids.describedBy}
            value={shownId}
            onChange={(event) => {
              setIdTouched(true);
              setId(event.target.value);
            }}
          />
        )}
      </FieldShell>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('accounts.organisations.create')}
        </button>
        <button type="button" className="button" onClick={() => onDone()}>
          {t('accounts.cancel')}
        </button>
      </div>
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
  const [name, setName] = useState(organisation.name);
  const [error, setError] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = renameOrganisationSchema.safeParse({ name });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setBusy(true);
    try {
      onDone(await onRename(parsed.data.name));
    } catch (caught) {
      const issue = fieldIssuesOf(caught)[0];
      if (issue) setError(issue.key);
      else setFailure(t(failureKey(caught)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('accounts.organisations.renameOne', { name: organisation.name })}>
      {failure ? <p className="field__error" role="alert">{failure}</p> : null}
      <FieldShell name={`organisation-rename-${organisation.id}`} label={t('accounts.organisations.newName')} errorKey={error} required>
        {(ids) => <input id={ids.inputId} className="input" autoComplete="off" aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} value={name} onChange={(event) => setName(event.target.value)} />}
      </FieldShell>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('accounts.organisations.saveName')}
        </button>
        <button type="button" className="button" onClick={() => onDone()}>
          {t('accounts.cancel')}
        </button>
      </div>
    </form>
  );
}

// "Mon mot de passe": every user changes their own password online. The tablet's data key is
// re-wrapped with the new password at the next online login (docs/key-handling.md).
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '../../components/form/FieldShell';
import { Notice } from '../../components/Notice';
import { useWorkspace } from '../../components/session/session-context';
import { useBrowserOnline } from '../../components/use-browser-online';
import { useDocumentTitle } from '../../components/use-document-title';
import { changePasswordSchema, type ChangePasswordBody } from '../../domain/accounts';
import { failureKey, fieldIssuesOf } from './server-issues';
import { LockSettings } from '../lock/LockSettings';
import { SECRET_FIELD_AUTOCOMPLETE } from '../../components/secret-field';

export function PasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('password.title'));
  const api = useWorkspace().accounts;
  const online = useBrowserOnline();
  const [outcome, setOutcome] = useState<'changed' | string>();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordBody>({ resolver: zodResolver(changePasswordSchema), defaultValues: { currentPassword: '', newPassword: '' } });

  const inputs = { currentPassword: register('currentPassword'), newPassword: register('newPassword') };

  async function submit(values: ChangePasswordBody) {
    setOutcome(undefined);
    try {
      await api.changeOwnPassword(values);
      reset();
      setOutcome('changed');
    } catch (error) {
      const issues = fieldIssuesOf(error);
      for (const issue of issues) setError(issue.field as keyof ChangePasswordBody, { message: issue.key });
      if (issues.length === 0) setOutcome(t(failureKey(error)));
    }
  }

  return (
    <section className="page" aria-labelledby="password-title">
      <h1 id="password-title">{t('password.title')}</h1>
      {!online ? <Notice message={t('password.offline')} /> : null}
      {outcome === 'changed' ? <Notice tone="success" message={t('password.changed')} /> : null}
      {outcome && outcome !== 'changed' ? <Notice tone="error" message={outcome} /> : null}
      <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate>
        <FieldShell name="current-password" label={t('password.current')} errorKey={errors.currentPassword?.message} required>
          {(ids) => (
            <input id={ids.inputId} className="input" type="password" autoComplete={SECRET_FIELD_AUTOCOMPLETE} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} {...inputs.currentPassword} />
          )}
        </FieldShell>
        <FieldShell name="new-password" label={t('password.new')} hint={t('password.hint')} errorKey={errors.newPassword?.message} required>
          {(ids) => (
            <input id={ids.inputId} className="input" type="password" autoComplete={SECRET_FIELD_AUTOCOMPLETE} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} {...inputs.newPassword} />
          )}
        </FieldShell>
        <button type="submit" className="button button--primary" disabled={!online || isSubmitting}>
          {t('password.submit')}
        </button>
      </form>
      <LockSettings />
    </section>
  );
}

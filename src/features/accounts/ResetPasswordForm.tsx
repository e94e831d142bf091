// A coordinator gives a new password to someone who forgot theirs. Their sessions end; their
// tablets keep the data and re-wrap its key at the next online login with the new password.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '../../components/form/FieldShell';
import { resetPasswordSchema } from '../../domain/accounts';
import { failureKey, fieldIssuesOf } from './server-issues';
import { SECRET_FIELD_AUTOCOMPLETE } from '../../components/secret-field';

interface Props {
  name: string;
  disabled: boolean;
  onReset(password: string): Promise<unknown>;
}

export function ResetPasswordForm({ name, disabled, onReset }: Props) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<'done' | string>();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<{ password: string }>({ resolver: zodResolver(resetPasswordSchema), defaultValues: { password: '' } });

  const passwordInput = register('password');

  async function submit({ password }: { password: string }) {
    setOutcome(undefined);
    try {
      await onReset(password);
      reset();
      setOutcome('done');
    } catch (error) {
      const issue = fieldIssuesOf(error)[0];
      if (issue) setError('password', { message: issue.key });
      else setOutcome(t(failureKey(error)));
    }
  }

  return (
    <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate>
      <FieldShell name="reset-password" label={t('accounts.reset.label', { name })} hint={t('accounts.reset.hint')} errorKey={errors.password?.message}>
        {(ids) => (
          <input id={ids.inputId} className="input" type="password" autoComplete={SECRET_FIELD_AUTOCOMPLETE} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} {...passwordInput} />
        )}
      </FieldShell>
      <button type="submit" className="button" disabled={disabled || isSubmitting}>
        {t('accounts.reset.submit')}
      </button>
      {outcome === 'done' ? <p role="status">{t('accounts.reset.done', { name })}</p> : null}
      {outcome && outcome !== 'done' ? (
        <p className="field__error" role="alert">
          {outcome}
        </p>
      ) : null}
    </form>
  );
}

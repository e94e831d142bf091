// The sign-in form of the expired-session panel (ExpiredSessionPanel.tsx), loaded only when a session
// expired: it brings the form and validation libraries, which the first screens do without.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FieldShell } from '../../components/form/FieldShell';
import { Notice } from '../../components/Notice';
import type { RenewalOutcome } from '../../sync/session-renewal';
import type { Workspace } from '../../sync/workspace';
import { SECRET_FIELD_AUTOCOMPLETE } from '../../components/secret-field';

const renewalSchema = z.object({
  email: z.string().trim().min(1, { message: 'required' }).email({ message: 'invalidEmail' }),
  password: z.string().min(1, { message: 'required' }),
});
type RenewalValues = z.infer<typeof renewalSchema>;

export function RenewalForm({ pending, renew }: { pending: number; renew: Workspace['renewSession'] }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<Exclude<RenewalOutcome, 'renewed'>>();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<RenewalValues>({ resolver: zodResolver(renewalSchema), defaultValues: { email: '', password: '' } });
  const inputs = { email: register('email'), password: register('password') };

  async function submit(values: RenewalValues) {
    setFailure(undefined);
    const outcome = await renew(values.email, values.password);
    if (outcome !== 'renewed') setFailure(outcome);
  }

  return (
    <section className="expired-session" role="region" aria-labelledby="expired-session-title">
      <h2 id="expired-session-title">{t('expiredSession.title')}</h2>
      <p>{pending > 0 ? t('expiredSession.kept', { count: pending }) : t('expiredSession.keptAll')}</p>
      <p>{t('expiredSession.how')}</p>
      {failure ? <Notice tone="error" message={t(`expiredSession.failure.${failure}`)} /> : null}
      <form className="expired-session__form" onSubmit={(event) => void handleSubmit(submit)(event)} noValidate>
        <FieldShell name="renewal-email" label={t('expiredSession.email')} errorKey={errors.email?.message} required>
          {(ids) => (
            <input id={ids.inputId} className="input" type="email" autoComplete="off" aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} {...inputs.email} />
          )}
        </FieldShell>
        <FieldShell name="renewal-password" label={t('expiredSession.password')} errorKey={errors.password?.message} required>
          {(ids) => (
            <input id={ids.inputId} className="input" type="password" autoComplete={SECRET_FIELD_AUTOCOMPLETE} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} {...inputs.password} />
          )}
        </FieldShell>
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {t(isSubmitting ? 'expiredSession.submitting' : 'expiredSession.submit')}
        </button>
      </form>
    </section>
  );
}

// The sign-in form of the expired-session panel (ExpiredSessionPanel.tsx), loaded only when a session
// expired: it brings the form and validation libraries, which the first screens do without. Written
// in the record forms' idiom (docs/architecture.md, "Record forms").
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormInput } from '../../components/form/form-controls';
import { FormFooter } from '../../components/form/FormFooter';
import { useRecordForm } from '../../components/form/use-record-form';
import { Notice } from '../../components/Notice';
import type { RenewalOutcome } from '../../sync/session-renewal';
import type { Workspace } from '../../sync/workspace';
import { SECRET_FIELD_AUTOCOMPLETE } from '../../components/secret-field';

const renewalSchema = z.object({
  email: z.string().trim().min(1, { message: 'required' }).email({ message: 'invalidEmail' }),
  password: z.string().min(1, { message: 'required' }),
});
type RenewalValues = z.infer<typeof renewalSchema>;

/** The server said no (or could not be reached): said above the form by its kind. */
class RenewalRefused extends Error {
  constructor(readonly outcome: Exclude<RenewalOutcome, 'renewed'>) {
    super(`session renewal: ${outcome}`);
  }
}

export function RenewalForm({ pending, renew }: { pending: number; renew: Workspace['renewSession'] }) {
  const { t } = useTranslation();
  const { form, submit, failure, busy } = useRecordForm<RenewalValues>({
    schema: renewalSchema,
    defaultValues: { email: '', password: '' },
    save: async (values) => {
      const outcome = await renew(values.email, values.password);
      if (outcome !== 'renewed') throw new RenewalRefused(outcome);
    },
  });
  const refused = failure?.error instanceof RenewalRefused ? failure.error.outcome : failure ? 'server' : undefined;

  return (
    <section className="expired-session" role="region" aria-labelledby="expired-session-title">
      <h2 id="expired-session-title">{t('expiredSession.title')}</h2>
      <p>{pending > 0 ? t('expiredSession.kept', { count: pending }) : t('expiredSession.keptAll')}</p>
      <p>{t('expiredSession.how')}</p>
      {refused ? <Notice tone="error" message={t(`expiredSession.failure.${refused}`)} /> : null}
      <form className="expired-session__form" onSubmit={(event) => void submit(event)} noValidate>
        <FormInput control={form.control} field="email" name="renewal-email" type="email" label={t('expiredSession.email')} required />
        <FormInput
          control={form.control}
          field="password"
          name="renewal-password"
          type="password"
          label={t('expiredSession.password')}
          inputProps={{ autoComplete: SECRET_FIELD_AUTOCOMPLETE }}
          required
        />
        <FormFooter busy={busy} saveLabel={t('expiredSession.submit')} busyLabel={t('expiredSession.submitting')} />
      </form>
    </section>
  );
}

// A coordinator gives a new password to someone who forgot theirs. Their sessions end; their
// tablets keep the data and re-wrap its key at the next online login with the new password.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormInput } from '../../components/form/form-controls';
import { useRecordForm } from '../../components/form/use-record-form';
import { SECRET_FIELD_AUTOCOMPLETE } from '../../components/secret-field';
import { resetPasswordSchema } from '../../domain/accounts';
import { AccountFormFooter } from './AccountFormFooter';

interface Props {
  name: string;
  disabled: boolean;
  onReset(password: string): Promise<unknown>;
}

export function ResetPasswordForm({ name, disabled, onReset }: Props) {
  const { t } = useTranslation();
  const [done, setDone] = useState(false);
  const { form, submit, failure, errors, busy } = useRecordForm({
    schema: resetPasswordSchema,
    defaultValues: { password: '' },
    save: async ({ password }, current) => {
      setDone(false);
      await onReset(password);
      current.reset();
      setDone(true);
    },
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <FormInput
        control={form.control}
        field="password"
        name="reset-password"
        type="password"
        inputProps={{ autoComplete: SECRET_FIELD_AUTOCOMPLETE }}
        label={t('accounts.reset.label', { name })}
        hint={t('accounts.reset.hint')}
      />
      <AccountFormFooter busy={disabled || busy} saveLabel={t('accounts.reset.submit')} failure={failure} rootError={errors.root} />
      {done ? <p role="status">{t('accounts.reset.done', { name })}</p> : null}
    </form>
  );
}

// "Mon mot de passe": every user changes their own password online. The tablet's data key is
// re-wrapped with the new password at the next online login (docs/key-handling.md).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormInput } from '../../components/form/form-controls';
import { useRecordForm } from '../../components/form/use-record-form';
import { Notice } from '../../components/Notice';
import { useWorkspace } from '../../components/session/session-context';
import { useBrowserOnline } from '../../components/use-browser-online';
import { useDocumentTitle } from '../../components/use-document-title';
import { changePasswordSchema } from '../../domain/accounts';
import { AccountFormFooter } from './AccountFormFooter';
import { LockSettings } from '../lock/LockSettings';
import { SECRET_FIELD_AUTOCOMPLETE } from '../../components/secret-field';

const secret = { autoComplete: SECRET_FIELD_AUTOCOMPLETE };

export function PasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('password.title'));
  const api = useWorkspace().accounts;
  const online = useBrowserOnline();
  const [changed, setChanged] = useState(false);
  const { form, submit, failure, errors, busy } = useRecordForm({
    schema: changePasswordSchema,
    defaultValues: { currentPassword: '', newPassword: '' },
    save: async (values, current) => {
      setChanged(false);
      await api.changeOwnPassword(values);
      current.reset();
      setChanged(true);
    },
  });

  return (
    <section className="page" aria-labelledby="password-title">
      <h1 id="password-title">{t('password.title')}</h1>
      {!online ? <Notice message={t('password.offline')} /> : null}
      {changed ? <Notice tone="success" message={t('password.changed')} /> : null}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <FormInput control={form.control} field="currentPassword" name="current-password" type="password" inputProps={secret} label={t('password.current')} required />
        <FormInput control={form.control} field="newPassword" name="new-password" type="password" inputProps={secret} label={t('password.new')} hint={t('password.hint')} required />
        <AccountFormFooter busy={!online || busy} saveLabel={t('password.submit')} failure={failure} rootError={errors.root} />
      </form>
      <LockSettings />
    </section>
  );
}

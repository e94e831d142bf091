// The shared form footer with the account screens' words: the kind of failure of a request
// (offline, forbidden, too many attempts) and "Annuler" when the form can be left.
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../../components/form/FormFooter';
import { failureKey } from './server-issues';

interface AccountFormFooterProps {
  busy: boolean;
  saveLabel: string;
  /** What went wrong when it was not the values (from useRecordForm). */
  failure: { error: unknown } | undefined;
  rootError: string | undefined;
  onCancel?: () => void;
}

export function AccountFormFooter({ busy, saveLabel, failure, rootError, onCancel }: AccountFormFooterProps) {
  const { t } = useTranslation();
  return (
    <FormFooter
      busy={busy}
      saveLabel={saveLabel}
      cancelLabel={t('accounts.cancel')}
      onCancel={onCancel}
      failed={failure !== undefined}
      failedMessage={failure ? t(failureKey(failure.error)) : undefined}
      rootError={rootError}
    />
  );
}

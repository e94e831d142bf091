// The refusal of a transfer or merge, in words (codes from src/sync/file-admin-api.ts).
import { useTranslation } from 'react-i18next';
import type { FileAdminFailure } from '../../sync/file-admin-api';

export function FileAdminError({ failure }: { failure: FileAdminFailure | null }) {
  const { t } = useTranslation();
  if (!failure) return null;
  return (
    <p role="alert" className="field__error">
      {t(`fileAdmin.errors.${failure}`)}
    </p>
  );
}

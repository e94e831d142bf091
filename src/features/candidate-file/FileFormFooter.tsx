// The shared form footer with the file's words: "Enregistrer" ("Enregistrement…" while saving) or
// the caller's own action, "Annuler", and the file's message when saving failed.
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../../components/form/FormFooter';

interface FileFormFooterProps {
  busy: boolean;
  failed: boolean;
  rootError: string | undefined;
  onCancel: () => void;
  /** The submit button's text when it is not "Enregistrer" (kept while saving). */
  saveLabel?: string;
}

export function FileFormFooter({ busy, failed, rootError, onCancel, saveLabel }: FileFormFooterProps) {
  const { t } = useTranslation();
  return (
    <FormFooter
      busy={busy}
      saveLabel={saveLabel ?? t('candidateFile.save')}
      busyLabel={saveLabel ?? t('candidateFile.saving')}
      cancelLabel={t('candidateFile.cancel')}
      onCancel={onCancel}
      failed={failed}
      failedMessage={t('candidateFile.saveFailed')}
      rootError={rootError}
    />
  );
}

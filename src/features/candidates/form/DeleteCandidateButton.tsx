import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';

/** "Supprimer" with a confirmation: a deletion syncs to the server and cannot be undone here. */
export function DeleteCandidateButton({ name, onDelete }: { name: string; onDelete: () => Promise<void> }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button type="button" className="button button--danger" onClick={() => setAsking(true)}>
        {t('form.delete')}
      </button>
      {asking ? (
        <ConfirmDialog
          title={t('form.confirmDeleteTitle')}
          text={t('form.confirmDeleteText', { name })}
          confirmLabel={t('form.confirmDelete')}
          cancelLabel={t('form.keep')}
          busy={busy}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setBusy(true);
            void onDelete().finally(() => setBusy(false));
          }}
        />
      ) : null}
    </>
  );
}

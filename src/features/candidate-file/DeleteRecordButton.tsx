// "Supprimer" with a confirmation, for one entry of the file (a SPOC action, an accompaniment, a note).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';

interface DeleteRecordButtonProps {
  /** The button's accessible name, naming the entry ("Supprimer la note du 12 mars 2026"). */
  label: string;
  title: string;
  text: string;
  onDelete: () => Promise<void>;
}

export function DeleteRecordButton({ label, title, text, onDelete }: DeleteRecordButtonProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button type="button" className="button button--danger" aria-label={label} onClick={() => setAsking(true)}>
        {t('candidateFile.delete')}
      </button>
      {asking ? (
        <ConfirmDialog
          title={title}
          text={text}
          confirmLabel={t('candidateFile.confirmDelete')}
          cancelLabel={t('candidateFile.keep')}
          busy={busy}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setBusy(true);
            void onDelete().finally(() => {
              setBusy(false);
              setAsking(false);
            });
          }}
        />
      ) : null}
    </>
  );
}

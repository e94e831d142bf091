// Deleting a session, with a confirmation that says when its roll call goes too.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';

export function DeleteSessionButton({ rollCallCount, onDelete }: { rollCallCount: number; onDelete: () => Promise<void> }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button type="button" className="button button--danger button--large" onClick={() => setAsking(true)}>
        {t('modules.delete.button')}
      </button>
      {asking ? (
        <ConfirmDialog
          title={t('modules.delete.title')}
          text={rollCallCount > 0 ? t('modules.delete.withRollCall', { count: rollCallCount }) : t('modules.delete.text')}
          confirmLabel={t('modules.delete.confirm')}
          cancelLabel={t('modules.cancel')}
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

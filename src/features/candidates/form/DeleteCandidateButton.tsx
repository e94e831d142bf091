import { useTranslation } from 'react-i18next';
import { ConfirmedActionButton } from '../../../components/ConfirmedActionButton';

/** "Supprimer" with a confirmation: a deletion syncs to the server and cannot be undone here. */
export function DeleteCandidateButton({ name, onDelete }: { name: string; onDelete: () => Promise<void> }) {
  const { t } = useTranslation();
  return (
    <ConfirmedActionButton
      label={t('form.delete')}
      title={t('form.confirmDeleteTitle')}
      text={t('form.confirmDeleteText', { name })}
      confirmLabel={t('form.confirmDelete')}
      cancelLabel={t('form.keep')}
      onConfirm={onDelete}
    />
  );
}

// Deleting a session, with a confirmation that says when its roll call goes too.
import { useTranslation } from 'react-i18next';
import { ConfirmedActionButton } from '../../components/ConfirmedActionButton';

export function DeleteSessionButton({ rollCallCount, onDelete }: { rollCallCount: number; onDelete: () => Promise<void> }) {
  const { t } = useTranslation();
  return (
    <ConfirmedActionButton
      label={t('modules.delete.button')}
      className="button button--danger button--large"
      title={t('modules.delete.title')}
      text={rollCallCount > 0 ? t('modules.delete.withRollCall', { count: rollCallCount }) : t('modules.delete.text')}
      confirmLabel={t('modules.delete.confirm')}
      cancelLabel={t('modules.cancel')}
      onConfirm={onDelete}
    />
  );
}

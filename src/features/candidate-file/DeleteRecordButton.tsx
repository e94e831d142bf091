// "Supprimer" with a confirmation, for one entry of the file (a SPOC action, an accompaniment, a note).
import { useTranslation } from 'react-i18next';
import { ConfirmedActionButton } from '../../components/ConfirmedActionButton';

interface DeleteRecordButtonProps {
  /** The button's accessible name, naming the entry ("Supprimer la note du 12 mars 2026"). */
  label: string;
  title: string;
  text: string;
  onDelete: () => Promise<void>;
}

export function DeleteRecordButton({ label, title, text, onDelete }: DeleteRecordButtonProps) {
  const { t } = useTranslation();
  return (
    <ConfirmedActionButton
      label={t('candidateFile.delete')}
      ariaLabel={label}
      title={title}
      text={text}
      confirmLabel={t('candidateFile.confirmDelete')}
      cancelLabel={t('candidateFile.keep')}
      onConfirm={onDelete}
      closeWhenDone
    />
  );
}

import { useTranslation } from 'react-i18next';
import { useUpdatePrompt } from './use-update-prompt';

/** A small non-blocking banner; the update applies only on the adviser's click. */
export function UpdateBanner() {
  const { t } = useTranslation();
  const apply = useUpdatePrompt();
  if (!apply) return null;
  return (
    <div className="update-banner" role="status">
      <span>{t('update.ready')} — </span>
      <button type="button" className="button button--primary" onClick={apply}>
        {t('update.apply')}
      </button>
    </div>
  );
}

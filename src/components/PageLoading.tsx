// Shown while a screen's code loads on its first visit.
import { useTranslation } from 'react-i18next';

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="page-loading">
      {t('app.loading')}
    </p>
  );
}

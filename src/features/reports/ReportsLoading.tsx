// Shown while the report screen's code loads on a first visit straight to /rapports.
import { useTranslation } from 'react-i18next';

export function ReportsLoading() {
  const { t } = useTranslation();
  return <p>{t('reports.loading')}</p>;
}

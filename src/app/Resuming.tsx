// Said while the session service answers whether a workspace is still open (a moment at start).
import { useTranslation } from 'react-i18next';

export function Resuming() {
  const { t } = useTranslation();
  return (
    <main id="main" className="resuming">
      <p role="status">{t('app.loading')}</p>
    </main>
  );
}

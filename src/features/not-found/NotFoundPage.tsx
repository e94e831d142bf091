import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../components/use-document-title';
import { SCREEN_PATHS } from '../../domain/screen-paths';

/** Any unknown address: say so, and offer the way home (no dead ends). */
export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <main id="main" className="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <Link to={SCREEN_PATHS.home} className="button button--primary">
        {t('notFound.home')}
      </Link>
    </main>
  );
}

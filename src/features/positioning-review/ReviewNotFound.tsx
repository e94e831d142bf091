// What the review and the synthesis show for a sitting that is not on this tablet (a wrong or
// erased address): the page's title, why, and the way back to the list.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '../../components/Notice';
import { SCREEN_PATHS } from '../../domain/screen-paths';

export function ReviewNotFound({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <>
      <h1>{title}</h1>
      <Notice tone="error" message={t('positioningReview.notFound')} />
      <p>
        <Link to={SCREEN_PATHS.candidates}>{t('positioningReview.toCandidates')}</Link>
      </p>
    </>
  );
}

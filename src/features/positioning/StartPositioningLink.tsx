// A link to start a positioning sitting for a candidate, for the candidate screens.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SCREEN_PATHS } from '../../domain/screen-paths';

export function startPositioningPath(candidateId?: string): string {
  return candidateId ? SCREEN_PATHS.startPositioning(candidateId) : SCREEN_PATHS.newPositioning;
}

export function StartPositioningLink({ candidateId, className = 'button' }: { candidateId?: string; className?: string }) {
  const { t } = useTranslation();
  return (
    <Link to={startPositioningPath(candidateId)} className={className}>
      {t('positioning.start.link')}
    </Link>
  );
}

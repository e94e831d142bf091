// A link to start a positioning sitting for a candidate, for the candidate screens.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SCREEN_PATHS } from '../../domain/screen-paths';

export const START_POSITIONING_PATH = SCREEN_PATHS.newPositioning;

export function startPositioningPath(candidateId?: string): string {
  return candidateId ? `${START_POSITIONING_PATH}?candidat=${encodeURIComponent(candidateId)}` : START_POSITIONING_PATH;
}

export function StartPositioningLink({ candidateId, className = 'button' }: { candidateId?: string; className?: string }) {
  const { t } = useTranslation();
  return (
    <Link to={startPositioningPath(candidateId)} className={className}>
      {t('positioning.start.link')}
    </Link>
  );
}

// /positionnements/:positioningId — after a sitting, on the adviser's screen: the adviser's own
// rating, candidate vs adviser compared, the recommended modules with why and the adviser's
// decisions, and progress against earlier sittings. Everything is saved on the positioning
// record through its repository (offline first, synced like any change).
import { formatInstant } from '../../i18n/format';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Notice } from '../../components/Notice';
import { useWorkspace } from '../../components/session/session-context';
import { useDocumentTitle } from '../../components/use-document-title';
import { adviserRatingsField, hasAdviserRatings, type AdviserRatings } from '../../domain/positioning/adviser-ratings';
import { readModuleDecisions, readRecommendations, type ModuleDecision } from '../../domain/positioning/module-decisions';
import { latestPerUc, readAgreedLevels, readOrientation } from '../../domain/positioning/agreement';
import { agreedOutcome, hasAgreement, storedRecommendations } from './agreed-model';
import { AgreementSection, type AgreementValues } from './AgreementSection';
import { ResultsSection } from './ResultsSection';
import { ToldSection } from './ToldSection';
import { useObservations } from './use-observations';
import type { LocalRecord } from '../../sync/workspace';
import { AdviserRatingForm } from './AdviserRatingForm';
import { ComparisonSection } from './ComparisonSection';
import { ModuleDecisionsSection } from './ModuleDecisionsSection';
import { ProgressSection } from './ProgressSection';
import { metierName } from './module-words';
import { synthesisPath } from './paths';
import { compareSitting, domainTitle, sittingOf } from './review-model';
import { seriesFor } from './series';
import { useReviewRecords } from './use-review-data';
import './positioning-review.css';
import { displayName } from '../candidates/candidate-display';
import { SCREEN_PATHS } from '../../domain/screen-paths';
import { ReviewNotFound } from './ReviewNotFound';

export function PositioningReviewPage() {
  const { positioningId = '' } = useParams();
  const { t } = useTranslation();
  useDocumentTitle(t('positioningReview.pageTitle'));
  const { repos, positionings, candidates } = useReviewRecords();
  const record = positionings?.find((entry) => entry.id === positioningId);

  if (positionings === undefined) return <p role="status">{t('positioningReview.loading')}</p>;
  if (!record) return <ReviewNotFound title={t('positioningReview.pageTitle')} />;
  const candidate = candidates?.find((entry) => entry.id === record.data.candidateId);
  return <Review key={record.id} record={record} all={positionings} candidate={candidate} save={(changes) => repos.positionings.update(record.id, changes)} />;
}

interface ReviewProps {
  record: LocalRecord<'positionings'>;
  all: LocalRecord<'positionings'>[];
  candidate: LocalRecord<'candidates'> | undefined;
  save: (changes: Partial<LocalRecord<'positionings'>['data']>) => Promise<void>;
}

function Review({ record, all, candidate, save }: ReviewProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const workspace = useWorkspace();
  const sitting = useMemo(() => sittingOf(record.data), [record.data]);
  const comparisons = useMemo(() => (sitting ? compareSitting(sitting) : []), [sitting]);
  const series = useMemo(
    () => (sitting ? seriesFor(record, all, sitting.questionnaire.domains.map((domain) => domain.id)) : { sittings: [], rows: [] }),
    [record, all, sitting],
  );
  // Once rated, the form starts folded so that the comparison comes first; it opens to correct.
  const [ratingOpen, setRatingOpen] = useState(() => !(sitting && hasAdviserRatings(sitting.ratings)));
  const observations = useObservations(record.data.candidateId);
  const observed = useMemo(() => latestPerUc(observations), [observations]);
  const agreed = useMemo(() => readAgreedLevels(record.data.agreedLevels), [record.data.agreedLevels]);
  const outcome = useMemo(() => (sitting ? agreedOutcome(sitting, agreed, observed) : undefined), [sitting, agreed, observed]);
  const name = displayName(candidate?.data) ?? t('positioningReview.noName');
  const fileLink = record.data.candidateId ? SCREEN_PATHS.candidate(record.data.candidateId) : SCREEN_PATHS.candidates;

  if (!sitting) {
    return (
      <>
        <h1>{t('positioningReview.pageTitle')}</h1>
        <Notice tone="error" message={t('positioningReview.unreadable')} />
        <p>
          <Link to={fileLink}>{t('positioningReview.backToFile')}</Link>
        </p>
      </>
    );
  }

  const completed = Boolean(record.data.completedAt);
  // Once levels are agreed (or a UC observed), the rules run again on them, live; before, the candidate's answers.
  const fromAgreement = hasAgreement(agreed, observed) && outcome !== undefined;
  const recommendations = fromAgreement ? storedRecommendations(outcome.recommendations) : readRecommendations(record.data.recommendations);
  const basis = outcome ?? agreedOutcome(sitting, {}, []);
  const saveAgreement = (values: AgreementValues) => save(values);
  const decisions = readModuleDecisions(record.data.moduleDecisions) ?? [];
  const saveRatings = (ratings: AdviserRatings) => save({ adviserRatings: adviserRatingsField(ratings, new Date().toISOString(), workspace.user.id) });
  const saveDecisions = (next: ModuleDecision[]) => save({ moduleDecisions: next });
  const rated = hasAdviserRatings(sitting.ratings);
  const ratedOn = sitting.ratings.ratedAt ? formatInstant(sitting.ratings.ratedAt, language, 'longDay') : '';
  const completedOn = record.data.completedAt ? formatInstant(record.data.completedAt, language, 'longDay') : '';

  return (
    <article className="positioning-review" aria-labelledby="review-title">
      <div className="page-heading">
        <h1 id="review-title">{t('positioningReview.title', { name })}</h1>
        <div className="review-links">
          <Link to={fileLink} className="button">
            {t('positioningReview.backToFile')}
          </Link>
          {completed ? (
            <Link to={synthesisPath(record.id)} className="button button--primary">
              {t('positioningReview.synthesisLink')}
            </Link>
          ) : null}
        </div>
      </div>
      <p className="review-meta">
        {completed ? t('positioningReview.completedOn', { date: completedOn }) : t('positioningReview.notCompleted')}
        {' · '}
        {t('positioningReview.metier', { metier: metierName(sitting.metier, language) })}
      </p>
      {!completed ? <Notice message={t('positioningReview.notCompletedHint')} /> : null}
      {completed ? (
        <>
          <nav className="review-jump" aria-label={t('positioningReview.jumpNav')}>
            <a href="#review-rating">{t('positioningReview.rating.title')}</a>
            <a href="#review-told-title">{t('positioningReview.told.title')}</a>
            <a href="#review-compare-title">{t('positioningReview.compare.title')}</a>
            <a href="#review-agreement-title">{t('positioningReview.agreement.title')}</a>
            <a href="#review-modules-title">{t('positioningReview.decisions.title')}</a>
            <a href="#review-progress-title">{t('positioningReview.progress.title')}</a>
          </nav>
          <details id="review-rating" className="review-section review-rating" open={ratingOpen} onToggle={(event) => setRatingOpen(event.currentTarget.open)}>
            <summary className="review-rating__summary">
              <h2 id="review-rating-title">{rated ? t('positioningReview.rating.ratedSummary', { date: ratedOn }) : t('positioningReview.rating.title')}</h2>
            </summary>
            <AdviserRatingForm sitting={sitting} titleId="review-rating-title" onSave={saveRatings} />
          </details>
          <ToldSection sitting={sitting} />
          <ComparisonSection sitting={sitting} comparisons={comparisons} />
          <ResultsSection sitting={sitting} />
          <AgreementSection
            sitting={sitting}
            agreed={agreed}
            candidateWords={record.data.candidateWords ?? ''}
            orientation={readOrientation(record.data.orientation)}
            observed={observed}
            onSave={saveAgreement}
          />
          <ModuleDecisionsSection sitting={sitting} basis={basis} agreed={fromAgreement} recommendations={recommendations} decisions={decisions} adviserId={workspace.user.id} onSave={saveDecisions} />
          <ProgressSection series={series} currentId={record.id} titleOf={(domainId) => domainTitle(sitting.questionnaire, domainId, language)} />
        </>
      ) : null}
    </article>
  );
}

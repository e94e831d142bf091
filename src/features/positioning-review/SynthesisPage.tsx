// /positionnements/:positioningId/synthese — the candidate's one-page synthesis, in simplified
// French with pictograms whatever the adviser's language (the results belong to the person):
// what they can do, what they will work on and why, the next steps and their dates. Printed on
// one A4 page (the browser's print dialog also saves it as PDF).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useWorkspace } from '../../components/session/session-context';
import { useDocumentTitle } from '../../components/use-document-title';
import { brusselsDate } from '../../domain/dates';
import { reviewPath } from './paths';
import { sittingOf } from './review-model';
import { canDo, modulesToWorkOn, nextSteps, ucLines } from './synthesis-model';
import { latestPerUc, readAgreedLevels, readOrientation } from '../../domain/positioning/agreement';
import { ucsOf } from '../../domain/metiers/catalogue';
import { useMetierCatalogue } from '../../components/metiers/use-metier-catalogue';
import { useObservations } from './use-observations';
import { SynthesisSheet } from './SynthesisSheet';
import { useNextStepRecords, useReviewRecords } from './use-review-data';
import './synthesis.css';
import { displayName } from '../candidates/candidate-display';
import { ReviewNotFound } from './ReviewNotFound';

export function SynthesisPage() {
  const { positioningId = '' } = useParams();
  const { t } = useTranslation();
  useDocumentTitle(t('positioningReview.synthesis.pageTitle'));
  const workspace = useWorkspace();
  const { positionings, candidates } = useReviewRecords();
  const steps = useNextStepRecords();
  const record = positionings?.find((entry) => entry.id === positioningId);
  const sitting = useMemo(() => (record ? sittingOf(record.data) : undefined), [record]);
  const observations = useObservations(record?.data.candidateId);
  const { catalogue } = useMetierCatalogue();

  if (positionings === undefined) return <p role="status">{t('positioningReview.loading')}</p>;
  if (!record || !sitting) return <ReviewNotFound title={t('positioningReview.synthesis.pageTitle')} />;

  const candidate = candidates?.find((entry) => entry.id === record.data.candidateId);
  const name = displayName(candidate?.data) ?? '';
  const agreed = readAgreedLevels(record.data.agreedLevels);
  const observed = latestPerUc(observations);
  const strengths = canDo(sitting, agreed, observed);
  const ucs = ucLines(sitting, ucsOf(catalogue, sitting.metier), agreed, observed);
  const orientation = readOrientation(record.data.orientation)?.code;
  const modules = modulesToWorkOn(record.data);
  const dated = nextSteps(record.data.candidateId ?? '', brusselsDate(), {
    moduleSessions: steps.moduleSessions ?? [],
    attendance: steps.attendance ?? [],
    validationSteps: steps.validationSteps ?? [],
  });
  const sittingDay = record.data.completedAt ? brusselsDate(new Date(record.data.completedAt)) : undefined;
  return (
    <div className="synthesis-page">
      <div className="synthesis-toolbar">
        <Link to={reviewPath(record.id)} className="button">
          {t('positioningReview.synthesis.back')}
        </Link>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('positioningReview.synthesis.print')}
        </button>
        <p className="field__hint">{t('positioningReview.synthesis.printHint')}</p>
      </div>
      <SynthesisSheet
        name={name}
        {...(sittingDay ? { sittingDay } : {})}
        sitting={sitting}
        strengths={strengths}
        modules={modules}
        steps={dated}
        adviserName={workspace.user.name}
        ucs={ucs}
        {...(record.data.candidateWords ? { candidateWords: record.data.candidateWords } : {})}
        {...(orientation ? { orientation } : {})}
      />
    </div>
  );
}

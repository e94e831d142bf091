// /candidats/:id/validation: a person's validation attempts, until the candidate file shows them.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useWorkspace } from '../../components/session/session-context';
import { useDocumentTitle } from '../../components/use-document-title';
import { useRecords } from '../../components/use-records';
import { CandidateValidationSteps } from './CandidateValidationSteps';
import { displayName } from '../candidates/candidate-display';
import { SCREEN_PATHS } from '../../domain/screen-paths';

export function ValidationStepsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const workspace = useWorkspace();
  const candidates = useRecords(useMemo(() => workspace.repo('candidates'), [workspace]));
  const candidate = candidates?.find((record) => record.id === id);
  const name = displayName(candidate?.data) ?? t('validationSteps.unknownPerson');
  const title = t('validationSteps.pageTitle', { name });
  // Never the person's name in the tab title: browsers keep titles in clear in their history.
  useDocumentTitle(t('validationSteps.documentTitle'));
  return (
    <>
      <p>
        <Link to={SCREEN_PATHS.candidate(id)} className="link-target">{t('validationSteps.backToFile')}</Link>
      </p>
      <h1>{title}</h1>
      <CandidateValidationSteps candidateId={id} />
    </>
  );
}

export { ValidationStepsPage as Component };

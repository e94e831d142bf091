// /candidats/nouveau and /candidats/:id: loads the record (if any), saves through the
// repository (create, or update with only the changed fields), then returns to the list.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useWorkspace } from '../../components/session/session-context';
import { useDocumentTitle } from '../../components/use-document-title';
import { displayName } from './candidate-display';
import type { CandidateRecord } from './candidate-types';
import { CandidateForm } from './form/CandidateForm';
import {
  candidateFromFormValues,
  changedFields,
  emptyFormValues,
  formValuesFromCandidate,
  type CandidateFormValues,
  type ConversionContext,
} from './form/candidate-form-values';
import { DeleteCandidateButton } from './form/DeleteCandidateButton';
import { EraseCandidateSection } from './form/EraseCandidateSection';
import { useCandidatesRepo } from './use-candidates-repo';
import { useSiteNames } from '../../components/use-site-names';
import { intakeAction } from './intake-action';
import { SCREEN_PATHS } from '../../domain/screen-paths';

type Loaded = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; record: CandidateRecord | null };

function useCandidate(id: string | undefined): [Loaded, () => void] {
  const repo = useCandidatesRepo();
  const [loaded, setLoaded] = useState<Loaded>(id ? { state: 'loading' } : { state: 'ready', record: null });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!id) return;
    let current = true;
    void repo.get(id).then((record) => {
      if (current) setLoaded(record ? { state: 'ready', record } : { state: 'missing' });
    });
    return () => {
      current = false;
    };
  }, [repo, id, version]);
  return [loaded, () => setVersion((value) => value + 1)];
}

export function CandidateFormPage() {
  const { id } = useParams();
  // A new screen per file: going from the intake form to an existing file (a likely duplicate)
  // must not keep the typed values.
  return <CandidateScreen key={id ?? 'new'} id={id} />;
}

function CandidateScreen({ id }: { id: string | undefined }) {
  const { t } = useTranslation();
  const [loaded, reload] = useCandidate(id);
  const erased = loaded.state === 'ready' && loaded.record?.data.erased === true;
  const title = t(erased ? 'candidates.erased' : id ? 'form.titleEdit' : 'form.titleNew');
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      {loaded.state === 'loading' ? <p>{t('app.loading')}</p> : null}
      {loaded.state === 'missing' ? (
        <p>
          {t('form.notFound')} <Link to={SCREEN_PATHS.candidates}>{t('nav.candidates')}</Link>
        </p>
      ) : null}
      {loaded.state === 'ready' && erased ? <ErasedCandidate /> : null}
      {loaded.state === 'ready' && !erased ? <CandidateEditor record={loaded.record} onErased={reload} /> : null}
    </>
  );
}

/** An anonymised file: nothing left to edit (the server refuses edits of an erased person). */
function ErasedCandidate() {
  const { t } = useTranslation();
  return (
    <>
      <p role="status">{t('erasure.erasedText')}</p>
      <p>
        <Link to={SCREEN_PATHS.candidates}>{t('nav.candidates')}</Link>
      </p>
    </>
  );
}

function CandidateEditor({ record, onErased }: { record: CandidateRecord | null; onErased: () => void }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const repo = useCandidatesRepo();
  const spocActions = useMemo(() => workspace.repo('spocActions'), [workspace]);
  const navigate = useNavigate();
  const sites = useSiteNames();
  const firstSite = workspace.user.siteIds[0] ?? '';
  const context = useMemo<ConversionContext>(
    () => ({ adviserId: workspace.user.id, previousConsent: record?.data.consent ?? undefined, stored: record?.data }),
    [workspace.user.id, record],
  );
  const defaultValues = useMemo(
    () => (record ? formValuesFromCandidate(record.siteId, record.data) : emptyFormValues(firstSite)),
    [record, firstSite],
  );

  async function save(values: CandidateFormValues) {
    const data = candidateFromFormValues(values, context);
    let fileId: string;
    if (record) {
      fileId = record.id;
      const changes = changedFields(record.data, data);
      if (Object.keys(changes).length > 0) await repo.update(record.id, changes);
    } else {
      const created = await repo.create(values.siteId, data);
      fileId = created.id;
      const place = values.outreachPlace.trim();
      // The meeting itself is an individual information action at that place: the place belongs to
      // the action, the file to the site.
      if (place) await spocActions.create(values.siteId, intakeAction(created.id, workspace.user.id, place));
    }
    // The person's file, not the list: what comes next (an action, a positioning) starts there.
    await navigate(SCREEN_PATHS.candidate(fileId), { state: { notice: t(record ? 'notice.candidateUpdated' : 'notice.candidateCreated') } });
  }

  async function remove() {
    if (!record) return;
    await repo.remove(record.id);
    await navigate(SCREEN_PATHS.candidates, { state: { notice: 'candidateDeleted' } });
  }

  const name = record ? (displayName(record.data) ?? t('candidates.noName')) : '';
  return (
    <>
      <CandidateForm
        defaultValues={defaultValues}
        context={context}
        sites={sites}
        recordId={record?.id}
        siteLocked={record !== null}
        onSave={save}
        actions={
          <>
            <Link to={SCREEN_PATHS.candidates} className="button">
              {t('form.cancel')}
            </Link>
            {record ? <DeleteCandidateButton name={name} onDelete={remove} /> : null}
          </>
        }
      />
      {record ? <EraseCandidateSection candidateId={record.id} name={name} onErased={onErased} /> : null}
    </>
  );
}

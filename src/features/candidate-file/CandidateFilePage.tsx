// /candidats/:id: a person's file. Identity and consent, links to correct the identity, to the
// complete file (export) and to a positioning; SPOC actions, accompaniments, modules, validation
// steps and follow-up notes, each editable; and the timeline of everything, newest first.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { Notice } from '../../components/Notice';
import { useWorkspace } from '../../components/session/session-context';
import { useDocumentTitle } from '../../components/use-document-title';
import { useLocationNotice } from '../../components/use-location-notice';
import { keptFileId } from '../../domain/merge-files';
import { collectPersonFile } from '../../domain/person-file';
import { buildTimeline } from '../../domain/timeline';
import type { LocalRecord } from '../../sync/workspace';
import { CandidateModules } from '../modules/CandidateModules';
import { StartPositioningLink } from '../positioning/StartPositioningLink';
import { PositioningsSection } from '../positioning-review/PositioningsSection';
import { ValidationStepsOf } from '../validation/CandidateValidationSteps';
import { AccompanimentsSection } from './AccompanimentsSection';
import { personName } from './person-name';
import { FileTimeline } from './FileTimeline';
import { FollowUpNotesSection } from './FollowUpNotesSection';
import { ModuleWorkSection } from './ModuleWorkSection';
import { ObservationsSection } from './ObservationsSection';
import { FileAdminSection } from './FileAdminSection';
import { IdentitySummary } from './IdentitySummary';
import { SpocActionsSection } from './SpocActionsSection';
import { fileLoaded, useFileRecords, useFileRepos, type FileRecords, type FileRepos } from './use-file-records';
import { isolatedText } from '../../domain/bidi';
import { PersonName } from '../../components/PersonName';
import { hasConsentScope } from '../../domain/consent-scopes';
import './candidate-file.css';
import { SCREEN_PATHS } from '../../domain/screen-paths';

export function CandidateFilePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const repos = useFileRepos();
  const records = useFileRecords(repos, id);
  const candidate = records.candidates?.find((record) => record.id === id);
  // Never the person's name: the browser keeps page titles in clear (history, sessions).
  useDocumentTitle(t('candidateFile.pageTitle'));

  if (records.candidates === undefined || (records.candidates.length > 0 && !fileLoaded(records))) return <p role="status">{t('candidateFile.loading')}</p>;
  if (!candidate) {
    return (
      <>
        <Notice tone="error" message={t('candidateFile.notFound')} />
        <p>
          <Link to={SCREEN_PATHS.candidates}>{t('candidateFile.backToList')}</Link>
        </p>
      </>
    );
  }
  if (candidate.data.mergedInto) return <MergedFile candidate={candidate} repo={repos.candidates} />;
  return <CandidateFile key={candidate.id} candidate={candidate} records={records} repos={repos} />;
}

/** A merged-away file opens the file it was merged into, when this tablet holds it (the chain read record by record). */
function MergedFile({ candidate, repo }: { candidate: LocalRecord<'candidates'>; repo: FileRepos['candidates'] }) {
  const { t } = useTranslation();
  const [kept, setKept] = useState<LocalRecord<'candidates'> | null>();
  useEffect(() => {
    let active = true;
    void (async () => {
      const byId = new Map([[candidate.id, candidate]]);
      for (let next = candidate.data.mergedInto; next && !byId.has(next); next = byId.get(next)?.data.mergedInto) {
        const record = await repo.get(next);
        if (!record) break;
        byId.set(next, record);
      }
      const keptRecord = byId.get(keptFileId(candidate.id, (other) => byId.get(other)?.data.mergedInto));
      if (active) setKept(keptRecord && !keptRecord.data.mergedInto ? keptRecord : null);
    })();
    return () => {
      active = false;
    };
  }, [candidate, repo]);
  if (kept === undefined) return <p role="status">{t('candidateFile.loading')}</p>;
  if (kept) return <Navigate to={SCREEN_PATHS.candidate(kept.id)} replace state={{ notice: t('fileAdmin.merged.redirected') }} />;
  return (
    <>
      <Notice tone="info" message={t('fileAdmin.merged.elsewhere')} />
      <p>
        <Link to={SCREEN_PATHS.candidates}>{t('candidateFile.backToList')}</Link>
      </p>
    </>
  );
}

function CandidateFile({ candidate, records, repos }: { candidate: LocalRecord<'candidates'>; records: FileRecords; repos: FileRepos }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const [message, setMessage] = useState<string | null>(null);
  const [incoming, dismissIncoming] = useLocationNotice();
  const navigate = useNavigate();
  const name = personName(candidate, t('candidateFile.noName'));
  const site = records.sites?.find((record) => record.id === candidate.siteId);
  const siteName = isolatedText(site?.data.name ?? candidate.siteId);

  const file = useMemo(
    () =>
      collectPersonFile(candidate.id, {
        candidates: [candidate],
        spocActions: records.spocActions ?? [],
        accompaniments: records.accompaniments ?? [],
        positionings: records.positionings ?? [],
        moduleSessions: records.moduleSessions ?? [],
        attendance: records.attendance ?? [],
        validationSteps: records.validationSteps ?? [],
        // Notes of the sites the user works for only (other sites' notes are not on the tablet anyway).
        followUpNotes: (records.followUpNotes ?? []).filter((note) => workspace.user.siteIds.includes(note.siteId)),
        observations: records.observations ?? [],
      }),
    [candidate, records, workspace.user.siteIds],
  );
  const timeline = useMemo(() => (file ? buildTimeline(file) : []), [file]);
  const advisers = useMemo(() => {
    const onSite = (records.users ?? []).filter((user) => user.data.siteIds?.includes(candidate.siteId) && user.data.active !== false);
    const options = onSite.map((user) => ({ code: user.id, label: isolatedText(user.data.name ?? user.id) }));
    if (!options.some((option) => option.code === workspace.user.id)) options.unshift({ code: workspace.user.id, label: isolatedText(workspace.user.name) });
    return options;
  }, [records.users, candidate.siteId, workspace.user]);

  if (candidate.data.erased) {
    return (
      <>
        <h1>{t('candidates.erased')}</h1>
        <p role="status">{t('candidateFile.erased')}</p>
        <p>
          <Link to={SCREEN_PATHS.candidates}>{t('candidateFile.backToList')}</Link>
        </p>
      </>
    );
  }

  const mine = <T extends { id: string }>(list: T[] | undefined, ids: Set<string>) => (list ?? []).filter((record) => ids.has(record.id));
  const spocIds = new Set(file?.spocActions.map((record) => record.id));
  const accIds = new Set(file?.accompaniments.map((record) => record.id));
  const noteIds = new Set(file?.followUpNotes.map((record) => record.id));

  return (
    <article className="candidate-file" aria-labelledby="candidate-file-title">
      <div className="page-heading">
        <h1 id="candidate-file-title">
          <PersonName>{name}</PersonName>
        </h1>
        <div className="candidate-file__links">
          <Link to={SCREEN_PATHS.editCandidate(candidate.id)} className="button" aria-label={t('candidateFile.correctIdentity')}>
            {t('candidateFile.correct')}
          </Link>
          <StartPositioningLink candidateId={candidate.id} />
          <Link to={SCREEN_PATHS.personFile(candidate.id)} className="button">
            {t('candidateFile.completeFile')}
          </Link>
        </div>
      </div>
      {message ? <Notice tone="success" message={message} onDismiss={() => setMessage(null)} /> : null}
      {incoming && !message ? <Notice tone="info" message={incoming} onDismiss={dismissIncoming} /> : null}
      <IdentitySummary candidate={candidate} siteName={siteName} />
      <SpocActionsSection
        candidate={candidate}
        adviserId={workspace.user.id}
        actions={mine(records.spocActions, spocIds)}
        outreachPlaces={site?.data.outreachPlaces ?? []}
        repo={repos.spocActions}
        onDone={setMessage}
      />
      <AccompanimentsSection
        candidate={candidate}
        adviserId={workspace.user.id}
        advisers={advisers}
        siteName={siteName}
        accompaniments={mine(records.accompaniments, accIds)}
        repo={repos.accompaniments}
        onDone={setMessage}
      />
      <PositioningsSection positionings={file?.positionings ?? []} />
      <div className="file-section">
        <CandidateModules candidateId={candidate.id} attendance={records.attendance} sessions={records.moduleSessions} />
      </div>
      <ModuleWorkSection
        candidate={candidate}
        adviserId={workspace.user.id}
        advisers={advisers}
        accompaniments={mine(records.accompaniments, accIds)}
        work={(records.moduleWork ?? []).filter((record) => record.data.candidateId === candidate.id)}
        repo={repos.moduleWork}
        onDone={setMessage}
      />
      <ObservationsSection
        candidate={candidate}
        accompaniments={mine(records.accompaniments, accIds)}
        observations={(records.observations ?? []).filter((record) => record.data.candidateId === candidate.id)}
        positionings={(records.positionings ?? []).filter((record) => record.data.candidateId === candidate.id)}
        repo={repos.observations}
        onDone={setMessage}
      />
      <div className="file-section">
        <ValidationStepsOf candidateId={candidate.id} steps={records.validationSteps} accompaniments={records.accompaniments} sharingAllowed={hasConsentScope(candidate.data, 'partage-centre')} />
      </div>
      <FollowUpNotesSection candidate={candidate} siteName={siteName} notes={mine(records.followUpNotes, noteIds)} repo={repos.followUpNotes} onDone={setMessage} />
      <FileAdminSection
        candidate={candidate}
        sites={records.sites ?? []}
        onTransferred={setMessage}
        onMerged={(keptId, done) => (keptId === candidate.id ? setMessage(done) : void navigate(SCREEN_PATHS.candidate(keptId), { state: { notice: done } }))}
      />
      <FileTimeline entries={timeline} candidateId={candidate.id} />
    </article>
  );
}

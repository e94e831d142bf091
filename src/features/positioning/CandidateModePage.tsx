// Candidate mode (/mode-candidat/:positioningId): the tablet is handed to the candidate, full
// screen, one question at a time. Every tap is saved to the positioning record at once, so a
// reload or a dead battery resumes at the first unanswered question. Leaving needs the adviser's PIN.
import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { PageLoading } from '../../components/PageLoading';
import { useSession, useWorkspace } from '../../components/session/session-context';
import { CANDIDATE_CHROME } from '../../content/candidate-chrome';
import { findQuestionnaire } from '../../content/questionnaires';
import type { PositioningData } from '../../domain/entities';
import type { LocalRecord } from '../../sync/workspace';
import { AudioPlayerContext } from './audio-context';
import { createAudioPlayer } from './audio-player';
import { BilingualText } from './BilingualText';
import { LeaveCandidateMode } from './LeaveCandidateMode';
import { SittingScreens } from './SittingScreens';
import './candidate-mode.css';
import { SCREEN_PATHS } from '../../domain/screen-paths';

export function CandidateModePage() {
  const { positioningId = '' } = useParams();
  const workspace = useWorkspace();
  const { leave, settleReopenLock } = useSession();
  // A reload that lands here is guarded by candidate mode's own PIN: no second lock after it.
  useEffect(() => settleReopenLock(), [settleReopenLock]);
  const navigate = useNavigate();
  const player = useMemo(() => createAudioPlayer(workspace.recordings, workspace.attachments), [workspace]);
  const [record, setRecord] = useState<LocalRecord<'positionings'> | null | undefined>(undefined);
  const main = useRef<HTMLElement>(null);
  // Only a sitting the tablet was handed over for (the lock was read before this screen shows).
  const [handedOver] = useState(() => workspace.candidateLock.current() === positioningId);

  useEffect(() => () => player.stop(), [player]);
  useEffect(() => {
    let cancelled = false;
    void workspace
      .repo('positionings')
      .get(positioningId)
      .catch(() => undefined)
      .then((found) => {
        // A transition: React renders the sitting's first screen in slices between the browser's
        // tasks, not in one long task while the candidate takes the tablet (docs/performance.md).
        if (!cancelled) startTransition(() => setRecord(found ?? null));
      });
    return () => {
      cancelled = true;
    };
  }, [workspace, positioningId]);

  async function left() {
    player.stop();
    await workspace.candidateLock.unlock();
    const candidateId = record?.data.candidateId;
    // A finished sitting goes on to the adviser's rating and comparison; an unfinished one back to the file.
    const latest = await workspace.repo('positionings').get(positioningId).catch(() => undefined);
    if (latest?.data.completedAt) return void (await navigate(SCREEN_PATHS.positioning(positioningId), { replace: true }));
    await navigate(candidateId ? SCREEN_PATHS.candidate(candidateId) : SCREEN_PATHS.home, { replace: true });
  }

  async function lockedOut() {
    player.stop();
    await workspace.candidateLock.unlock();
    await leave();
    await navigate(SCREEN_PATHS.login, { replace: true });
  }

  if (!handedOver) return <Navigate to={SCREEN_PATHS.home} replace />;
  const questionnaire = record ? findQuestionnaire(record.data.questionnaireId ?? '', record.data.questionnaireVersion ?? 0) : undefined;

  return (
    <AudioPlayerContext.Provider value={player}>
      <main id="main" ref={main} className="candidate" lang="fr" tabIndex={-1}>
        <div className="candidate__corner">
          <LeaveCandidateMode verify={(pin) => workspace.pin.verify(pin)} onLeft={() => void left()} onLockedOut={() => void lockedOut()} />
        </div>
        {record === undefined ? <PageLoading /> : null}
        {record === null || (record && !questionnaire) ? (
          <section className="end">
            <BilingualText as="h1" text={CANDIDATE_CHROME['give-back'].text} audio={CANDIDATE_CHROME['give-back'].audio} />
          </section>
        ) : null}
        {record && questionnaire ? (
          <SittingScreens
            record={record}
            questionnaire={questionnaire}
            save={(changes: Partial<PositioningData>) => workspace.repo('positionings').update(record.id, changes)}
            onScreenChange={() => main.current?.focus()}
          />
        ) : null}
      </main>
    </AudioPlayerContext.Provider>
  );
}

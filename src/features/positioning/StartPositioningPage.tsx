// Starting a positioning sitting (/positionnements/nouveau?candidat=<id>), on the adviser's
// screen: the candidate, the métier, the second language, the adviser's PIN the first time, then
// "hand the tablet to the candidate": the sitting is created and the tablet locked to it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useWorkspace } from '../../components/session/session-context';
import { useDocumentTitle } from '../../components/use-document-title';
import { currentQuestionnaire } from '../../content/questionnaires';
import type { CandidateData } from '../../domain/entities';
import type { LocalRecord } from '../../sync/workspace';
import { metierOptions } from './metier-options';
import { sittingFields } from './sitting';
import { defaultSecondLanguage, StartPositioningForm, type StartChoice, type StartValues } from './StartPositioningForm';
import { SCREEN_PATHS } from '../../domain/screen-paths';
import { whenIdle } from '../../components/when-idle';

type Candidate = LocalRecord<'candidates'>;

function candidateName(data: CandidateData): string {
  return [data.firstName, data.lastName].filter(Boolean).join(' ');
}

export function StartPositioningPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('positioning.start.title'));
  const workspace = useWorkspace();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [loaded, setLoaded] = useState<{ candidates: Candidate[]; pinIsSet: boolean; defaults: StartValues }>();

  useEffect(() => {
    let active = true;
    const { own } = metierOptions(i18n.language);
    const candidateId = params.get('candidat') ?? '';
    // The accompaniments of the candidate named in the address only (by its index): a coordinator's
    // tablet holds thousands, and this screen needs one.
    void Promise.all([workspace.repo('candidates').list(), workspace.repo('accompaniments').listWhere('candidateId', candidateId ? [candidateId] : []), workspace.pin.isSet()]).then(
      ([list, accompaniments, pinIsSet]) => {
        if (!active) return;
        const candidates = list.filter((record) => !record.data.erased).sort((a, b) => candidateName(a.data).localeCompare(candidateName(b.data), 'fr'));
        const chosen = candidates.find((record) => record.id === candidateId);
        const open = accompaniments.find((record) => record.data.candidateId === chosen?.id && record.data.status === 'open');
        const defaults = { candidateId, metier: open?.data.metier ?? own[0]?.code ?? '', second: defaultSecondLanguage(chosen?.data), pin: { first: '', again: '' } };
        setLoaded({ candidates, pinIsSet, defaults });
      },
    );
    return () => {
      active = false;
    };
    // Prefill once, from the address the screen was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workspace]);

  // Candidate mode's code is fetched and evaluated while the adviser fills the form, once the
  // browser is idle, not inside the hand-over (docs/performance.md, "Candidate mode's opening").
  const formShown = loaded !== undefined;
  useEffect(() => {
    if (formShown) whenIdle(() => void import('./CandidateModePage').catch(() => undefined));
  }, [formShown]);

  async function start({ candidate, metier, second, newPin }: StartChoice) {
    if (newPin !== undefined) await workspace.pin.set(newPin);
    const questionnaire = currentQuestionnaire();
    const accompaniments = await workspace.repo('accompaniments').listWhere('candidateId', [candidate.id]);
    const open = accompaniments.find((record) => record.data.status === 'open' && record.data.metier === metier);
    const created = await workspace.repo('positionings').create(candidate.siteId, {
      candidateId: candidate.id,
      ...(open ? { accompanimentId: open.id } : {}),
      questionnaireId: questionnaire.id,
      questionnaireVersion: questionnaire.version,
      answeredBy: 'candidate',
      startedAt: new Date().toISOString(),
      ...sittingFields({ metier, ...(second ? { secondLanguage: second } : {}) }),
    });
    await workspace.candidateLock.lock(created.id);
    await navigate(SCREEN_PATHS.candidateMode(created.id), { replace: true });
  }

  if (!loaded) return <p role="status">{t('app.loading')}</p>;

  return (
    <StartPositioningForm candidates={loaded.candidates} pinIsSet={loaded.pinIsSet} defaultValues={loaded.defaults} start={start}>
      <p>
        <Link to={SCREEN_PATHS.voices} className="link-target">{t('positioning.start.voiceLink')}</Link>
      </p>
    </StartPositioningForm>
  );
}


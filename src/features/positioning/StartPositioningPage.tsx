// Starting a positioning sitting (/positionnements/nouveau?candidat=<id>), on the adviser's
// screen: the candidate, the métier, the second language, the adviser's PIN the first time, then
// "hand the tablet to the candidate": the sitting is created and the tablet locked to it.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useWorkspace } from '../../components/session/session-context';
import { useDocumentTitle } from '../../components/use-document-title';
import { currentQuestionnaire } from '../../content/questionnaires';
import type { CandidateData } from '../../domain/entities';
import type { LocalRecord } from '../../sync/workspace';
import { metierOptions } from './metier-options';
import { PinSetupFields, pinSetupProblem } from './PinSetupFields';
import { sittingFields, type SecondLanguage } from './sitting';
import { displayName } from '../candidates/candidate-display';
import { usePersonDetails } from '../candidates/person-details';
import { SCREEN_PATHS } from '../../domain/screen-paths';

type Candidate = LocalRecord<'candidates'>;

const SECOND_LANGUAGE_CHOICES: readonly (SecondLanguage | '')[] = ['', 'en', 'ar'];

function candidateName(data: CandidateData): string {
  return [data.firstName, data.lastName].filter(Boolean).join(' ');
}

function defaultSecondLanguage(data: CandidateData | undefined): SecondLanguage | '' {
  const spoken = data?.languages ?? [];
  if (spoken.includes('ar')) return 'ar';
  if (spoken.includes('en')) return 'en';
  return '';
}

export function StartPositioningPage() {
  const { t, i18n } = useTranslation();
  const detailsOf = usePersonDetails();
  useDocumentTitle(t('positioning.start.title'));
  const workspace = useWorkspace();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const ids = useId();
  const [candidates, setCandidates] = useState<Candidate[] | undefined>();
  const [candidateId, setCandidateId] = useState(params.get('candidat') ?? '');
  const [metier, setMetier] = useState<string>('');
  const [second, setSecond] = useState<SecondLanguage | ''>('');
  const [pinIsSet, setPinIsSet] = useState<boolean | undefined>();
  const [pin, setPin] = useState({ first: '', again: '' });
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const { own, others } = metierOptions(i18n.language);

  useEffect(() => {
    let active = true;
    void Promise.all([workspace.repo('candidates').list(), workspace.repo('accompaniments').list(), workspace.pin.isSet()]).then(
      ([list, accompaniments, isSet]) => {
        if (!active) return;
        const named = list.filter((record) => !record.data.erased).sort((a, b) => candidateName(a.data).localeCompare(candidateName(b.data), 'fr'));
        setCandidates(named);
        setPinIsSet(isSet);
        const chosen = named.find((record) => record.id === (params.get('candidat') ?? ''));
        const open = accompaniments.find((record) => record.data.candidateId === chosen?.id && record.data.status === 'open');
        setMetier(open?.data.metier ?? own[0]?.code ?? '');
        setSecond(defaultSecondLanguage(chosen?.data));
      },
    );
    return () => {
      active = false;
    };
    // Prefill once, from the address the screen was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workspace]);

  async function handOver(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    const candidate = candidates?.find((record) => record.id === candidateId);
    if (!candidate) return setProblem(t('positioning.start.chooseCandidate'));
    if (!metier) return setProblem(t('positioning.start.chooseMetier'));
    if (pinIsSet === false) {
      const pinProblem = pinSetupProblem(pin.first, pin.again);
      if (pinProblem) return setProblem(t(pinProblem));
    }
    setBusy(true);
    try {
      if (pinIsSet === false) await workspace.pin.set(pin.first);
      const questionnaire = currentQuestionnaire();
      const accompaniments = await workspace.repo('accompaniments').list();
      const open = accompaniments.find((record) => record.data.candidateId === candidate.id && record.data.status === 'open' && record.data.metier === metier);
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
    } catch {
      setBusy(false);
      setProblem(t('positioning.start.failed'));
    }
  }

  if (!candidates) return <p role="status">{t('app.loading')}</p>;

  return (
    <form className="start-positioning" onSubmit={(event) => void handOver(event)} noValidate>
      <h1>{t('positioning.start.title')}</h1>
      <p className="field__hint">{t('positioning.start.intro')}</p>
      <div className="field">
        <label className="field__label" htmlFor={`${ids}-candidate`}>
          {t('positioning.start.candidate')}
        </label>
        <select
          id={`${ids}-candidate`}
          className="input"
          value={candidateId}
          onChange={(event) => {
            setCandidateId(event.target.value);
            setSecond(defaultSecondLanguage(candidates.find((record) => record.id === event.target.value)?.data));
          }}
        >
          <option value="">{t('positioning.start.noCandidate')}</option>
          {candidates.map((record) => (
            <option key={record.id} value={record.id}>
              {t('candidates.details.option', { name: displayName(record.data) ?? t('candidates.noName'), details: detailsOf(record) })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${ids}-metier`}>
          {t('positioning.start.metier')}
        </label>
        <select id={`${ids}-metier`} className="input" value={metier} onChange={(event) => setMetier(event.target.value)}>
          <optgroup label={t('positioning.start.metiersWithTasks')}>
            {own.map((option) => (
              <option key={option.code} value={option.code}>
                {option.label}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('positioning.start.otherMetiers')}>
            {others.map((option) => (
              <option key={option.code} value={option.code}>
                {option.label}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <fieldset className="choice-group">
        <legend className="field__label">{t('positioning.start.secondLanguage')}</legend>
        <div className="choice-group__options">
          {SECOND_LANGUAGE_CHOICES.map((code) => (
            <label key={code || 'none'} className="choice">
              <input type="radio" name="second-language" value={code} checked={second === code} onChange={() => setSecond(code)} />
              {t(`positioning.start.language.${code || 'none'}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {pinIsSet === false ? <PinSetupFields value={pin} onChange={setPin} /> : null}
      {problem ? (
        <p role="alert" className="field__error">
          {problem}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary button--large" disabled={busy}>
          {t('positioning.start.handOver')}
        </button>
      </div>
      <p>
        <Link to={SCREEN_PATHS.voices} className="link-target">{t('positioning.start.voiceLink')}</Link>
      </p>
    </form>
  );
}

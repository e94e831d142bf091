// Add or correct a SPOC action from a candidate's file: date, kind, outreach place, métiers asked
// about, outcome; for a collective session, the other named people and a head count of the others.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { consentIssues } from '../../domain/consent-scopes';
import { brusselsDate } from '../../domain/dates';
import type { SpocActionData } from '../../domain/entities';
import { headCountIssue } from '../../domain/plausibility';
import type { LocalRecord } from '../../sync/workspace';
import { CandidatePicker } from './CandidatePicker';
import { ChoicesField, InputField, SelectField } from '../../components/form/fields';
import { MetierMultiPicker } from '../../components/metiers/MetierMultiPicker';
import { useMetierCatalogue } from '../../components/metiers/use-metier-catalogue';
import { errorsOfRejection, missingFields, type FieldErrors } from './form-errors';
import { codeOptions } from './labels';

export interface SpocFormProps {
  candidateId: string;
  adviserId: string;
  /** The candidate's site: its métiers come first in the métier picker. */
  siteId: string;
  candidates: LocalRecord<'candidates'>[];
  outreachPlaces: string[];
  /** The action being corrected, or undefined for a new one. */
  initial?: SpocActionData;
  onSave: (data: SpocActionData) => Promise<void>;
  onCancel: () => void;
}

export function SpocActionForm({ candidateId, adviserId, siteId, candidates, outreachPlaces, initial, onSave, onCancel }: SpocFormProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { catalogue, metiersOfSite } = useMetierCatalogue();
  const [date, setDate] = useState(initial?.date ?? brusselsDate());
  const [kind, setKind] = useState(initial?.kind ?? 'individuelle');
  const [place, setPlace] = useState(initial?.outreachPlace ?? '');
  const [metiers, setMetiers] = useState<string[]>(initial?.metiers ?? []);
  const [outcome, setOutcome] = useState(initial?.outcome ?? '');
  const [others, setOthers] = useState<string[]>((initial?.candidateIds ?? []).filter((id) => id !== candidateId));
  const [headCount, setHeadCount] = useState(initial?.headCount ? String(initial.headCount) : '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const collective = kind === 'collective';
  // No mail/phone contact with someone who did not agree to be contacted (consent-scopes.ts): said
  // in the field as soon as the kind is chosen, and the server refuses it anyway.
  const named = collective ? [candidateId, ...others] : [candidateId];
  const known = (id: string) => candidates.find((record) => record.id === id)?.data;
  const contactRefused =
    consentIssues('spocActions', { kind, candidateIds: named }, initial, { kind, candidateIds: named.filter((id) => known(id) !== undefined) }, known).length > 0;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = missingFields({ date, kind }, ['date', 'kind']);
    const count = headCount.trim() === '' ? 0 : Number(headCount);
    if (collective) {
      const countIssue = Number.isFinite(count) ? headCountIssue(count) : 'invalidNumber';
      if (countIssue) missing.headCount = countIssue;
    }
    if (contactRefused) missing.kind = 'consentContactMissing';
    setErrors(missing);
    setFailed(false);
    if (Object.keys(missing).length > 0) return;
    const data: SpocActionData = {
      ...initial,
      date,
      kind: kind as SpocActionData['kind'],
      candidateIds: collective ? [candidateId, ...others] : [candidateId],
      // Not sent when none were ever chosen; [] when the adviser removed them all.
      metiers: (metiers.length > 0 || initial?.metiers ? metiers : undefined) as SpocActionData['metiers'],
      adviserId: initial?.adviserId ?? adviserId,
      outcome: (outcome || undefined) as SpocActionData['outcome'],
      outreachPlace: place.trim() || undefined,
    };
    if (collective || initial?.headCount) data.headCount = collective ? count : 0;
    setBusy(true);
    try {
      await onSave(data);
    } catch (error) {
      const fieldErrors = errorsOfRejection(error);
      if (fieldErrors) setErrors(fieldErrors);
      else setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  const kinds = codeOptions('spocActionKinds', language);
  const title = t(initial ? 'candidateFile.spoc.formTitleEdit' : 'candidateFile.spoc.formTitleNew');
  return (
    <form className="file-form" onSubmit={(event) => void submit(event)} aria-label={title} noValidate>
      <h3 className="file-form__title">{title}</h3>
      <div className="form-grid">
        <InputField name="spoc-date" type="date" label={t('candidateFile.spoc.date')} required errorKey={errors.date} value={date} onChange={setDate} />
        <InputField
          name="spoc-place"
          label={t('candidateFile.spoc.place')}
          hint={t('candidateFile.spoc.placeHint')}
          errorKey={errors.outreachPlace}
          list={outreachPlaces.length > 0 ? 'spoc-places' : undefined}
          value={place}
          onChange={setPlace}
        />
      </div>
      {outreachPlaces.length > 0 ? (
        <datalist id="spoc-places">
          {outreachPlaces.map((known) => (
            <option key={known} value={known} />
          ))}
        </datalist>
      ) : null}
      <ChoicesField name="spoc-kind" legend={t('candidateFile.spoc.kind')} errorKey={contactRefused ? 'consentContactMissing' : errors.kind === 'consentContactMissing' ? undefined : errors.kind} options={kinds} multiple={false} value={[kind]} onChange={(value) => setKind(value[0] as typeof kind)} />
      {collective ? (
        <fieldset className="form-section">
          <legend>{t('candidateFile.spoc.others')}</legend>
          <CandidatePicker candidates={candidates} selfId={candidateId} value={others} onChange={setOthers} />
          <InputField
            name="spoc-headcount"
            type="number"
            label={t('candidateFile.spoc.headCount')}
            hint={t('candidateFile.spoc.headCountHint')}
            errorKey={errors.headCount}
            value={headCount}
            onChange={setHeadCount}
          />
        </fieldset>
      ) : null}
      <MetierMultiPicker
        name="spoc-metiers"
        legend={t('candidateFile.spoc.metiers')}
        hint={t('candidateFile.spoc.metiersHint')}
        catalogue={catalogue}
        siteMetiers={metiersOfSite(siteId)}
        date={date || brusselsDate()}
        value={metiers}
        onChange={setMetiers}
      />
      <SelectField name="spoc-outcome" label={t('candidateFile.spoc.outcome')} errorKey={errors.outcome} options={codeOptions('spocOutcomes', language)} value={outcome} onChange={setOutcome} />
      {failed ? <p className="field__error" role="alert">{t('candidateFile.saveFailed')}</p> : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t(busy ? 'candidateFile.saving' : 'candidateFile.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('candidateFile.cancel')}
        </button>
      </div>
    </form>
  );
}

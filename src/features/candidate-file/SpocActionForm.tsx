// Add or correct a SPOC action from a candidate's file: date, kind, outreach place, métiers asked
// about, outcome; for a collective session, the other named people and a head count of the others.
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormInput, FormRadios, FormSelect } from '../../components/form/form-controls';
import { useRecordForm } from '../../components/form/use-record-form';
import { FileFormFooter } from './FileFormFooter';
import { requiredChoice } from '../../components/form/value-schemas';
import { consentIssues } from '../../domain/consent-scopes';
import { brusselsDate } from '../../domain/dates';
import type { SpocActionData } from '../../domain/entities';
import { headCountIssue } from '../../domain/plausibility';
import type { LocalRecord } from '../../sync/workspace';
import { CandidatePicker } from './CandidatePicker';
import { MetierMultiPicker } from '../../components/metiers/MetierMultiPicker';
import { useMetierCatalogue } from '../../components/metiers/use-metier-catalogue';
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

/** The count of unnamed people present ('' is none). */
const countOf = (text: string) => (text.trim() === '' ? 0 : Number(text));

const spocValues = z
  .object({
    date: requiredChoice,
    kind: requiredChoice,
    outreachPlace: z.string(),
    metiers: z.array(z.string()),
    outcome: z.string(),
    others: z.array(z.string()),
    headCount: z.string(),
  })
  .superRefine(({ kind, headCount }, ctx) => {
    if (kind !== 'collective') return;
    const count = countOf(headCount);
    const issue = Number.isFinite(count) ? headCountIssue(count) : 'invalidNumber';
    if (issue) ctx.addIssue({ code: 'custom', path: ['headCount'], message: issue });
  });

export function SpocActionForm({ candidateId, adviserId, siteId, candidates, outreachPlaces, initial, onSave, onCancel }: SpocFormProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { catalogue, metiersOfSite } = useMetierCatalogue();
  const { form, submit, failed, errors, busy } = useRecordForm({
    schema: spocValues,
    defaultValues: {
      date: initial?.date ?? brusselsDate(),
      kind: initial?.kind ?? 'individuelle',
      outreachPlace: initial?.outreachPlace ?? '',
      metiers: initial?.metiers ?? [],
      outcome: initial?.outcome ?? '',
      others: (initial?.candidateIds ?? []).filter((id) => id !== candidateId),
      headCount: initial?.headCount ? String(initial.headCount) : '',
    },
    save: async (values, { setFocus }) => {
      // The refusal is already said in the field (below); the save waits for another kind.
      if (refusedContact(values.kind, values.others)) {
        setFocus('kind');
        return;
      }
      const collective = values.kind === 'collective';
      const data: SpocActionData = {
        ...initial,
        date: values.date,
        kind: values.kind as SpocActionData['kind'],
        candidateIds: collective ? [candidateId, ...values.others] : [candidateId],
        // Not sent when none were ever chosen; [] when the adviser removed them all.
        metiers: (values.metiers.length > 0 || initial?.metiers ? values.metiers : undefined) as SpocActionData['metiers'],
        adviserId: initial?.adviserId ?? adviserId,
        outcome: (values.outcome || undefined) as SpocActionData['outcome'],
        outreachPlace: values.outreachPlace.trim() || undefined,
      };
      if (collective || initial?.headCount) data.headCount = collective ? countOf(values.headCount) : 0;
      await onSave(data);
    },
  });
  const { control } = form;
  const [kind, others, date] = useWatch({ control, name: ['kind', 'others', 'date'] });
  const collective = kind === 'collective';
  // No mail/phone contact with someone who did not agree to be contacted (consent-scopes.ts): said
  // in the field as soon as the kind is chosen, and the server refuses it anyway.
  function refusedContact(chosenKind: string, chosenOthers: string[]) {
    const named = chosenKind === 'collective' ? [candidateId, ...chosenOthers] : [candidateId];
    const known = (id: string) => candidates.find((record) => record.id === id)?.data;
    const action = { kind: chosenKind as SpocActionData['kind'], candidateIds: named };
    return consentIssues('spocActions', action, initial, { ...action, candidateIds: named.filter((id) => known(id) !== undefined) }, known).length > 0;
  }
  const contactRefused = refusedContact(kind, others);

  const title = t(initial ? 'candidateFile.spoc.formTitleEdit' : 'candidateFile.spoc.formTitleNew');
  return (
    <form className="file-form" onSubmit={(event) => void submit(event)} aria-label={title} noValidate>
      <h3 className="file-form__title">{title}</h3>
      <div className="form-grid">
        <FormInput control={control} field="date" name="spoc-date" type="date" label={t('candidateFile.spoc.date')} required />
        <FormInput
          control={control}
          field="outreachPlace"
          name="spoc-place"
          label={t('candidateFile.spoc.place')}
          hint={t('candidateFile.spoc.placeHint')}
          list={outreachPlaces.length > 0 ? 'spoc-places' : undefined}
        />
      </div>
      {outreachPlaces.length > 0 ? (
        <datalist id="spoc-places">
          {outreachPlaces.map((known) => (
            <option key={known} value={known} />
          ))}
        </datalist>
      ) : null}
      <FormRadios
        control={control}
        field="kind"
        name="spoc-kind"
        legend={t('candidateFile.spoc.kind')}
        errorKey={contactRefused ? 'consentContactMissing' : undefined}
        options={codeOptions('spocActionKinds', language)}
      />
      {collective ? (
        <fieldset className="form-section">
          <legend>{t('candidateFile.spoc.others')}</legend>
          <Controller
            control={control}
            name="others"
            render={({ field }) => <CandidatePicker candidates={candidates} selfId={candidateId} value={field.value} onChange={field.onChange} />}
          />
          <FormInput
            control={control}
            field="headCount"
            name="spoc-headcount"
            type="number"
            label={t('candidateFile.spoc.headCount')}
            hint={t('candidateFile.spoc.headCountHint')}
          />
        </fieldset>
      ) : null}
      <Controller
        control={control}
        name="metiers"
        render={({ field }) => (
          <MetierMultiPicker
            name="spoc-metiers"
            legend={t('candidateFile.spoc.metiers')}
            hint={t('candidateFile.spoc.metiersHint')}
            catalogue={catalogue}
            siteMetiers={metiersOfSite(siteId)}
            date={date || brusselsDate()}
            value={field.value}
            onChange={field.onChange}
          />
        )}
      />
      <FormSelect control={control} field="outcome" name="spoc-outcome" label={t('candidateFile.spoc.outcome')} options={codeOptions('spocOutcomes', language)} />
      <FileFormFooter busy={busy} failed={failed} rootError={errors.root} onCancel={onCancel} />
    </form>
  );
}

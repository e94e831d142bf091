// For the candidate file: a person's validation attempts per UC, with add, correct and delete;
// when a Titre date is entered and an accompaniment is open, the adviser may close it (titre-obtenu).
// The UC of an attempt comes from the catalogue of the accompaniment's métier (domain/metiers).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useWorkspace } from '../../components/session/session-context';
import { findUc, metierLabel, ucDisplay, ucsOf } from '../../domain/metiers/catalogue';
import { useMetierCatalogue } from '../../components/metiers/use-metier-catalogue';
import type { LocalRecord } from '../../sync/workspace';
import { ValidationStepForm } from './ValidationStepForm';
import { useRecordsWhere } from '../../components/use-records';
import { hasConsentScope } from '../../domain/consent-scopes';
import { exitDateIssue } from '../../domain/plausibility';
import { ValidationStepItem } from './ValidationStepItem';
import { stepData, stepValuesOf, type StepFormValues } from './step-form-model';
import { formatDate } from './validation-labels';
import { useValidationData, useValidationRepos } from './use-validation-data';
import './validation.css';

type Editing = { kind: 'new' } | { kind: 'edit'; step: LocalRecord<'validationSteps'> } | undefined;
interface CloseOffer {
  accompaniment: LocalRecord<'accompaniments'>;
  date: string;
}

export function CandidateValidationSteps({ candidateId }: { candidateId: string }) {
  const { repos, steps, accompaniments } = useValidationData();
  const [candidate] = useRecordsWhere(repos.candidates, 'id', [candidateId]) ?? [];
  return <ValidationStepsOf candidateId={candidateId} steps={steps} accompaniments={accompaniments} sharingAllowed={hasConsentScope(candidate?.data, 'partage-centre')} />;
}

interface ValidationStepsOfProps {
  candidateId: string;
  steps: LocalRecord<'validationSteps'>[] | undefined;
  accompaniments: LocalRecord<'accompaniments'>[] | undefined;
  /** Registrations and results pass through the centre: only with the person's consent to share. */
  sharingAllowed: boolean;
}

/** The block over rows given by the caller (the candidate file passes its read model's). */
export function ValidationStepsOf({ candidateId, steps, accompaniments, sharingAllowed }: ValidationStepsOfProps) {
  const { t, i18n } = useTranslation();
  const { catalogue } = useMetierCatalogue();
  const workspace = useWorkspace();
  const repos = useValidationRepos();
  const [editing, setEditing] = useState<Editing>();
  const [deleting, setDeleting] = useState<LocalRecord<'validationSteps'>>();
  const [closing, setClosing] = useState<CloseOffer>();
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);

  const mine = (steps ?? [])
    .filter((step) => step.data.candidateId === candidateId)
    .sort((a, b) => `${a.data.uc}${a.data.registrationDate ?? ''}`.localeCompare(`${b.data.uc}${b.data.registrationDate ?? ''}`));
  const theirAccompaniments = (accompaniments ?? []).filter((item) => item.data.candidateId === candidateId);
  const openAccompaniments = theirAccompaniments.filter((item) => item.data.status === 'open');
  const accompanimentChoices = theirAccompaniments.map((item) => ({
    id: item.id,
    label: t('validationSteps.accompanimentLabel', { metier: metierLabel(catalogue, item.data.metier, i18n.language), date: formatDate(item.data.startDate, i18n.language) }),
  }));
  const siteOf = () => openAccompaniments[0]?.siteId ?? theirAccompaniments[0]?.siteId ?? workspace.user.siteIds[0] ?? '';
  const accompanimentOf = (id: string | undefined) => theirAccompaniments.find((item) => item.id === id);
  const metierOf = (id: string | undefined) => accompanimentOf(id)?.data.metier;
  /** An attempt belongs to its accompaniment's site (the report counts it there). */
  const siteFor = (accompanimentId: string | undefined) => accompanimentOf(accompanimentId)?.siteId ?? siteOf();
  const ucsFor = (accompanimentId: string, date: string) => {
    const metier = metierOf(accompanimentId);
    return { metier, current: ucsOf(catalogue, metier, date), all: ucsOf(catalogue, metier) };
  };
  const ucText = (step: LocalRecord<'validationSteps'>) => ucDisplay(findUc(catalogue, metierOf(step.data.accompanimentId), step.data.uc), step.data.uc);
  const attempts = mine.map((step) => ({ id: step.id, uc: step.data.uc ?? '', result: step.data.result, metier: metierOf(step.data.accompanimentId), guidanceDate: step.data.guidanceDate }));

  async function save(values: StepFormValues) {
    const data = stepData(candidateId, values);
    const before = editing?.kind === 'edit' ? editing.step.data.titreDate : undefined;
    if (editing?.kind === 'edit') await repos.steps.update(editing.step.id, data);
    else await repos.steps.create(siteFor(data.accompanimentId), data);
    setEditing(undefined);
    setMessage(t('validationSteps.saved'));
    if (data.titreDate && data.titreDate !== before) {
      const linked = openAccompaniments.find((item) => item.id === data.accompanimentId) ?? openAccompaniments[0];
      // Closing on the Titre's date must not end the accompaniment before it started (plausibility.ts).
      if (linked && exitDateIssue(linked.data.startDate, data.titreDate)) {
        setMessage(t('validationSteps.close.beforeStart', { date: formatDate(linked.data.startDate, i18n.language) }));
      } else if (linked) setClosing({ accompaniment: linked, date: data.titreDate });
    }
  }

  return (
    <section aria-labelledby={`validation-steps-${candidateId}`} className="validation-steps">
      <h2 id={`validation-steps-${candidateId}`}>{t('validationSteps.title')}</h2>
      {message ? (
        <p role="status" className="notice notice--success">
          {message}
        </p>
      ) : null}
      {steps === undefined ? (
        <p>{t('validationSteps.loading')}</p>
      ) : mine.length === 0 ? (
        <p>{t('validationSteps.none')}</p>
      ) : (
        <ul className="validation-list" aria-labelledby={`validation-steps-${candidateId}`}>
          {mine.map((step) =>
            editing?.kind === 'edit' && editing.step.id === step.id ? (
              <li key={step.id}>
                <ValidationStepForm
                  initial={stepValuesOf(step.data)}
                  stepId={step.id}
                  attempts={attempts}
                  accompaniments={accompanimentChoices}
                  ucsFor={ucsFor}
                  onSubmit={save}
                  onCancel={() => setEditing(undefined)}
                  sharingAllowed={sharingAllowed}
                />
              </li>
            ) : (
              <ValidationStepItem key={step.id} step={step} ucText={ucText(step)} onEdit={() => setEditing({ kind: 'edit', step })} onDelete={() => setDeleting(step)} />
            ),
          )}
        </ul>
      )}
      {editing?.kind === 'new' ? (
        <section aria-labelledby="validation-new" className="validation-new">
          <h3 id="validation-new">{t('validationSteps.newTitle')}</h3>
          <ValidationStepForm
            initial={stepValuesOf(undefined, openAccompaniments[0]?.id ?? '')}
            attempts={attempts}
            accompaniments={accompanimentChoices}
            ucsFor={ucsFor}
            onSubmit={save}
            onCancel={() => setEditing(undefined)}
            sharingAllowed={sharingAllowed}
          />
        </section>
      ) : (
        <button
          type="button"
          className="button button--primary button--large"
          onClick={() => {
            setMessage(undefined);
            setEditing({ kind: 'new' });
          }}
        >
          {t('validationSteps.add')}
        </button>
      )}
      {deleting ? (
        <ConfirmDialog
          title={t('validationSteps.delete.title')}
          text={t('validationSteps.delete.text', { uc: deleting.data.uc })}
          confirmLabel={t('validationSteps.delete.confirm')}
          cancelLabel={t('validationSteps.cancel')}
          busy={busy}
          onCancel={() => setDeleting(undefined)}
          onConfirm={() => {
            setBusy(true);
            void repos.steps
              .remove(deleting.id)
              .then(() => {
                setDeleting(undefined);
                setMessage(t('validationSteps.deleted'));
              })
              .finally(() => setBusy(false));
          }}
        />
      ) : null}
      {closing ? (
        <ConfirmDialog
          title={t('validationSteps.close.title')}
          text={t('validationSteps.close.text', {
            metier: metierLabel(catalogue, closing.accompaniment.data.metier, i18n.language),
            date: formatDate(closing.date, i18n.language),
          })}
          confirmLabel={t('validationSteps.close.confirm')}
          cancelLabel={t('validationSteps.close.keepOpen')}
          busy={busy}
          onCancel={() => setClosing(undefined)}
          onConfirm={() => {
            setBusy(true);
            void repos.accompaniments
              .update(closing.accompaniment.id, { status: 'closed', exitDate: closing.date, exitReason: 'titre-obtenu' })
              .then(() => {
                setClosing(undefined);
                setMessage(t('validationSteps.close.done'));
              })
              .finally(() => setBusy(false));
          }}
        />
      ) : null}
    </section>
  );
}

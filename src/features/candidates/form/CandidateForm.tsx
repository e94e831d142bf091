// The intake form: the candidate's fields (docs/sync-protocol.md, "Synced tables and their
// fields"), validated by the domain's rules, messages in the fields.
// It autosaves a draft as the adviser types (offered back when the form reopens) and, for a new
// person, shows the likely existing files before it lets the save go on. Saving is the caller's
// job (create or update); a RecordValidationError it throws is shown on the fields it names. It runs
// as every record form does (docs/architecture.md, "Record forms"), checked again as typed.
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Notice } from '../../../components/Notice';
import { useWorkspace } from '../../../components/session/session-context';
import { hasBidiControls } from '../../../domain/bidi';
import { useHoldUpdateWhile } from '../../../pwa/update-holds';
import type { CodeOption } from '../../../i18n/code-labels';
import { FormFooter } from '../../../components/form/FormFooter';
import { useRecordForm } from '../../../components/form/use-record-form';
import { DiscardInputButton, DraftOfferBanner } from '../draft/DraftOfferBanner';
import { useFormDraft } from '../draft/use-form-draft';
import { DuplicateWarning } from '../duplicates/DuplicateWarning';
import { useLikelyDuplicates } from '../duplicates/use-likely-duplicates';
import { candidateFormSchema } from './candidate-form-schema';
import {
  candidateFormValuesSchema,
  emptyFormValues,
  formFieldOfIssue,
  type CandidateFormField,
  type CandidateFormValues,
  type ConversionContext,
} from './candidate-form-values';
import { candidateFormOptions } from './form-options';
import { FormSelect } from '../../../components/form/form-controls';
import { TableFields } from './TableFields';
import { OutreachPlaceField } from './OutreachPlaceField';
import '../candidates.css';
import { SCREEN_PATHS } from '../../../domain/screen-paths';

interface CandidateFormProps {
  defaultValues: CandidateFormValues;
  context: ConversionContext;
  sites: CodeOption[];
  /** The file being corrected; absent for a new person (duplicate check, outreach place). */
  recordId?: string;
  /** A record stays on its site: moving it is not an edit of this form. */
  siteLocked: boolean;
  onSave: (values: CandidateFormValues) => Promise<void>;
  /** Extra buttons (cancel, delete) placed with the submit button. */
  actions?: ReactNode;
}

const sameValues = (a: CandidateFormValues, b: CandidateFormValues) => JSON.stringify(a) === JSON.stringify(b);

export function CandidateForm({ defaultValues, context, sites, recordId, siteLocked, onSave, actions }: CandidateFormProps) {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const navigate = useNavigate();
  const schema = useMemo(() => candidateFormSchema(context), [context]);
  const [duplicatesFailure, setDuplicatesFailure] = useState<string | null>(null);
  const record = useRecordForm<CandidateFormValues>({
    schema,
    defaultValues,
    reValidateMode: 'onChange',
    fieldOfIssue: (field) => formFieldOfIssue(field.split('.')) ?? 'root',
    save: async (values) => {
      if (unanswered.length > 0) {
        setMustAnswer((count) => count + 1); // the warning takes the focus and says why
        return;
      }
      await onSave(values);
      await draft.finish();
    },
  });
  const { form } = record;
  const { formState, control, reset } = form;
  const options = useMemo(() => candidateFormOptions(t, i18n.language), [t, i18n.language]);
  const { errors, isDirty } = formState;
  // Unsaved input holds back an app update (the draft keeps it anyway, but a reload mid-intake
  // would interrupt the adviser).
  useHoldUpdateWhile(isDirty);
  const isNew = recordId === undefined;

  const draft = useFormDraft({
    drafts: workspace.drafts,
    draftKey: `candidates:${recordId ?? 'new'}`,
    candidateId: recordId,
    form,
    parse: (stored) => {
      const parsed = candidateFormValuesSchema.safeParse({ ...emptyFormValues(defaultValues.siteId), ...(stored as object) });
      return parsed.success ? parsed.data : undefined;
    },
    isPristine: (values) => sameValues(values, defaultValues),
  });

  const [firstName, lastName, birthDate, siteId] = useWatch({ control, name: ['firstName', 'lastName', 'birthDate', 'siteId'] });
  const identity = useMemo(() => ({ firstName, lastName, birthDate }), [firstName, lastName, birthDate]);
  // A pasted name may hold a bidi control: invisible, removed on save (domain/bidi.ts), said here.
  const bidiHint = (typed: string) => (hasBidiControls(typed) ? t('form.bidiRemoved') : undefined);
  const typedHint = (field: CandidateFormField) => bidiHint(field === 'firstName' ? firstName : field === 'lastName' ? lastName : '');
  const duplicates = useLikelyDuplicates(identity);
  const [acknowledged, setAcknowledged] = useState<ReadonlySet<string>>(new Set());
  const unanswered = isNew ? duplicates.filter((hit) => !acknowledged.has(hit.record.id)) : [];
  const [mustAnswer, setMustAnswer] = useState(0);

  const failure = record.failure ? String(record.failure.error instanceof Error ? record.failure.error.message : record.failure.error) : duplicatesFailure;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    setDuplicatesFailure(null);
    return record.submit(event);
  };

  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form className="candidate-form" onSubmit={(event) => void submit(event)} noValidate>
      {draft.offer ? <DraftOfferBanner updatedAt={draft.offer.updatedAt} onResume={draft.resume} onDiscard={draft.discard} /> : null}
      {hasErrors ? <Notice tone="error" message={t('form.errorSummary')} /> : null}

      {siteLocked ? (
        <p className="field field__static">
          <span className="field__label">{t('form.site')}</span>
          <span>{sites.find((site) => site.code === defaultValues.siteId)?.label ?? defaultValues.siteId}</span>
        </p>
      ) : (
        <div className="form-grid">
          <FormSelect control={control} field="siteId" name="siteId" label={t('form.site')} options={sites} />
          {isNew ? <OutreachPlaceField control={control} siteId={siteId} /> : null}
        </div>
      )}

      <fieldset className="form-section">
        <legend>{t('form.sections.identity')}</legend>
        <p className="field__hint" id="name-hint">
          {t('form.nameHint')}
        </p>
        <TableFields section="identity" control={control} errors={errors} options={options} recordLanguages={defaultValues.languages} typedHint={typedHint} />
        {unanswered.length > 0 ? (
          <DuplicateWarning
            hits={unanswered}
            mustAnswer={mustAnswer}
            onOpen={() => void draft.discard()}
            typedExtras={() => {
              const { phone, email, notes } = form.getValues();
              return { phone, email, notes };
            }}
            onCarry={async (record, changes) => {
              try {
                await workspace.repo('candidates').update(record.id, changes);
              } catch (error) {
                setDuplicatesFailure(error instanceof Error ? error.message : String(error));
                return;
              }
              await draft.finish();
              await navigate(SCREEN_PATHS.candidate(record.id));
            }}
            onKeepDraft={(record) => void navigate(SCREEN_PATHS.candidate(record.id))}
            onContinue={() => {
              setAcknowledged(new Set([...acknowledged, ...unanswered.map((hit) => hit.record.id)]));
              setMustAnswer(0);
            }}
          />
        ) : null}
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('form.sections.contact')}</legend>
        <TableFields section="contact" control={control} errors={errors} options={options} recordLanguages={defaultValues.languages} typedHint={typedHint} />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('form.sections.profile')}</legend>
        <TableFields section="profile" control={control} errors={errors} options={options} recordLanguages={defaultValues.languages} typedHint={typedHint} />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('form.sections.consent')}</legend>
        <TableFields section="consent" control={control} errors={errors} options={options} recordLanguages={defaultValues.languages} typedHint={typedHint} />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('form.sections.notes')}</legend>
        <TableFields section="notes" control={control} errors={errors} options={options} recordLanguages={defaultValues.languages} typedHint={typedHint} />
      </fieldset>

      <FormFooter
        busy={record.busy}
        saveLabel={t('form.save')}
        busyLabel={t('form.saving')}
        rootError={record.errors.root}
        failed={failure !== null}
        failedMessage={failure === null ? undefined : t('form.saveFailed', { message: failure })}
      >
        {actions}
        {draft.hasDraft && !draft.offer ? (
          <DiscardInputButton
            onDiscard={async () => {
              await draft.discard();
              reset(defaultValues);
              setAcknowledged(new Set());
            }}
          />
        ) : null}
      </FormFooter>
    </form>
  );
}

// One decision on a recommended module: keep it, remove it, or replace it by another, with the
// reason (required unless the adviser keeps it for the rule's own reason). The record-form idiom
// (docs/architecture.md, "Record forms"); the messages are the review's own keys.
import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { valuesCheckedBy } from '../../components/form/checked-values';
import { FormRadios, FormSelect, FormTextArea } from '../../components/form/form-controls';
import { FormFooter } from '../../components/form/FormFooter';
import { useRecordForm } from '../../components/form/use-record-form';
import { decisionProblem, type ModuleDecision } from '../../domain/positioning/module-decisions';
import { MODULE_CODE_LIST, moduleName } from './module-words';

type ReviewChoice = 'accepted' | 'removed' | 'replaced';
const CHOICES: readonly ReviewChoice[] = ['accepted', 'removed', 'replaced'];
type Decision = Pick<ModuleDecision, 'module' | 'choice' | 'replacement' | 'reason'>;

interface DecisionFormProps {
  module: string;
  initial?: ModuleDecision;
  onSave: (decision: Decision) => Promise<void>;
  onCancel?: () => void;
}

interface DecisionValues {
  choice: ReviewChoice;
  replacement: string;
  reason: string;
}

/** The decision the values make: the replacement only when replacing, the reason only when given. */
function decisionOf(module: string, { choice, replacement, reason }: DecisionValues): Decision {
  return { module, choice, ...(choice === 'replaced' && replacement ? { replacement } : {}), ...(reason.trim() ? { reason: reason.trim() } : {}) };
}

/** The field that shows each problem of `decisionProblem`. */
const FIELD_OF_PROBLEM = { replacementRequired: 'replacement', sameModule: 'replacement', reasonRequired: 'reason', tooLong: 'reason' } as const;

export function DecisionForm({ module, initial, onSave, onCancel }: DecisionFormProps) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const { form, submit, errors, busy, failed } = useRecordForm({
    schema: valuesCheckedBy<DecisionValues>((values) => {
      const problem = decisionProblem(decisionOf(module, values));
      return problem ? { [FIELD_OF_PROBLEM[problem]]: `positioningReview.decisions.problem.${problem}` } : {};
    }),
    defaultValues: {
      choice: initial && initial.choice !== 'added' ? initial.choice : 'accepted',
      replacement: initial?.replacement ?? '',
      reason: initial?.reason ?? '',
    },
    save: (values) => onSave(decisionOf(module, values)),
    // The decisions are one field of the positioning: a refusal names no field of this form.
    fieldOfIssue: () => 'root',
  });
  const choice = useWatch({ control: form.control, name: 'choice' });
  const name = moduleName(module, i18n.language);
  const choices = CHOICES.map((code) => ({ code, label: t(`positioningReview.decisions.choice.${code}`) }));
  const replacements = [
    { code: '', label: t('positioningReview.decisions.chooseModule') },
    ...MODULE_CODE_LIST.filter((code) => code !== module).map((code) => ({ code, label: moduleName(code, i18n.language) })),
  ];

  return (
    <form className="decision-form" onSubmit={(event) => void submit(event)} noValidate aria-label={t('positioningReview.decisions.formFor', { module: name })}>
      <FormRadios control={form.control} field="choice" name={`${ids}-choice`} legend={t('positioningReview.decisions.choiceLegend', { module: name })} options={choices} />
      {choice === 'replaced' ? (
        <FormSelect control={form.control} field="replacement" name={`${ids}-replacement`} label={t('positioningReview.decisions.replacement')} options={replacements} allowEmpty={false} />
      ) : null}
      <FormTextArea
        control={form.control}
        field="reason"
        name={`${ids}-reason`}
        label={t(choice === 'accepted' ? 'positioningReview.decisions.reasonOptional' : 'positioningReview.decisions.reason')}
      />
      <FormFooter
        busy={busy}
        saveLabel={t('positioningReview.decisions.save')}
        cancelLabel={t('positioningReview.cancel')}
        onCancel={onCancel}
        failed={failed}
        failedMessage={t('positioningReview.decisions.failed')}
        rootError={errors.root}
      />
    </form>
  );
}

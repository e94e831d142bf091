// Adding a module the rules did not recommend, with the reason (required). The record-form idiom
// (docs/architecture.md, "Record forms"); the messages are the review's own keys.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { valuesCheckedBy } from '../../components/form/checked-values';
import { FormSelect, FormTextArea } from '../../components/form/form-controls';
import { FormFooter } from '../../components/form/FormFooter';
import { useRecordForm } from '../../components/form/use-record-form';
import { decisionProblem } from '../../domain/positioning/module-decisions';
import { moduleName } from './module-words';

interface AddModuleFormProps {
  available: readonly string[];
  onAdd: (module: string, reason: string) => Promise<void>;
}

interface AddModuleValues {
  module: string;
  reason: string;
}

const PROBLEM = 'positioningReview.decisions.problem';
const EMPTY: AddModuleValues = { module: '', reason: '' };

const schema = valuesCheckedBy<AddModuleValues>(({ module, reason }) => {
  const reasonProblem = decisionProblem({ module, choice: 'added', reason });
  return { module: module ? undefined : `${PROBLEM}.moduleRequired`, reason: reasonProblem && `${PROBLEM}.${reasonProblem}` };
});

export function AddModuleForm({ available, onAdd }: AddModuleFormProps) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const { form, submit, errors, busy, failed } = useRecordForm({
    schema,
    defaultValues: EMPTY,
    save: async ({ module, reason }, addForm) => {
      await onAdd(module, reason.trim());
      addForm.reset(EMPTY);
    },
    // The decisions are one field of the positioning: a refusal names no field of this form.
    fieldOfIssue: () => 'root',
  });

  if (available.length === 0) return <p className="field__hint">{t('positioningReview.decisions.allPlanned')}</p>;
  const options = [{ code: '', label: t('positioningReview.decisions.chooseModule') }, ...available.map((code) => ({ code, label: moduleName(code, i18n.language) }))];
  return (
    <form className="decision-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{t('positioningReview.decisions.addTitle')}</h3>
      <FormSelect control={form.control} field="module" name={`${ids}-module`} label={t('positioningReview.decisions.addModule')} options={options} allowEmpty={false} />
      <FormTextArea control={form.control} field="reason" name={`${ids}-reason`} label={t('positioningReview.decisions.reason')} />
      <FormFooter busy={busy} saveLabel={t('positioningReview.decisions.add')} failed={failed} failedMessage={t('positioningReview.decisions.failed')} rootError={errors.root} />
    </form>
  );
}

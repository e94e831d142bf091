// The inputs of one section of the intake form, as the candidate's field table declares them
// (domain/candidate-fields.ts, docs/candidate-fields.md): each field's control by its kind, in the
// table's order; fields side by side in a grid, the languages, consent and notes on their own.
import { Fragment, type ReactNode } from 'react';
import type { Control, FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CANDIDATE_FIELDS, type CandidateFieldSpec, type CandidateFormControl, type CandidateFormSection } from '../../../domain/candidate-fields';
import type { CodeOption } from '../../../i18n/code-labels';
import { ConsentExplanation } from '../consent/ConsentExplanation';
import { FORM_EDITED_FIELDS, type CandidateFormField, type CandidateFormValues } from './candidate-form-values';
import { CommuneField } from './CommuneField';
import { FormInput, FormRadios, FormSelect, FormTextArea } from '../../../components/form/form-controls';
import { FormChecks } from './form-controls';
import type { candidateFormOptions } from './form-options';
import { LanguagesField } from './LanguagesField';

interface TableFieldsProps {
  section: CandidateFormSection;
  control: Control<CandidateFormValues>;
  errors: FieldErrors<CandidateFormValues>;
  options: ReturnType<typeof candidateFormOptions>;
  /** The languages of the record as stored (kept in the list even if unusual). */
  recordLanguages: readonly string[];
  /** A hint a field shows as typed (a pasted name's bidi controls). */
  typedHint: (field: CandidateFormField) => string | undefined;
}

const ON_THEIR_OWN: readonly CandidateFormControl['kind'][] = ['languages', 'consent', 'textArea'];

export function TableFields(props: TableFieldsProps) {
  const fields = FORM_EDITED_FIELDS.map((field) => ({ field, form: (CANDIDATE_FIELDS[field] as CandidateFieldSpec).form!, label: (CANDIDATE_FIELDS[field] as CandidateFieldSpec).label! }))
    .filter(({ form }) => form.section === props.section);
  // Consecutive fields that sit side by side share one grid.
  const groups: { grid: boolean; fields: typeof fields }[] = [];
  for (const entry of fields) {
    const grid = !ON_THEIR_OWN.includes(entry.form.control.kind);
    const last = groups.at(-1);
    if (last && last.grid && grid) last.fields.push(entry);
    else groups.push({ grid, fields: [entry] });
  }
  return (
    <>
      {groups.map((group, index) => {
        const inputs = group.fields.map(({ field, form, label }) => <FieldInput key={field} {...props} field={field as CandidateFormField} declared={form.control} label={label} />);
        return group.grid ? (
          <div key={index} className="form-grid">
            {inputs}
          </div>
        ) : (
          <Fragment key={index}>{inputs}</Fragment>
        );
      })}
    </>
  );
}

function FieldInput({ field, declared, label, control, errors, options, recordLanguages, typedHint }: TableFieldsProps & { field: CandidateFormField; declared: CandidateFormControl; label: string }): ReactNode {
  const { t } = useTranslation();
  const bound = { control, field, name: field };
  switch (declared.kind) {
    case 'name':
      return <FormInput {...bound} label={t(label)} hint={typedHint(field)} />;
    case 'birthDate':
      return <FormInput {...bound} label={t(label)} hint={t(declared.hint)} inputProps={{ inputMode: 'numeric' }} />;
    case 'text':
      return <FormInput {...bound} label={t(label)} type={declared.type} inputProps={{ inputMode: declared.type === 'text' ? undefined : declared.type }} />;
    case 'textArea':
      return <FormTextArea {...bound} label={t(label)} />;
    case 'select':
      return <FormSelect {...bound} label={t(label)} options={(options.codeLists[declared.codes] as CodeOption<string | number>[]).map((option) => ({ ...option, code: String(option.code) }))} />;
    case 'commune':
      return <CommuneField control={control} errors={errors} />;
    case 'languages':
      return <LanguagesField control={control} errors={errors} recordLanguages={recordLanguages} />;
    case 'consent':
      return (
        <>
          <ConsentExplanation />
          <FormRadios control={control} field="consentGiven" name="consentGiven" legend={t('form.consentGiven')} options={options.consentAnswers} />
          <FormChecks control={control} field="consentScopes" name="consentScopes" legend={t('form.consentScopes')} options={options.consentScopes} />
        </>
      );
    default:
      return unknownKind(declared);
  }
}

/** A control kind of the table with no input here fails the typecheck. */
function unknownKind(kind: never): never {
  throw new Error(`No input for the control ${JSON.stringify(kind)}`);
}

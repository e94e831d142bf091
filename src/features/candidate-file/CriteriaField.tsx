// The criteria of an observation: each one's words and whether it was met, partly met or not yet;
// added and removed one by one. Each row says what is wrong with it.
import { useTranslation } from 'react-i18next';
import { OBSERVATION_RESULTS } from '../../domain/positioning/observation-fields';
import { validationKey } from '../../i18n/validation-key';
import { InputField, SelectField } from '../../components/form/fields';
import type { FieldErrors } from '../../components/form/form-errors';
import { criterionKey, type CriterionValues } from './observation-form-model';

interface CriteriaFieldProps {
  criteria: CriterionValues[];
  errors: FieldErrors;
  onChange: (criteria: CriterionValues[]) => void;
}

export function CriteriaField({ criteria, errors, onChange }: CriteriaFieldProps) {
  const { t } = useTranslation();
  const results = OBSERVATION_RESULTS.map((code) => ({ code, label: t(`candidateFile.observations.result.${code}`) }));
  const change = (index: number, patch: Partial<CriterionValues>) => onChange(criteria.map((criterion, at) => (at === index ? { ...criterion, ...patch } : criterion)));
  return (
    <fieldset className="file-form__group">
      <legend className="field__label">{t('candidateFile.observations.criteria')}</legend>
      <p className="field__hint">{t('candidateFile.observations.criteriaHint')}</p>
      {criteria.length === 0 ? <p>{t('candidateFile.observations.noCriteria')}</p> : null}
      <ol className="criteria-rows">
        {criteria.map((criterion, index) => (
          <li key={criterion.key} className="criteria-row">
            <InputField
              name={`criterion-${criterion.key}-label`}
              label={t('candidateFile.observations.criterionLabel', { number: index + 1 })}
              errorKey={errors[`criteria.${index}.label`]}
              value={criterion.label}
              onChange={(label) => change(index, { label })}
            />
            <SelectField
              name={`criterion-${criterion.key}-result`}
              label={t('candidateFile.observations.criterionResult', { number: index + 1 })}
              errorKey={errors[`criteria.${index}.result`]}
              options={results}
              value={criterion.result}
              onChange={(result) => change(index, { result: result as CriterionValues['result'] })}
            />
            <button type="button" className="button" onClick={() => onChange(criteria.filter((_, at) => at !== index))}>
              {t('candidateFile.observations.removeCriterion', { number: index + 1 })}
            </button>
          </li>
        ))}
      </ol>
      {errors.criteria ? <p className="field__error">{t(validationKey(errors.criteria))}</p> : null}
      <button type="button" className="button" onClick={() => onChange([...criteria, { key: criterionKey(), label: '', result: '' }])}>
        {t('candidateFile.observations.addCriterion')}
      </button>
    </fieldset>
  );
}

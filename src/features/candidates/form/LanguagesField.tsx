// "Langues parlées": a searchable multi-select. Type a few letters ("ar", "kaby"), pick with the
// arrows and Enter; chosen languages show as chips, each with a button to remove it.
import { useMemo, useState } from 'react';
import { Controller, type Control, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '../../../components/form/FieldShell';
import { ComboboxInput } from './ComboboxInput';
import { filterLanguages, languageChoices } from './language-options';
import type { CandidateFormValues } from './candidate-form-values';

interface LanguagesFieldProps {
  control: Control<CandidateFormValues>;
  errors: FieldErrors<CandidateFormValues>;
  /** Languages of the record as stored (kept in the list even if unusual). */
  recordLanguages: readonly string[];
}

export function LanguagesField({ control, errors, recordLanguages }: LanguagesFieldProps) {
  const { t, i18n } = useTranslation();
  const choices = useMemo(() => languageChoices(i18n.language, recordLanguages), [i18n.language, recordLanguages]);
  const labelOf = (code: string) => choices.find((choice) => choice.code === code)?.label ?? code;
  const [typed, setTyped] = useState('');
  return (
    <Controller
      control={control}
      name="languages"
      render={({ field }) => {
        const chosen = field.value;
        const matches = filterLanguages(choices, typed, chosen);
        const add = (code: string) => {
          field.onChange([...chosen, code]);
          setTyped('');
        };
        const remove = (code: string) => field.onChange(chosen.filter((item) => item !== code));
        return (
          <FieldShell name="languages" label={t('form.languages')} hint={t('intake.languagesHint')} errorKey={errors.languages?.message}>
            {(ids) => (
              <div className="multi-select">
                {chosen.length > 0 ? (
                  <ul className="chips" aria-label={t('intake.languagesChosen')}>
                    {chosen.map((code) => (
                      <li key={code} className="chip">
                        <span>{labelOf(code)}</span>
                        <button
                          type="button"
                          className="chip__remove"
                          aria-label={t('intake.removeLanguage', { language: labelOf(code) })}
                          onClick={() => remove(code)}
                        >
                          <span className="chip__x" aria-hidden="true" />
                        </button>
                      </li>
                    ))}
                  </ul>
                ) : null}
                <ComboboxInput
                  inputId={ids.inputId}
                  describedBy={ids.describedBy}
                  invalid={ids.invalid}
                  text={typed}
                  options={matches.map((choice) => ({ value: choice.code, label: choice.label }))}
                  emptyText={t('intake.noLanguage')}
                  onTextChange={setTyped}
                  onPick={(option) => add(option.value)}
                  onBackspaceEmpty={() => {
                    const last = chosen[chosen.length - 1];
                    if (last) remove(last);
                  }}
                  onBlur={() => {
                    setTyped('');
                    field.onBlur();
                  }}
                />
              </div>
            )}
          </FieldShell>
        );
      }}
    />
  );
}

// "Commune de domicile": type a name (French or Dutch) or a postal code and pick. The form value
// is the commune's code; text that matches no commune stays as typed, so the domain's rule shows
// "choose a value from the list" in the field instead of saving a guess.
import { useMemo, useState } from 'react';
import { Controller, type Control, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '../../../components/form/FieldShell';
import { ComboboxInput } from './ComboboxInput';
import { communeChoices, communeText, filterCommunes, type CommuneChoice } from './commune-options';
import type { CandidateFormValues } from './candidate-form-values';

interface CommuneFieldProps {
  control: Control<CandidateFormValues>;
  errors: FieldErrors<CandidateFormValues>;
}

export function CommuneField({ control, errors }: CommuneFieldProps) {
  const { t, i18n } = useTranslation();
  const choices = useMemo(() => communeChoices(i18n.language), [i18n.language]);
  return (
    <Controller
      control={control}
      name="communeCode"
      render={({ field }) => (
        <FieldShell name="communeCode" label={t('form.commune')} hint={t('intake.communeHint')} errorKey={errors.communeCode?.message}>
          {(ids) => (
            <CommuneInput
              inputId={ids.inputId}
              describedBy={ids.describedBy}
              invalid={ids.invalid}
              choices={choices}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
            />
          )}
        </FieldShell>
      )}
    />
  );
}

function CommuneInput({
  inputId,
  describedBy,
  invalid,
  choices,
  value,
  onChange,
  onBlur,
}: {
  inputId: string;
  describedBy: string | undefined;
  invalid: boolean;
  choices: CommuneChoice[];
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
}) {
  const { t } = useTranslation();
  const chosen = choices.find((choice) => choice.code === value);
  // While typing, the text is ours; otherwise it shows the chosen commune (or the unmatched text).
  const [typing, setTyping] = useState<string | null>(null);
  const text = typing ?? (chosen ? communeText(chosen) : value);
  const matches = useMemo(() => filterCommunes(choices, typing ?? ''), [choices, typing]);

  return (
    <ComboboxInput
      inputId={inputId}
      describedBy={describedBy}
      invalid={invalid}
      text={text}
      options={matches.map((choice) => ({ value: choice.code, label: communeText(choice) }))}
      emptyText={t('intake.noCommune')}
      maxShown={25}
      onTextChange={(next) => {
        setTyping(next);
        onChange(next.trim() === '' ? '' : next);
      }}
      onPick={(option) => {
        setTyping(null);
        onChange(option.value);
      }}
      onBlur={() => {
        if (typing !== null) {
          // "1030" then Tab: a single match is the adviser's choice.
          const only = typing.trim() !== '' && matches.length === 1 ? matches[0] : undefined;
          onChange(only ? only.code : typing.trim());
          setTyping(null);
        }
        onBlur();
      }}
    />
  );
}

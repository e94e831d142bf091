// The UC of an attempt: a choice among the métier's active UCs when the site keeps a list for it
// (the code is what is stored); a value that is not among them (an old free-text code, a UC
// deactivated since) stays selected and shown as such. Without a list for the métier, the code is
// typed, with suggestions.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '../../components/form/FieldShell';
import { findUc, normalUcCode, ucDisplay, type UcEntry } from '../../domain/ucs';
import { ucSuggestions } from './validation-labels';

interface UcFieldProps {
  value: string;
  /** The métier's UCs in the attempt's site list (active and deactivated). */
  entries: readonly UcEntry[];
  /** Codes already used for this person (suggested when the code is typed). */
  used: readonly string[];
  errorKey?: string;
  onChange: (code: string) => void;
}

export function UcField({ value, entries, used, errorKey, onChange }: UcFieldProps) {
  const { t } = useTranslation();
  const listId = useId();
  const active = entries.filter((entry) => entry.active);
  const label = t('validationSteps.form.uc');

  if (active.length === 0) {
    return (
      <FieldShell name="uc" label={label} hint={t('validationSteps.form.ucFreeHint')} errorKey={errorKey} required>
        {(ids) => (
          <>
            <input
              id={ids.inputId}
              className="input"
              type="text"
              list={listId}
              value={value}
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
              onChange={(event) => onChange(event.target.value)}
            />
            <datalist id={listId}>
              {ucSuggestions(used).map((uc) => (
                <option key={uc} value={uc} />
              ))}
            </datalist>
          </>
        )}
      </FieldShell>
    );
  }

  const chosen = active.find((entry) => normalUcCode(entry.code) === normalUcCode(value));
  const outside = value.trim() && !chosen ? value : undefined;
  const outsideEntry = outside ? findUc(entries, entries[0]?.metier, outside) : undefined;
  return (
    <FieldShell name="uc" label={label} errorKey={errorKey} required>
      {(ids) => (
        <select
          id={ids.inputId}
          className="input"
          value={chosen?.code ?? value}
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">{t('validationSteps.form.ucChoose')}</option>
          {active.map((entry) => (
            <option key={entry.code} value={entry.code}>
              {ucDisplay(entry, entry.code)}
            </option>
          ))}
          {outside ? (
            <option value={outside}>
              {t(outsideEntry ? 'validationSteps.form.ucInactive' : 'validationSteps.form.ucNotInList', { uc: ucDisplay(outsideEntry, outside) })}
            </option>
          ) : null}
        </select>
      )}
    </FieldShell>
  );
}

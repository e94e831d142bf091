// The UC of an attempt, chosen among the UCs of the accompaniment's métier in the network's
// catalogue (domain/metiers/catalogue.ts), by their labels; the code is what is stored. A value
// that is not among the current UCs (a UC retired since, an old free-text code) stays selected
// and shown as such. When the catalogue has no UC for the métier yet, the code is typed, with
// suggestions, and the hint says an administrator adds the métier's UCs.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '../../components/form/FieldShell';
import { normalUcCode } from '../../domain/metiers/schema';
import { ucDisplay } from '../../domain/metiers/catalogue';
import type { CatalogueUc } from '../../domain/metiers/schema';
import { ucSuggestions } from './validation-labels';

interface UcFieldProps {
  value: string;
  /** The métier's UCs that may be chosen on the attempt's date. */
  current: readonly CatalogueUc[];
  /** Every UC of the métier, retired ones too (to name an old attempt's UC). */
  all: readonly CatalogueUc[];
  /** Codes already used for this person (suggested when the code is typed). */
  used: readonly string[];
  errorKey?: string;
  onChange: (code: string) => void;
  /** The control itself, for the form to focus it when it is the first invalid field. */
  inputRef?: (element: HTMLElement | null) => void;
}

export function UcField({ value, current, all, used, errorKey, onChange, inputRef }: UcFieldProps) {
  const { t } = useTranslation();
  const listId = useId();
  const label = t('validationSteps.form.uc');

  if (current.length === 0) {
    return (
      <FieldShell name="uc" label={label} hint={t('validationSteps.form.ucFreeHint')} errorKey={errorKey} required>
        {(ids) => (
          <>
            <input
              ref={inputRef}
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

  const chosen = current.find((uc) => normalUcCode(uc.code) === normalUcCode(value));
  const outside = value.trim() && !chosen ? value : undefined;
  const outsideUc = outside ? all.find((uc) => normalUcCode(uc.code) === normalUcCode(outside)) : undefined;
  return (
    <FieldShell name="uc" label={label} errorKey={errorKey} required>
      {(ids) => (
        <select
          ref={inputRef}
          id={ids.inputId}
          className="input"
          value={chosen?.code ?? value}
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">{t('validationSteps.form.ucChoose')}</option>
          {current.map((uc) => (
            <option key={uc.code} value={uc.code}>
              {ucDisplay(uc, uc.code)}
            </option>
          ))}
          {outside ? (
            <option value={outside}>
              {t(outsideUc ? 'validationSteps.form.ucInactive' : 'validationSteps.form.ucNotInList', { uc: ucDisplay(outsideUc, outside) })}
            </option>
          ) : null}
        </select>
      )}
    </FieldShell>
  );
}

// Label, hint and in-field error around one control, with the ids that tie them together
// (aria-describedby), so a screen reader reads the message with the field.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { validationKey } from '../../i18n/validation-key';

export interface FieldIds {
  inputId: string;
  describedBy: string | undefined;
  invalid: boolean;
}

interface FieldShellProps {
  name: string;
  label: string;
  hint?: string;
  /** A domain validation message key (e.g. `nameRequired`), or a feature's own key, already namespaced. */
  errorKey?: string;
  /** Values the message names (`{{min}}`–`{{max}}` of a range). */
  errorValues?: Record<string, string | number>;
  required?: boolean;
  children: (ids: FieldIds) => ReactNode;
}

/**
 * The translation key of a field's message: a domain key (`required`) through `validationKey`; a
 * feature's own key, already namespaced (`positioningReview.decisions.problem.reasonRequired`), as is
 * when it `exists` (any other text, e.g. a library's default message, stays `invalidValue`).
 */
export function fieldMessageKey(errorKey: string, exists: (key: string) => boolean): string {
  return errorKey.includes('.') && exists(errorKey) ? errorKey : validationKey(errorKey);
}

export function fieldIds(name: string, hint: boolean, error: boolean): FieldIds {
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
  return { inputId: `field-${name}`, describedBy: describedBy || undefined, invalid: error };
}

export function FieldShell({ name, label, hint, errorKey, errorValues, required, children }: FieldShellProps) {
  const { t, i18n } = useTranslation();
  const ids = fieldIds(name, Boolean(hint), Boolean(errorKey));
  return (
    <div className={errorKey ? 'field field--invalid' : 'field'}>
      <label htmlFor={ids.inputId} className="field__label">
        {label}
        {required ? <span className="field__required"> ({t('form.required')})</span> : null}
      </label>
      {hint ? (
        <p id={`${name}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {children(ids)}
      {errorKey ? (
        <p id={`${name}-error`} className="field__error">
          {t(fieldMessageKey(errorKey, (key) => i18n.exists(key)), errorValues)}
        </p>
      ) : null}
    </div>
  );
}

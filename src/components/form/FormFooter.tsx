// The end of every record form: what went wrong in words (a failure of the storage, or a refusal
// not tied to one field), then the save and cancel buttons. The features give the words.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { validationKey } from '../../i18n/validation-key';

interface FormFooterProps {
  busy: boolean;
  /** The submit button's text, and its text while saving (the same when absent). */
  saveLabel: string;
  busyLabel?: string;
  /** The cancel button, when the form can be left without saving. */
  cancelLabel?: string;
  onCancel?: () => void;
  /** Said when saving failed for a reason other than the values (storage, quota, a bug). */
  failedMessage?: string;
  failed?: boolean;
  /** A refusal of the whole record (message key), when no field names it. */
  rootError?: string;
  /** The larger buttons of a screen used standing (the validation steps). */
  large?: boolean;
  /** More buttons after save and cancel (the intake form's delete, discard input). */
  children?: ReactNode;
}

export function FormFooter({ busy, saveLabel, busyLabel = saveLabel, cancelLabel, onCancel, failedMessage, failed, rootError, large, children }: FormFooterProps) {
  const { t } = useTranslation();
  const size = large ? ' button--large' : '';
  return (
    <>
      {rootError ? (
        <p className="field__error" role="alert">
          {t(validationKey(rootError))}
        </p>
      ) : null}
      {failed && failedMessage ? (
        <p className="field__error" role="alert">
          {failedMessage}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className={`button button--primary${size}`} disabled={busy}>
          {busy ? busyLabel : saveLabel}
        </button>
        {onCancel && cancelLabel ? (
          <button type="button" className={`button${size}`} onClick={onCancel}>
            {cancelLabel}
          </button>
        ) : null}
        {children}
      </div>
    </>
  );
}

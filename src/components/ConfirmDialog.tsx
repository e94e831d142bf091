// A modal question with two answers. Focus goes to the safe answer first; Escape cancels.
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ConfirmDialogProps {
  title: string;
  /** The question: a sentence, or richer content (lists) that describes the dialog. */
  text: ReactNode;
  /** Controls between the question and the answers (a checkbox, an error). */
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  /** The confirm button stays disabled (e.g. until "I understand" is ticked). */
  confirmDisabled?: boolean;
  /** While busy, neither Cancel nor Escape closes the dialog (the action cannot be called back). */
  lockWhileBusy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ title, text, children, confirmLabel, cancelLabel, busy, confirmDisabled, lockWhileBusy, onConfirm, onCancel }: ConfirmDialogProps) {
  const titleId = useId();
  const textId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const locked = Boolean(busy && lockWhileBusy);

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    cancelRef.current?.focus();
    return () => previous?.focus?.();
  }, []);

  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={textId}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && !locked) onCancel();
        }}
      >
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        {typeof text === 'string' ? <p id={textId}>{text}</p> : <div id={textId}>{text}</div>}
        {children}
        <div className="dialog__actions">
          <button ref={cancelRef} type="button" className="button" onClick={onCancel} disabled={locked}>
            {cancelLabel}
          </button>
          <button type="button" className="button button--danger" onClick={onConfirm} disabled={busy || confirmDisabled}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}

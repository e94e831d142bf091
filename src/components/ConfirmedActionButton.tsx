// A button whose action runs only after a confirmation dialog (deleting a record, a session, a
// file): the dialog stays busy while the action runs. The features give the words.
import { useState } from 'react';
import { ConfirmDialog } from './ConfirmDialog';

export interface ConfirmedActionButtonProps {
  /** The button's visible text. */
  label: string;
  /** An accessible name naming what it acts on, when the visible text alone does not. */
  ariaLabel?: string;
  className?: string;
  title: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => Promise<void>;
  /** Close the dialog once the action has settled (when the screen stays; otherwise it navigates away). */
  closeWhenDone?: boolean;
}

export function ConfirmedActionButton({ label, ariaLabel, className = 'button button--danger', title, text, confirmLabel, cancelLabel, onConfirm, closeWhenDone }: ConfirmedActionButtonProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button type="button" className={className} aria-label={ariaLabel} onClick={() => setAsking(true)}>
        {label}
      </button>
      {asking ? (
        <ConfirmDialog
          title={title}
          text={text}
          confirmLabel={confirmLabel}
          cancelLabel={cancelLabel}
          busy={busy}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setBusy(true);
            void onConfirm().finally(() => {
              setBusy(false);
              if (closeWhenDone) setAsking(false);
            });
          }}
        />
      ) : null}
    </>
  );
}

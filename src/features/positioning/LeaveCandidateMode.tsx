// The discreet way out of candidate mode, for the adviser: a small button, then the PIN pad.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PinCheck } from './pin-types';
import { PinPad } from './PinPad';

interface LeaveCandidateModeProps {
  verify: (pin: string) => Promise<PinCheck>;
  onLeft: () => void;
  onLockedOut: () => void;
}

export function LeaveCandidateMode({ verify, onLeft, onLockedOut }: LeaveCandidateModeProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
    if (!open && element.open) {
      if (typeof element.close === 'function') element.close();
      else element.removeAttribute('open');
    }
  }, [open]);

  return (
    <>
      <button type="button" className="leave-candidate" onClick={() => setOpen(true)}>
        {t('positioning.leave.button')}
      </button>
      <dialog ref={dialog} className="leave-dialog" aria-labelledby="leave-title" onClose={() => setOpen(false)}>
        {open ? (
          <>
            <h2 id="leave-title">{t('positioning.leave.title')}</h2>
            <p>{t('positioning.leave.explain')}</p>
            <PinPad onVerify={verify} onOk={onLeft} onLockedOut={onLockedOut} onCancel={() => setOpen(false)} />
          </>
        ) : null}
      </dialog>
    </>
  );
}

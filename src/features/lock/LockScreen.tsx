// The lock screen: whose tablet it is, the PIN pad, and a way to log in with the password instead.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PinPad } from '../positioning/PinPad';
import type { PinCheck } from '../positioning/pin-types';
import './lock.css';

interface Props {
  name: string;
  verify(pin: string): Promise<PinCheck>;
  onUnlocked(): void;
  onSignOut(): void;
  /** Five wrong PINs (defaults to onSignOut). */
  onLockedOut?(): void;
}

export function LockScreen({ name, verify, onUnlocked, onSignOut, onLockedOut }: Props) {
  const { t } = useTranslation();
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  return (
    <main id="lock-main" className="lock-screen" aria-labelledby="lock-title">
      <div className="lock-screen__card">
        <h1 id="lock-title" ref={title} tabIndex={-1}>
          {t('lock.title')}
        </h1>
        <p>{t('lock.explain', { name })}</p>
        <PinPad onVerify={verify} onOk={onUnlocked} onLockedOut={onLockedOut ?? onSignOut} />
        <button type="button" className="button button--quiet lock-screen__password" onClick={onSignOut}>
          {t('lock.usePassword')}
        </button>
      </div>
    </main>
  );
}

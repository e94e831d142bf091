// The adviser's choice to let this tablet's own lock (fingerprint, face or the device's code)
// reopen their workspace after a reload, offline too (WebAuthn PRF, docs/key-handling.md).
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TabletLock } from '../../sync/workspace';

type State = 'unknown' | 'enrolled' | 'not-enrolled' | 'no-prf' | 'refused';

export function TabletLockSettings({ tabletLock }: { tabletLock: TabletLock }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [state, setState] = useState<State>('unknown');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void tabletLock.isEnrolled().then((enrolled) => live && setState(enrolled ? 'enrolled' : 'not-enrolled'));
    return () => {
      live = false;
    };
  }, [tabletLock]);

  async function enrol() {
    setBusy(true);
    const outcome = await tabletLock.enrol().catch(() => 'refused' as const);
    setBusy(false);
    setState(outcome === 'ok' ? 'enrolled' : outcome);
  }

  return (
    <div aria-labelledby={titleId}>
      <h3 id={titleId}>{t('lock.tabletLock.title')}</h3>
      <p className="field__hint">{t('lock.tabletLock.hint')}</p>
      {!tabletLock.supported ? (
        <p>{t('lock.tabletLock.unsupported')}</p>
      ) : (
        <>
          {state === 'enrolled' || state === 'no-prf' || state === 'refused' ? (
            <p role={state === 'enrolled' ? 'status' : 'alert'} className={state === 'enrolled' ? undefined : 'field__error'}>
              {t(`lock.tabletLock.${state}`)}
            </p>
          ) : null}
          <button type="button" className="button" disabled={busy || state === 'unknown'} onClick={() => void enrol()}>
            {t(state === 'enrolled' ? 'lock.tabletLock.again' : 'lock.tabletLock.enrol')}
          </button>
        </>
      )}
    </div>
  );
}

// The danger zone of a candidate's page: erasure of the person (right to erasure,
// docs/sync-protocol.md, "Erasure").
// Coordinators and administrators only, online only; the dialog says what is kept and what is
// wiped forever, and asks to tick "I understand it is final" before the button works.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useWorkspace } from '../../../components/session/session-context';
import { TransportError } from '../../../sync/transport';
import { useBrowserOnline } from '../../../components/use-browser-online';

export function canErase(role: string): boolean {
  return role === 'coordinator' || role === 'admin';
}

type EraseError = 'forbidden' | 'network' | 'other';

function errorKind(error: unknown): EraseError {
  if (error instanceof TransportError && (error.kind === 'forbidden' || error.kind === 'unauthorized')) return 'forbidden';
  if (error instanceof TransportError && error.kind === 'network') return 'network';
  return 'other';
}

export function EraseCandidateSection({ candidateId, name, onErased }: { candidateId: string; name: string; onErased: () => void }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const online = useBrowserOnline();
  const [asking, setAsking] = useState(false);
  const headingId = useId();
  const offlineId = useId();
  const erasure = workspace.erasure;
  if (!canErase(workspace.user.role)) return null;

  async function erase() {
    await erasure.erase(candidateId);
    // The anonymised record comes back with the next pull; a failed sync only delays it.
    await workspace.sync.syncNow().catch(() => undefined);
    onErased();
  }

  return (
    <section className="danger-zone" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('erasure.zoneTitle')}</h2>
      <p>{t('erasure.zoneText')}</p>
      <button
        type="button"
        className="button button--danger"
        disabled={!online}
        aria-describedby={online ? undefined : offlineId}
        onClick={() => setAsking(true)}
      >
        {t('erasure.open')}
      </button>
      {online ? null : <p id={offlineId}>{t('erasure.offline')}</p>}
      {asking ? <EraseDialog name={name} onCancel={() => setAsking(false)} onConfirm={erase} /> : null}
    </section>
  );
}

function EraseDialog({ name, onCancel, onConfirm }: { name: string; onCancel: () => void; onConfirm: () => Promise<void> }) {
  const { t } = useTranslation();
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<EraseError | null>(null);

  function confirm() {
    setBusy(true);
    setError(null);
    onConfirm().catch((caught: unknown) => {
      setError(errorKind(caught));
      setBusy(false);
    });
  }

  return (
    <ConfirmDialog
      title={t('erasure.dialogTitle', { name })}
      text={
        <>
          <p>{t('erasure.wipedIntro')}</p>
          <ul>
            <li>{t('erasure.wiped')}</li>
          </ul>
          <p>{t('erasure.keptIntro')}</p>
          <ul>
            <li>{t('erasure.kept')}</li>
          </ul>
          <p>{t('erasure.everywhere')}</p>
        </>
      }
      confirmLabel={busy ? t('erasure.erasing') : t('erasure.confirm')}
      cancelLabel={t('erasure.cancel')}
      busy={busy}
      confirmDisabled={!understood}
      lockWhileBusy
      onConfirm={confirm}
      onCancel={onCancel}
    >
      <label className="checkbox">
        <input type="checkbox" checked={understood} disabled={busy} onChange={(event) => setUnderstood(event.target.checked)} />{' '}
        {t('erasure.understand')}
      </label>
      {error ? (
        <p role="alert" className="field__error">
          {t(`erasure.errors.${error}`)}
        </p>
      ) : null}
    </ConfirmDialog>
  );
}

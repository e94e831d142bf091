// The tablets an account signed in from, with their last contact. Revoking one (a lost or stolen
// tablet) ends its sessions; at its next contact it deletes this user's data.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { AccountSummary, DeviceSummary } from '../../domain/accounts';
import { isolatedText } from '../../domain/bidi';
import { shortDeviceId } from '../../domain/accounts';
import { formatInstant } from './format';
import { ColumnHeads } from '../../components/ColumnHeads';

interface Props {
  account: AccountSummary;
  disabled: boolean;
  onRevoke(deviceId: string): Promise<unknown>;
}

export function AccountDevices({ account, disabled, onRevoke }: Props) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState<DeviceSummary>();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function revoke(device: DeviceSummary) {
    setBusy(true);
    setFailed(false);
    try {
      await onRevoke(device.deviceId);
      setConfirming(undefined);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  if (account.devices.length === 0) return <p>{t('accounts.devices.none')}</p>;
  return (
    <>
      <table className="data-table">
        <caption>{t('accounts.devices.caption', { name: isolatedText(account.name) })}</caption>
        <ColumnHeads labels={[t('accounts.devices.device'), t('accounts.devices.firstSeen'), t('accounts.devices.lastSeen'), t('accounts.devices.state')]} />
        <tbody>
          {account.devices.map((device) => (
            <tr key={device.deviceId}>
              <th scope="row">
                <code>{shortDeviceId(device.deviceId)}</code>
              </th>
              <td>{formatInstant(device.firstSeenAt, i18n.language)}</td>
              <td>{formatInstant(device.lastSeenAt, i18n.language)}</td>
              <td>
                {device.revokedAt ? (
                  t('accounts.devices.revokedOn', { date: formatInstant(device.revokedAt, i18n.language) })
                ) : (
                  <button type="button" className="button button--danger" disabled={disabled} onClick={() => setConfirming(device)}>
                    {t('accounts.devices.revoke')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field__hint">{t('accounts.devices.whereToFind')}</p>
      {failed ? (
        <p className="field__error" role="alert">
          {t('accounts.devices.revokeFailed')}
        </p>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t('accounts.devices.confirmTitle')}
          text={t('accounts.devices.confirmText', { name: isolatedText(account.name), device: shortDeviceId(confirming.deviceId) })}
          confirmLabel={t('accounts.devices.revoke')}
          cancelLabel={t('accounts.cancel')}
          busy={busy}
          lockWhileBusy
          onConfirm={() => void revoke(confirming)}
          onCancel={() => setConfirming(undefined)}
        />
      ) : null}
    </>
  );
}

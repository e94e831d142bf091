import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import type { SyncStatus } from '../../sync/workspace';
import { clockTime } from './describe-status';
import { SyncIndicator } from './SyncIndicator';

function textOf(status: SyncStatus, browserOnline = true): string {
  render(
    <I18nextProvider i18n={createI18n('fr')}>
      <SyncIndicator status={status} browserOnline={browserOnline} />
    </I18nextProvider>,
  );
  const text = screen.getByRole('status', { name: 'État de la synchronisation' }).textContent ?? '';
  return text;
}

describe('sync indicator', () => {
  const base = { pending: 0, needsAttention: 0 };

  it.each<[string, SyncStatus, string[]]>([
    ['offline with pending changes', { ...base, phase: 'offline', pending: 2 }, ['Hors ligne', '2 en attente']],
    ['pending', { ...base, phase: 'idle', pending: 3 }, ['3 en attente']],
    ['synced', { ...base, phase: 'idle', lastSyncedAt: '2026-03-02T13:05:00Z' }, ['Synchronisé à 14:05']],
    ['never synced', { ...base, phase: 'idle' }, ['Jamais synchronisé']],
    ['syncing with progress', { ...base, phase: 'syncing', progress: { pushed: 4, pulled: 120 } }, ['Synchronisation en cours…', '4 envoyés, 120 reçus']],
    ['expired login', { ...base, phase: 'error', error: 'unauthorized' }, ['Connexion expirée : reconnectez-vous']],
    ['server unreachable', { ...base, phase: 'error', error: 'network' }, ['Serveur injoignable']],
    ['server error', { ...base, phase: 'error', error: 'server' }, ['Erreur du serveur : réessayez plus tard']],
    ['update required', { ...base, phase: 'error', error: 'upgrade_required' }, ["Mettez l'application à jour pour synchroniser"]],
    ['storage full', { ...base, phase: 'error', error: 'storage_full' }, ['Mémoire de la tablette pleine']],
    ['rate limited', { ...base, phase: 'error', error: 'rate_limited', pending: 40 }, ["Trop d'envois d'un coup : réessayez plus tard", '40 en attente']],
    ['forbidden', { ...base, phase: 'error', error: 'forbidden' }, ['Accès refusé par le serveur']],
    ['needs attention', { ...base, phase: 'idle', lastSyncedAt: '2026-07-01T06:30:00Z', needsAttention: 1 }, ['Synchronisé à 08:30']],
  ])('%s', (_name, status, expected) => {
    const text = textOf(status);
    for (const words of expected) expect(text).toContain(words);
  });

  it('leaves the count of "À vérifier" to the header link beside it', () => {
    expect(textOf({ ...base, phase: 'idle', lastSyncedAt: '2026-07-01T06:30:00Z', needsAttention: 2 })).not.toContain('à vérifier');
  });

  it('says offline as soon as the browser loses the network, with what waits', () => {
    const text = textOf({ phase: 'idle', pending: 1, needsAttention: 0, lastSyncedAt: '2026-03-02T13:05:00Z' }, false);
    expect(text).toContain('Hors ligne');
    expect(text).toContain('1 en attente');
  });

  it('tells the time in Brussels', () => {
    expect(clockTime('2026-01-15T23:59:00Z')).toBe('00:59');
  });
});

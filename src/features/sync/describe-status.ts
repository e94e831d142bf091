// Turns the engine's SyncStatus into what the adviser reads: one main message and optional
// details, as translation keys. Kept pure so every status can be tested without React.
import type { SyncStatus } from '../../sync/workspace';

export interface StatusLine {
  key: string;
  params?: Record<string, string | number>;
}

export interface StatusDescription {
  tone: 'ok' | 'pending' | 'busy' | 'offline' | 'error';
  main: StatusLine;
  details: StatusLine[];
}

const brusselsClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** hh:mm in Brussels, whatever the tablet's time zone or locale conventions. */
export function clockTime(isoInstant: string): string {
  const parts = brusselsClock.formatToParts(new Date(isoInstant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? '00';
  return `${part('hour')}:${part('minute')}`;
}

/** `browserOnline: false` shows "offline" at once, before the engine's next attempt notices. */
export function describeSyncStatus(engineStatus: SyncStatus, browserOnline = true): StatusDescription {
  const status: SyncStatus =
    !browserOnline && engineStatus.phase !== 'syncing' ? { ...engineStatus, phase: 'offline', error: undefined } : engineStatus;
  const details: StatusLine[] = [];
  if (status.pending > 0 && status.phase !== 'idle') details.push({ key: 'sync.pending', params: { count: status.pending } });
  // What waits in "À vérifier" is not said here: the header's link beside this indicator counts it
  // (with the possible duplicates), and saying it twice read as two different things.

  switch (status.phase) {
    case 'syncing':
      if (status.progress) details.unshift({ key: 'sync.progress', params: { ...status.progress } });
      return { tone: 'busy', main: { key: 'sync.syncing' }, details };
    case 'offline':
      if (status.error === 'network') details.unshift({ key: 'sync.errors.network' });
      return { tone: 'offline', main: { key: 'sync.offline' }, details };
    case 'error':
      return { tone: 'error', main: { key: `sync.errors.${status.error ?? 'unknown'}` }, details };
    case 'idle':
      if (status.pending > 0) return { tone: 'pending', main: { key: 'sync.pending', params: { count: status.pending } }, details };
      if (status.lastSyncedAt) return { tone: 'ok', main: { key: 'sync.syncedAt', params: { time: clockTime(status.lastSyncedAt) } }, details };
      return { tone: 'pending', main: { key: 'sync.never' }, details };
  }
}

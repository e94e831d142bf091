// "À vérifier": open conflicts to settle and changes the server refused, in words.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { useWorkspace } from '../../components/session/session-context';
import { useDocumentTitle } from '../../components/use-document-title';
import type { ResolveChoice } from '../../sync/conflicts-api';
import { TransportError } from '../../sync/transport';
import { useBrowserOnline } from '../../components/use-browser-online';
import { useSyncStatus } from '../sync/use-sync-status';
import type { ConflictEntry, RejectedEntry } from './attention-model';
import { ConflictCard } from './ConflictCard';
import { RejectedCard } from './RejectedCard';
import { useAttention, useRecordNames } from './use-attention';
import { SyncedDuplicatesSection } from '../candidates/duplicates/SyncedDuplicatesSection';

type Message = { tone: 'success' | 'error'; text: string };

function resolveErrorText(error: unknown, t: (key: string, params?: Record<string, unknown>) => string): string {
  if (error instanceof TransportError) {
    const body = error.details.body as { error?: string; issues?: { code?: string; message?: string }[] } | undefined;
    if (body?.error === 'already_resolved') return t('attention.errors.alreadyResolved');
    if (body?.error === 'erased') return t('attention.errors.erased');
    if (error.kind === 'bad_request' && body?.issues?.length) {
      const issue = body.issues[0]!;
      return t('attention.errors.invalidValue', { message: t(`validation.${issue.code ?? 'invalidValue'}`, { defaultValue: issue.message }) });
    }
    if (error.kind === 'network') return t('attention.errors.network');
    if (error.kind === 'unauthorized') return t('sync.errors.unauthorized');
  }
  return t('attention.errors.server');
}

export function AttentionPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const status = useSyncStatus(workspace.sync);
  const browserOnline = useBrowserOnline();
  useDocumentTitle(t('attention.title'));
  const { loading, serverReachable, conflicts, rejected, reload } = useAttention(
    workspace,
    browserOnline,
    `${status.lastSyncedAt ?? ''}|${status.needsAttention}`,
  );
  const names = useRecordNames(workspace, [...conflicts, ...rejected]);
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [ignoring, setIgnoring] = useState<RejectedEntry | null>(null);
  const canResolve = browserOnline && serverReachable;

  const nameOf = (table: string, recordId: string) => names.get(`${table}|${recordId}`) ?? t('attention.unnamed');

  async function resolve(conflict: ConflictEntry, choice: ResolveChoice) {
    if (!conflict.serverId) return;
    setBusyKey(conflict.key);
    setMessage(null);
    try {
      await workspace.conflicts.resolve(conflict.serverId, choice);
      // The resolution is a new change on the server: pull it now.
      await workspace.sync.syncNow();
      setMessage({ tone: 'success', text: t('attention.resolved') });
    } catch (error) {
      setMessage({ tone: 'error', text: resolveErrorText(error, t) });
    } finally {
      setBusyKey(null);
      await reload();
    }
  }

  async function ignore(entry: RejectedEntry) {
    setBusyKey(entry.key);
    try {
      await workspace.attention.dismiss('rejected', entry.localId);
      setMessage({ tone: 'success', text: t('attention.ignored') });
    } finally {
      setBusyKey(null);
      setIgnoring(null);
      await reload();
    }
  }

  return (
    <>
      <h1>{t('attention.title')}</h1>
      <p>{t('attention.intro')}</p>
      {canResolve || loading ? null : <Notice message={t(browserOnline ? 'attention.serverUnreachable' : 'attention.offline')} />}
      {message ? <Notice tone={message.tone} message={message.text} onDismiss={() => setMessage(null)} /> : null}
      <section aria-labelledby="attention-conflicts">
        <h2 id="attention-conflicts">{t('attention.conflictsHeading', { count: conflicts.length })}</h2>
        {loading ? (
          <p>{t('attention.loading')}</p>
        ) : conflicts.length === 0 ? (
          <p className="empty">{t('attention.noConflicts')}</p>
        ) : (
          conflicts.map((conflict) => (
            <ConflictCard
              key={conflict.key}
              conflict={conflict}
              recordName={nameOf(conflict.table, conflict.recordId)}
              canResolve={canResolve && conflict.serverId !== undefined}
              busy={busyKey !== null}
              onResolve={(entry, choice) => void resolve(entry, choice)}
            />
          ))
        )}
      </section>
      <section aria-labelledby="attention-rejected">
        <h2 id="attention-rejected">{t('attention.rejectedHeading', { count: rejected.length })}</h2>
        {loading ? null : rejected.length === 0 ? (
          <p className="empty">{t('attention.noRejected')}</p>
        ) : (
          rejected.map((entry) => (
            <RejectedCard key={entry.key} entry={entry} recordName={nameOf(entry.table, entry.recordId)} onIgnore={setIgnoring} />
          ))
        )}
      </section>
      <SyncedDuplicatesSection />
      {ignoring ? (
        <ConfirmDialog
          title={t('attention.confirmIgnoreTitle')}
          text={t('attention.confirmIgnoreText', { record: nameOf(ignoring.table, ignoring.recordId) })}
          confirmLabel={t('attention.confirmIgnore')}
          cancelLabel={t('attention.keep')}
          busy={busyKey !== null}
          onConfirm={() => void ignore(ignoring)}
          onCancel={() => setIgnoring(null)}
        />
      ) : null}
    </>
  );
}

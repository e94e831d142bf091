// A coordinator's acts on the file (administrators too): transfer to another site, merge with
// another file of the same person. Online only: offline, the buttons are disabled and say why.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../components/session/session-context';
import { useBrowserOnline } from '../../components/use-browser-online';
import { canAdministerFiles } from '../../domain/file-admin';
import type { LocalRecord } from '../../sync/workspace';
import { MergeFiles } from './MergeFiles';
import { TransferFile } from './TransferFile';

interface FileAdminSectionProps {
  candidate: LocalRecord<'candidates'>;
  sites: readonly LocalRecord<'sites'>[];
  /** After a transfer (a message) or a merge (the kept file's id and a message). */
  onTransferred: (message: string) => void;
  onMerged: (keptId: string, message: string) => void;
}

type Panel = 'transfer' | 'merge' | null;

export function FileAdminSection({ candidate, sites, onTransferred, onMerged }: FileAdminSectionProps) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const online = useBrowserOnline();
  const [panel, setPanel] = useState<Panel>(null);
  const headingId = useId();
  const offlineId = useId();
  const api = workspace.fileAdmin;
  if (!canAdministerFiles(workspace.user.role)) return null;

  const toggle = (next: Exclude<Panel, null>) => setPanel((current) => (current === next ? null : next));
  const describedBy = online ? undefined : offlineId;
  return (
    <section className="file-section file-admin" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('fileAdmin.sectionTitle')}</h2>
      <p>{t('fileAdmin.sectionText')}</p>
      <div className="candidate-file__links">
        <button type="button" className="button" aria-expanded={panel === 'transfer'} disabled={!online} aria-describedby={describedBy} onClick={() => toggle('transfer')}>
          {t('fileAdmin.transfer.open')}
        </button>
        <button type="button" className="button" aria-expanded={panel === 'merge'} disabled={!online} aria-describedby={describedBy} onClick={() => toggle('merge')}>
          {t('fileAdmin.merge.open')}
        </button>
      </div>
      {online ? null : (
        <p id={offlineId} role="status">
          {t('fileAdmin.offline')}
        </p>
      )}
      {online && panel === 'transfer' ? (
        <TransferFile
          candidate={candidate}
          sites={sites}
          api={api}
          onCancel={() => setPanel(null)}
          onDone={(message) => {
            setPanel(null);
            onTransferred(message);
          }}
        />
      ) : null}
      {online && panel === 'merge' ? <MergeFiles candidate={candidate} api={api} onCancel={() => setPanel(null)} onDone={onMerged} /> : null}
    </section>
  );
}

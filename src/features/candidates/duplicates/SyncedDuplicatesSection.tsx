// "À vérifier": files that arrived by sync (from another tablet) and look like an existing file,
// side by side with their site and last action; a full search over every file on demand. Merging
// two files is a coordinator's act on the file itself.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { displayName } from '../candidate-display';
import { useCandidateIndex } from '../index/use-candidate-index';
import type { DuplicatePair } from '../index/live-candidate-index';
import { markedNotSamePerson } from '../../../domain/merge-files';
import { DuplicateCandidate } from './DuplicateCandidate';
import { NotSamePersonButton } from './NotSamePersonButton';
import { scanAllDuplicates, type ScanProgress } from './scan-duplicates';
import { useDuplicateContext } from './use-duplicate-context';
import '../candidates.css';
import { SCREEN_PATHS } from '../../../domain/screen-paths';

export function SyncedDuplicatesSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const { index, records, syncedDuplicates } = useCandidateIndex();
  const [scan, setScan] = useState<ScanProgress | null>(null);
  const [scanning, setScanning] = useState(false);

  useEffect(() => {
    if (!scanning || !index) return;
    return scanAllDuplicates(index, (progress) => {
      setScan(progress);
      if (progress.finished) setScanning(false);
    });
  }, [scanning, index]);

  const pairs = new Map<string, DuplicatePair>();
  for (const pair of [...syncedDuplicates, ...(scan?.pairs ?? [])]) pairs.set(`${pair.firstId}|${pair.secondId}`, pair);
  const [marked, setMarked] = useState<string | null>(null);
  const shown = [...pairs.values()].filter((pair) => {
    const first = records.get(pair.firstId);
    const second = records.get(pair.secondId);
    return first && second && !first.data.mergedInto && !second.data.mergedInto && !markedNotSamePerson(first, second);
  });

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('duplicates.synced.title')}</h2>
      <p>{t('duplicates.synced.text')}</p>
      {marked ? (
        <p role="status" className="notice notice--success">
          {marked}
        </p>
      ) : null}
      {shown.length === 0 ? <p className="empty">{t('duplicates.synced.none')}</p> : <DuplicatePairs pairs={shown} onMarked={setMarked} />}
      <p aria-live="polite">
        {scan ? t(scan.finished ? 'duplicates.synced.scanned' : 'duplicates.synced.scanning', { done: scan.done, total: scan.total }) : null}
      </p>
      <button type="button" className="button" disabled={!index || scanning} onClick={() => setScanning(true)}>
        {t('duplicates.synced.scanAll')}
      </button>
    </section>
  );
}

function DuplicatePairs({ pairs, onMarked }: { pairs: readonly DuplicatePair[]; onMarked: (message: string) => void }) {
  const { t } = useTranslation();
  const { records } = useCandidateIndex();
  const context = useDuplicateContext();
  return (
    <ul className="duplicate-pairs">
      {pairs.map((pair) => (
        <li key={`${pair.firstId}|${pair.secondId}`} className="duplicate-pair" aria-label={t('duplicates.synced.pair')}>
          <ul className="duplicate-pair__files">
            {[pair.firstId, pair.secondId].map((id) => {
              const record = records.get(id);
              if (!record) return null;
              return (
                <li key={id}>
                  <DuplicateCandidate record={record} match={id === pair.secondId ? pair.match : undefined} siteName={context.siteName(record.siteId)} lastAction={context.lastAction(id)} />
                  <Link to={SCREEN_PATHS.candidate(id)} className="button" aria-label={t('duplicates.openNamed', { name: displayName(record.data) ?? t('candidates.noName') })}>
                    {t('duplicates.open')}
                  </Link>
                </li>
              );
            })}
          </ul>
          <PairMark firstId={pair.firstId} secondId={pair.secondId} onMarked={onMarked} />
        </li>
      ))}
    </ul>
  );
}

function PairMark({ firstId, secondId, onMarked }: { firstId: string; secondId: string; onMarked: (message: string) => void }) {
  const { records } = useCandidateIndex();
  const first = records.get(firstId);
  const second = records.get(secondId);
  return first && second ? <NotSamePersonButton first={first} second={second} onMarked={onMarked} /> : null;
}

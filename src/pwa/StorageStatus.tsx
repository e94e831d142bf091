// The home page's storage line: how much the tablet holds for the app, and a warning when the
// browser has not made the storage persistent or space is running low, with what to do.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';
import { isSpaceLow, readPersistence, readStorageFigures, type PersistenceState, type StorageFigures } from './storage-persistence';

interface Reading {
  figures: StorageFigures | null;
  persistence: PersistenceState;
}

export function StorageStatus() {
  const { t, i18n } = useTranslation();
  const [reading, setReading] = useState<Reading | null>(null);

  useEffect(() => {
    let cancelled = false;
    void Promise.all([readStorageFigures(), readPersistence()]).then(([figures, persistence]) => {
      if (!cancelled) setReading({ figures, persistence });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  if (!reading) return null;
  const megabytes = (bytes: number) => formatNumber(bytes / 1024 / 1024, i18n.language, { maximumFractionDigits: bytes < 10 * 1024 * 1024 ? 1 : 0 });
  const { figures, persistence } = reading;
  const low = figures ? isSpaceLow(figures) : false;
  return (
    <section aria-labelledby="home-storage" className="storage-status">
      <h2 id="home-storage">{t('storageStatus.title')}</h2>
      {figures ? (
        <p>{t('storageStatus.estimate', { used: megabytes(figures.usage), available: megabytes(figures.quota) })}</p>
      ) : (
        <p>{t('storageStatus.noEstimate')}</p>
      )}
      {low ? (
        <p className="notice notice--error" role="alert">
          {t('storageStatus.low')}
        </p>
      ) : null}
      {persistence === 'refused' ? <p className="notice">{t('storageStatus.notPersistent')}</p> : null}
      {persistence === 'persisted' ? <p>{t('storageStatus.persistent')}</p> : null}
    </section>
  );
}

// What every record section of the file shares: which entry is being edited, the words of its
// buttons, and saving (a correction sends only what changed) and deleting through the repository.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editing, RecordWords } from '../../components/form/RecordSection';
import type { TableData } from '../../domain/entities';
import type { SyncedTable } from '../../domain/tables';
import type { LocalRecord, Repository } from '../../sync/workspace';
import { changedData } from './record-changes';
import { withoutUndefined } from './strip-undefined';

export function useRecordSection<T extends SyncedTable>(repo: Repository<T>, onDone: (message: string) => void) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  const words: RecordWords = { correct: t('candidateFile.correct'), delete: t('candidateFile.delete'), confirmDelete: t('candidateFile.confirmDelete'), keep: t('candidateFile.keep') };

  /** Creates the record on `siteId`, or updates the fields the adviser changed; then closes the form. */
  async function save(record: LocalRecord<T> | undefined, data: TableData[T], siteId: string) {
    if (record) {
      const changes = changedData(record.data, data as Record<string, unknown>);
      if (Object.keys(changes).length > 0) await repo.update(record.id, changes);
    } else {
      await repo.create(siteId, withoutUndefined(data));
    }
    setEditing(null);
    onDone(t('candidateFile.saved'));
  }

  async function remove(record: LocalRecord<T>) {
    await repo.remove(record.id);
    onDone(t('candidateFile.deleted'));
  }

  return { editing, setEditing, save, close: () => setEditing(null), section: { words, editing, onEdit: setEditing, onDelete: remove } };
}

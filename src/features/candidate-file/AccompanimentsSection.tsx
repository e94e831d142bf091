// The file's accompaniments: open one for a métier, close it (date and reason), reopen one closed
// by mistake, correct, delete with a confirmation. One open accompaniment per métier.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openAccompanimentFor } from '../../domain/timeline-accompaniments';
import type { CodeOption } from '../../i18n/code-labels';
import type { LocalRecord, Repository } from '../../sync/workspace';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { RecordSection } from '../../components/form/RecordSection';
import { AccompanimentForm } from './AccompanimentForm';
import { CloseAccompanimentForm } from './CloseAccompanimentForm';
import { codeLabel, formatDay } from './labels';
import { metierLabel as catalogueLabel } from '../../domain/metiers/catalogue';
import { useMetierCatalogue } from '../../components/metiers/use-metier-catalogue';
import { useRecordSection } from './use-record-section';

interface AccompanimentsSectionProps {
  candidate: LocalRecord<'candidates'>;
  adviserId: string;
  advisers: CodeOption[];
  siteName: string;
  accompaniments: LocalRecord<'accompaniments'>[];
  repo: Repository<'accompaniments'>;
  onDone: (message: string) => void;
}

export function AccompanimentsSection({ candidate, adviserId, advisers, siteName, accompaniments, repo, onDone }: AccompanimentsSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { catalogue } = useMetierCatalogue();
  const { save, section, setEditing } = useRecordSection(repo, onDone);
  /** The accompaniment whose close form is open (one form at a time with the correction's). */
  const [closing, setClosing] = useState<string | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  /** Reopening erases the end date and reason: asked first. */
  const [reopening, setReopening] = useState<LocalRecord<'accompaniments'> | null>(null);
  const sorted = [...accompaniments].sort((a, b) => (b.data.startDate ?? '').localeCompare(a.data.startDate ?? ''));
  const adviserName = (id: string | undefined) => advisers.find((option) => option.code === id)?.label ?? id ?? '';
  const conflictFor = (exceptId?: string) => (metier: string) => openAccompanimentFor(accompaniments, candidate.id, metier, exceptId) !== undefined;
  const edit = (editing: string | null) => {
    setClosing(null);
    setEditing(editing);
  };
  const close = (id: string) => {
    setEditing(null);
    setClosing(id);
  };

  async function reopen(record: LocalRecord<'accompaniments'>) {
    if (record.data.metier && conflictFor(record.id)(record.data.metier)) {
      setRefused(record.id);
      return;
    }
    setRefused(null);
    await repo.update(record.id, { status: 'open', exitDate: null, exitReason: null });
    setReopening(null);
    onDone(t('candidateFile.saved'));
  }

  function askReopen(record: LocalRecord<'accompaniments'>) {
    if (record.data.metier && conflictFor(record.id)(record.data.metier)) {
      setRefused(record.id);
      return;
    }
    setReopening(record);
  }

  return (
    <RecordSection
      {...section}
      onEdit={edit}
      headingId="file-acc-title"
      title={t('candidateFile.accompaniment.title')}
      empty={t('candidateFile.accompaniment.empty')}
      records={sorted}
      entry={(record) => {
        const metier = catalogueLabel(catalogue, record.data.metier, language);
        const open = record.data.status === 'open';
        const status = open
          ? t('candidateFile.accompaniment.open')
          : record.data.exitDate
            ? t('candidateFile.accompaniment.closed', { date: formatDay(record.data.exitDate, language) })
            : t('candidateFile.accompaniment.closedNoDate');
        return {
          text: (
            <>
              <p className="file-record__title">{`${metier} — ${formatDay(record.data.startDate, language)}`}</p>
              <p className="file-record__detail">
                <span className={open ? 'file-status file-status--open' : 'file-status'}>{status}</span>
              </p>
              {record.data.exitReason ? (
                <p className="file-record__detail">{t('candidateFile.timeline.exitReason', { reason: codeLabel('exitReasons', record.data.exitReason, language) })}</p>
              ) : null}
              <p className="file-record__detail">{t('candidateFile.accompaniment.adviserIs', { name: adviserName(record.data.adviserId) })}</p>
              {refused === record.id ? (
                <p className="field__error" role="alert">
                  {t('candidateFile.accompaniment.alreadyOpen')}
                </p>
              ) : null}
            </>
          ),
          actions: open ? (
            <button type="button" className="button button--primary" aria-label={t('candidateFile.accompaniment.closeNamed', { metier })} onClick={() => close(record.id)}>
              {t('candidateFile.accompaniment.close')}
            </button>
          ) : (
            <button type="button" className="button" aria-label={t('candidateFile.accompaniment.reopenNamed', { metier })} onClick={() => askReopen(record)}>
              {t('candidateFile.accompaniment.reopen')}
            </button>
          ),
          correctLabel: t('candidateFile.accompaniment.correctNamed', { metier }),
          deleteLabel: t('candidateFile.accompaniment.deleteNamed', { metier }),
          deleteTitle: t('candidateFile.accompaniment.confirmDeleteTitle'),
          deleteText: t('candidateFile.accompaniment.confirmDeleteText', { metier }),
          after: (
            <>
              {reopening?.id === record.id ? (
                <ConfirmDialog
                  title={t('candidateFile.accompaniment.reopenTitle', { metier })}
                  text={t('candidateFile.accompaniment.reopenText', {
                    date: record.data.exitDate ? formatDay(record.data.exitDate, language) : '—',
                    reason: record.data.exitReason ? codeLabel('exitReasons', record.data.exitReason, language) : '—',
                  })}
                  confirmLabel={t('candidateFile.accompaniment.reopenConfirm')}
                  cancelLabel={t('candidateFile.accompaniment.reopenCancel')}
                  onConfirm={() => void reopen(record)}
                  onCancel={() => setReopening(null)}
                />
              ) : null}
              {closing === record.id ? (
                <CloseAccompanimentForm
                  title={t('candidateFile.accompaniment.closeTitle', { metier })}
                  startDate={record.data.startDate}
                  onCancel={() => setClosing(null)}
                  onClose={async (exit) => {
                    await repo.update(record.id, { status: 'closed', ...exit });
                    setClosing(null);
                    onDone(t('candidateFile.saved'));
                  }}
                />
              ) : null}
            </>
          ),
        };
      }}
      form={(record) => (
        <AccompanimentForm
          candidateId={candidate.id}
          adviserId={adviserId}
          advisers={advisers}
          siteName={siteName}
          siteId={candidate.siteId}
          initial={record?.data}
          openConflict={conflictFor(record?.id)}
          onSave={(data) => save(record, data, candidate.siteId)}
          onCancel={() => setEditing(null)}
        />
      )}
      addLabel={t('candidateFile.accompaniment.add')}
    />
  );
}

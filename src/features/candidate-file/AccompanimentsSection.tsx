// The file's accompaniments: open one for a métier, close it (date and reason), reopen one closed
// by mistake, correct, delete with a confirmation. One open accompaniment per métier.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openAccompanimentFor } from '../../domain/timeline-accompaniments';
import type { AccompanimentData } from '../../domain/entities';
import type { CodeOption } from '../../i18n/code-labels';
import type { LocalRecord, Repository } from '../../sync/workspace';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { AccompanimentForm } from './AccompanimentForm';
import { CloseAccompanimentForm } from './CloseAccompanimentForm';
import { DeleteRecordButton } from './DeleteRecordButton';
import { codeLabel, formatDay } from './labels';
import { metierLabel as catalogueLabel } from '../../domain/metiers/catalogue';
import { useMetierCatalogue } from '../../components/metiers/use-metier-catalogue';
import { changedData } from './record-changes';
import { withoutUndefined } from './strip-undefined';

interface AccompanimentsSectionProps {
  candidate: LocalRecord<'candidates'>;
  adviserId: string;
  advisers: CodeOption[];
  siteName: string;
  accompaniments: LocalRecord<'accompaniments'>[];
  repo: Repository<'accompaniments'>;
  onDone: (message: string) => void;
}

type Mode = { kind: 'new' } | { kind: 'edit'; id: string } | { kind: 'close'; id: string } | null;

export function AccompanimentsSection({ candidate, adviserId, advisers, siteName, accompaniments, repo, onDone }: AccompanimentsSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { catalogue } = useMetierCatalogue();
  const [mode, setMode] = useState<Mode>(null);
  const [refused, setRefused] = useState<string | null>(null);
  /** Reopening erases the end date and reason: asked first. */
  const [reopening, setReopening] = useState<LocalRecord<'accompaniments'> | null>(null);
  const sorted = [...accompaniments].sort((a, b) => (b.data.startDate ?? '').localeCompare(a.data.startDate ?? ''));
  const adviserName = (id: string | undefined) => advisers.find((option) => option.code === id)?.label ?? id ?? '';
  const conflictFor = (exceptId?: string) => (metier: string) => openAccompanimentFor(accompaniments, candidate.id, metier, exceptId) !== undefined;

  async function save(record: LocalRecord<'accompaniments'> | undefined, data: AccompanimentData) {
    if (record) {
      const changes = changedData(record.data, data as Record<string, unknown>);
      if (Object.keys(changes).length > 0) await repo.update(record.id, changes);
    } else {
      await repo.create(candidate.siteId, withoutUndefined(data));
    }
    setMode(null);
    onDone(t('candidateFile.saved'));
  }

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

  const formFor = (record?: LocalRecord<'accompaniments'>) => (
    <AccompanimentForm
      candidateId={candidate.id}
      adviserId={adviserId}
      advisers={advisers}
      siteName={siteName}
      siteId={candidate.siteId}
      initial={record?.data}
      openConflict={conflictFor(record?.id)}
      onSave={(data) => save(record, data)}
      onCancel={() => setMode(null)}
    />
  );

  return (
    <section className="file-section" aria-labelledby="file-acc-title">
      <h2 id="file-acc-title">{t('candidateFile.accompaniment.title')}</h2>
      {sorted.length === 0 ? <p>{t('candidateFile.accompaniment.empty')}</p> : null}
      <ul className="file-records">
        {sorted.map((record) => {
          const metier = catalogueLabel(catalogue, record.data.metier, language);
          const open = record.data.status === 'open';
          const heading = `${metier} — ${formatDay(record.data.startDate, language)}`;
          const status = open
            ? t('candidateFile.accompaniment.open')
            : record.data.exitDate
              ? t('candidateFile.accompaniment.closed', { date: formatDay(record.data.exitDate, language) })
              : t('candidateFile.accompaniment.closedNoDate');
          if (mode?.kind === 'edit' && mode.id === record.id) return <li key={record.id} className="file-record">{formFor(record)}</li>;
          return (
            <li key={record.id} className="file-record">
              <div className="file-record__text">
                <p className="file-record__title">{heading}</p>
                <p className="file-record__detail">
                  <span className={open ? 'file-status file-status--open' : 'file-status'}>{status}</span>
                </p>
                {record.data.exitReason ? (
                  <p className="file-record__detail">{t('candidateFile.timeline.exitReason', { reason: codeLabel('exitReasons', record.data.exitReason, language) })}</p>
                ) : null}
                <p className="file-record__detail">
                  {t('candidateFile.accompaniment.adviserIs', { name: adviserName(record.data.adviserId) })}
                </p>
                {refused === record.id ? (
                  <p className="field__error" role="alert">
                    {t('candidateFile.accompaniment.alreadyOpen')}
                  </p>
                ) : null}
              </div>
              <div className="file-record__actions">
                {open ? (
                  <button type="button" className="button button--primary" aria-label={t('candidateFile.accompaniment.closeNamed', { metier })} onClick={() => setMode({ kind: 'close', id: record.id })}>
                    {t('candidateFile.accompaniment.close')}
                  </button>
                ) : (
                  <button type="button" className="button" aria-label={t('candidateFile.accompaniment.reopenNamed', { metier })} onClick={() => askReopen(record)}>
                    {t('candidateFile.accompaniment.reopen')}
                  </button>
                )}
                <button type="button" className="button" aria-label={t('candidateFile.accompaniment.correctNamed', { metier })} onClick={() => setMode({ kind: 'edit', id: record.id })}>
                  {t('candidateFile.correct')}
                </button>
                <DeleteRecordButton
                  label={t('candidateFile.accompaniment.deleteNamed', { metier })}
                  title={t('candidateFile.accompaniment.confirmDeleteTitle')}
                  text={t('candidateFile.accompaniment.confirmDeleteText', { metier })}
                  onDelete={async () => {
                    await repo.remove(record.id);
                    onDone(t('candidateFile.deleted'));
                  }}
                />
              </div>
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
              {mode?.kind === 'close' && mode.id === record.id ? (
                <CloseAccompanimentForm
                  title={t('candidateFile.accompaniment.closeTitle', { metier })}
                  startDate={record.data.startDate}
                  onCancel={() => setMode(null)}
                  onClose={async (exit) => {
                    await repo.update(record.id, { status: 'closed', ...exit });
                    setMode(null);
                    onDone(t('candidateFile.saved'));
                  }}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
      {mode?.kind === 'new' ? (
        formFor()
      ) : (
        <button type="button" className="button button--primary" onClick={() => setMode({ kind: 'new' })}>
          {t('candidateFile.accompaniment.add')}
        </button>
      )}
    </section>
  );
}

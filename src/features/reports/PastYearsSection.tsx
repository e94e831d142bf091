// "Past years' figures" (docs/report-counting.md, table 3): coordinators enter, per site, the
// evolution table's numbers of the years before the app. Online only; the list shows what was
// fetched this session.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PastYearEntry } from './past-years-api';
import { PastYearForm, type PastYearFigures, type PastYearValues } from './PastYearForm';
import type { PastYearsState } from './use-past-years';
import { ColumnHeads } from '../../components/ColumnHeads';

interface Props {
  state: PastYearsState;
  online: boolean;
  sites: readonly string[];
  siteName: (siteId: string) => string;
  lastYear: number;
}

export function PastYearsSection({ state, online, sites, siteName, lastYear }: Props) {
  const { t } = useTranslation();
  const emptyDraft = (): PastYearValues => ({ year: String(lastYear), siteId: sites[0] ?? '', spocPersons: '', accompaniedPersons: '', accompaniments: '' });
  // The form starts again (a new key) from the draft shown: empty, or the row being corrected.
  const [{ draft, editing, formKey }, setShown] = useState({ draft: emptyDraft(), editing: false, formKey: 0 });
  const showDraft = (next: PastYearValues, correcting: boolean) => setShown((previous) => ({ draft: next, editing: correcting, formKey: previous.formKey + 1 }));
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<'saved' | 'deleted' | 'saveFailed' | 'deleteFailed' | undefined>();
  const [confirming, setConfirming] = useState<PastYearEntry | undefined>();
  const canEdit = online;

  async function save(figures: PastYearFigures, siteId: string) {
    setMessage(undefined);
    try {
      await state.save({ siteId, ...figures });
      setMessage('saved');
      showDraft(emptyDraft(), false);
    } catch {
      setMessage('saveFailed');
    }
  }

  async function confirmDelete(row: PastYearEntry) {
    setBusy(true);
    try {
      await state.remove(row.siteId, row.year);
      setMessage('deleted');
    } catch {
      setMessage('deleteFailed');
    } finally {
      setBusy(false);
      setConfirming(undefined);
    }
  }

  const edit = (row: PastYearEntry) => {
    showDraft(
      {
        year: String(row.year),
        siteId: row.siteId,
        spocPersons: String(row.spocPersons),
        accompaniedPersons: String(row.accompaniedPersons),
        accompaniments: row.accompaniments === null || row.accompaniments === undefined ? '' : String(row.accompaniments),
      },
      true,
    );
    setMessage(undefined);
  };

  return (
    <section className="report-past-years report-no-print" aria-labelledby="past-years-title">
      <h2 id="past-years-title">{t('reports.pastYears.title')}</h2>
      <p className="field__hint">{t('reports.pastYears.hint')}</p>
      {!online ? (
        <p role="status">{t(state.rows ? 'reports.pastYears.offlineKept' : 'reports.pastYears.offline')}</p>
      ) : state.loadFailed ? (
        <p className="field__error" role="alert">
          {t('reports.pastYears.loadFailed')}
        </p>
      ) : null}

      {state.rows && state.rows.length > 0 ? (
        <table className="report-table">
          <caption>{t('reports.pastYears.tableCaption')}</caption>
          <ColumnHeads labels={[t('reports.col.year'), t('reports.col.site'), t('reports.col.spocPersons'), t('reports.col.accompaniedPersons'), t('reports.col.accompaniments'), t('reports.pastYears.actions')]} />
          <tbody>
            {state.rows.map((row) => (
              <tr key={`${row.siteId}/${row.year}`}>
                <th scope="row">{row.year}</th>
                <td>{siteName(row.siteId)}</td>
                <td>{row.spocPersons}</td>
                <td>{row.accompaniedPersons}</td>
                <td>{row.accompaniments ?? t('reports.none')}</td>
                <td>
                  {confirming === row ? (
                    <span role="group" aria-label={t('reports.pastYears.confirmDelete', { year: row.year, site: siteName(row.siteId) })}>
                      <span>{t('reports.pastYears.confirmDelete', { year: row.year, site: siteName(row.siteId) })}</span>{' '}
                      <button type="button" className="button button--danger" disabled={busy || !canEdit} onClick={() => void confirmDelete(row)}>
                        {t('reports.pastYears.confirm')}
                      </button>{' '}
                      <button type="button" className="button" onClick={() => setConfirming(undefined)}>
                        {t('reports.pastYears.cancel')}
                      </button>
                    </span>
                  ) : (
                    <>
                      <button type="button" className="button" disabled={!canEdit} onClick={() => edit(row)} aria-label={t('reports.pastYears.editRow', { year: row.year, site: siteName(row.siteId) })}>
                        {t('reports.pastYears.edit')}
                      </button>{' '}
                      <button
                        type="button"
                        className="button"
                        disabled={!canEdit}
                        onClick={() => setConfirming(row)}
                        aria-label={t('reports.pastYears.deleteRow', { year: row.year, site: siteName(row.siteId) })}
                      >
                        {t('reports.pastYears.delete')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : state.rows ? (
        <p>{t('reports.pastYears.empty')}</p>
      ) : null}

      <PastYearForm
        key={formKey}
        idPrefix="past"
        title={t(editing ? 'reports.pastYears.editForm' : 'reports.pastYears.addForm')}
        labels={{ spocPersons: t('reports.pastYears.spocPersons'), accompaniedPersons: t('reports.pastYears.accompaniedPersons'), accompaniments: t('reports.pastYears.accompaniments') }}
        lastYear={lastYear}
        defaultValues={draft}
        sites={sites.map((siteId) => ({ code: siteId, label: siteName(siteId) }))}
        correcting={editing}
        disabled={!canEdit || busy}
        onSave={save}
        onCancel={editing ? () => showDraft(emptyDraft(), false) : undefined}
      />
      {message ? (
        <p role={message.endsWith('Failed') ? 'alert' : 'status'} className={message.endsWith('Failed') ? 'field__error' : undefined}>
          {t(`reports.pastYears.${message}`)}
        </p>
      ) : null}
    </section>
  );
}

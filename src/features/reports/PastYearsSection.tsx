// "Past years' figures" (docs/report-counting.md, table 3): coordinators enter, per site, the
// evolution table's numbers of the years before the app. Online only; the list shows what was
// fetched this session.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FIRST_PAST_YEAR, type PastYearEntry } from './past-years-api';
import type { PastYearsState } from './use-past-years';

interface Props {
  state: PastYearsState;
  online: boolean;
  sites: readonly string[];
  siteName: (siteId: string) => string;
  lastYear: number;
}

interface Draft {
  year: string;
  siteId: string;
  spocPersons: string;
  accompaniedPersons: string;
  accompaniments: string;
}

type DraftError = 'year' | 'persons' | undefined;

const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : undefined);

export function PastYearsSection({ state, online, sites, siteName, lastYear }: Props) {
  const { t } = useTranslation();
  const emptyDraft = (): Draft => ({ year: String(lastYear), siteId: sites[0] ?? '', spocPersons: '', accompaniedPersons: '', accompaniments: '' });
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<DraftError>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<'saved' | 'deleted' | 'saveFailed' | 'deleteFailed' | undefined>();
  const [confirming, setConfirming] = useState<PastYearEntry | undefined>();
  const canEdit = online;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const year = wholeNumber(draft.year);
    const spocPersons = wholeNumber(draft.spocPersons);
    const accompaniedPersons = wholeNumber(draft.accompaniedPersons);
    // Left empty: unknown (the evolution table shows it as such), never 0.
    const accompaniments = draft.accompaniments.trim() === '' ? null : wholeNumber(draft.accompaniments);
    if (year === undefined || year < FIRST_PAST_YEAR || year > lastYear) return setError('year');
    if (spocPersons === undefined || accompaniedPersons === undefined || accompaniments === undefined) return setError('persons');
    setError(undefined);
    setBusy(true);
    try {
      await state.save({ siteId: draft.siteId, year, spocPersons, accompaniedPersons, accompaniments });
      setMessage('saved');
      setDraft(emptyDraft());
      setEditing(false);
    } catch {
      setMessage('saveFailed');
    } finally {
      setBusy(false);
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
    setDraft({
      year: String(row.year),
      siteId: row.siteId,
      spocPersons: String(row.spocPersons),
      accompaniedPersons: String(row.accompaniedPersons),
      accompaniments: row.accompaniments === null || row.accompaniments === undefined ? '' : String(row.accompaniments),
    });
    setEditing(true);
    setError(undefined);
    setMessage(undefined);
  };

  const setField = (key: keyof Draft) => (value: string) => setDraft((previous) => ({ ...previous, [key]: value }));
  const numberProps = { className: 'input', type: 'number', inputMode: 'numeric' } as const;

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
          <thead>
            <tr>
              <th scope="col">{t('reports.col.year')}</th>
              <th scope="col">{t('reports.col.site')}</th>
              <th scope="col">{t('reports.col.spocPersons')}</th>
              <th scope="col">{t('reports.col.accompaniedPersons')}</th>
              <th scope="col">{t('reports.col.accompaniments')}</th>
              <th scope="col">{t('reports.pastYears.actions')}</th>
            </tr>
          </thead>
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

      <form noValidate onSubmit={(event) => void submit(event)} aria-label={t(editing ? 'reports.pastYears.editForm' : 'reports.pastYears.addForm')}>
        <fieldset disabled={!canEdit || busy} className="choice-group">
          <legend className="field__label">{t(editing ? 'reports.pastYears.editForm' : 'reports.pastYears.addForm')}</legend>
          <div className="form-grid">
            <div className="field">
              <label htmlFor="past-year" className="field__label">
                {t('reports.pastYears.year')}
              </label>
              <input id="past-year" {...numberProps} min={FIRST_PAST_YEAR} max={lastYear} readOnly={editing} value={draft.year} onChange={(event) => setField('year')(event.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="past-site" className="field__label">
                {t('reports.pastYears.site')}
              </label>
              <select id="past-site" className="input" value={draft.siteId} disabled={editing} onChange={(event) => setField('siteId')(event.target.value)}>
                {sites.map((siteId) => (
                  <option key={siteId} value={siteId}>
                    {siteName(siteId)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="past-spoc" className="field__label">
                {t('reports.pastYears.spocPersons')}
              </label>
              <input id="past-spoc" {...numberProps} min={0} value={draft.spocPersons} onChange={(event) => setField('spocPersons')(event.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="past-accompanied" className="field__label">
                {t('reports.pastYears.accompaniedPersons')}
              </label>
              <input id="past-accompanied" {...numberProps} min={0} value={draft.accompaniedPersons} onChange={(event) => setField('accompaniedPersons')(event.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="past-accompaniments" className="field__label">
                {t('reports.pastYears.accompaniments')}
              </label>
              <input id="past-accompaniments" {...numberProps} min={0} value={draft.accompaniments} onChange={(event) => setField('accompaniments')(event.target.value)} />
            </div>
          </div>
          {error ? (
            <p className="field__error" role="alert">
              {t(error === 'year' ? 'reports.pastYears.invalidYear' : 'reports.pastYears.invalidPersons', { first: FIRST_PAST_YEAR, last: lastYear })}
            </p>
          ) : null}
          <button type="submit" className="button button--primary">
            {t('reports.pastYears.save')}
          </button>{' '}
          {editing ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                setEditing(false);
                setDraft(emptyDraft());
              }}
            >
              {t('reports.pastYears.cancel')}
            </button>
          ) : null}
        </fieldset>
      </form>
      {message ? (
        <p role={message.endsWith('Failed') ? 'alert' : 'status'} className={message.endsWith('Failed') ? 'field__error' : undefined}>
          {t(`reports.pastYears.${message}`)}
        </p>
      ) : null}
    </section>
  );
}

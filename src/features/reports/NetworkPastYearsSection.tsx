// The network's distinct totals of the years before the app (docs/report-counting.md, "Evolution
// over years and past years"), entered by the network reporter online: persons informed and
// accompanied counted once for the whole network (never the sum of the sites' figures), and the
// accompaniments when known. The evolution table's network row of such a year shows them.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import type { NetworkPastYearEntry, NetworkPastYearsApi } from '../../sync/network-past-years-api';
import { FIRST_PAST_YEAR } from './past-years-api';

interface Props {
  api: NetworkPastYearsApi;
  lastYear: number;
  /** After a change: the report is read again so its evolution table shows it. */
  onChanged: () => void;
}

interface Draft {
  year: string;
  spocPersons: string;
  accompaniedPersons: string;
  accompaniments: string;
}

const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : undefined);
type Message = 'saved' | 'deleted' | 'saveFailed' | 'deleteFailed' | 'loadFailed' | 'year' | 'persons';

export function NetworkPastYearsSection({ api, lastYear, onChanged }: Props) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const emptyDraft = (): Draft => ({ year: String(lastYear), spocPersons: '', accompaniedPersons: '', accompaniments: '' });
  const [rows, setRows] = useState<NetworkPastYearEntry[]>();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>();
  const [confirming, setConfirming] = useState<number>();

  useEffect(() => {
    let live = true;
    api.list().then(
      (listed) => live && setRows(listed),
      () => live && setMessage('loadFailed'),
    );
    return () => {
      live = false;
    };
  }, [api]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const year = wholeNumber(draft.year);
    const spocPersons = wholeNumber(draft.spocPersons);
    const accompaniedPersons = wholeNumber(draft.accompaniedPersons);
    // Accompaniments may be left empty: unknown, never 0.
    const accompaniments = draft.accompaniments.trim() === '' ? null : wholeNumber(draft.accompaniments);
    if (year === undefined || year < FIRST_PAST_YEAR || year > lastYear) return setMessage('year');
    if (spocPersons === undefined || accompaniedPersons === undefined || accompaniments === undefined) return setMessage('persons');
    setBusy(true);
    try {
      const saved = await api.save({ year, spocPersons, accompaniedPersons, accompaniments });
      setRows((previous) => [...(previous ?? []).filter((row) => row.year !== saved.year), saved].sort((a, b) => a.year - b.year));
      setDraft(emptyDraft());
      setMessage('saved');
      onChanged();
    } catch {
      setMessage('saveFailed');
    } finally {
      setBusy(false);
    }
  }

  async function remove(year: number) {
    setBusy(true);
    try {
      await api.remove(year);
      setRows((previous) => (previous ?? []).filter((row) => row.year !== year));
      setMessage('deleted');
      onChanged();
    } catch {
      setMessage('deleteFailed');
    } finally {
      setBusy(false);
      setConfirming(undefined);
    }
  }

  const setField = (key: keyof Draft) => (value: string) => setDraft((previous) => ({ ...previous, [key]: value }));
  const numberProps = { className: 'input', type: 'number', inputMode: 'numeric', min: 0 } as const;
  const failed = message === 'saveFailed' || message === 'deleteFailed' || message === 'loadFailed' || message === 'year' || message === 'persons';

  return (
    <section className="report-past-years" aria-labelledby="network-past-years-title">
      <h2 id="network-past-years-title">{t('reports.networkPastYears.title')}</h2>
      <p className="field__hint">{t('reports.networkPastYears.hint')}</p>
      {rows && rows.length > 0 ? (
        <table className="report-table">
          <caption>{t('reports.networkPastYears.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.col.year')}</th>
              <th scope="col">{t('reports.col.spocPersons')}</th>
              <th scope="col">{t('reports.col.accompaniedPersons')}</th>
              <th scope="col">{t('reports.col.accompaniments')}</th>
              <th scope="col">{t('reports.pastYears.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.year}>
                <th scope="row">{row.year}</th>
                <td>{number(row.spocPersons)}</td>
                <td>{number(row.accompaniedPersons)}</td>
                <td>{row.accompaniments === null ? t('reports.none') : number(row.accompaniments)}</td>
                <td>
                  {confirming === row.year ? (
                    <span role="group" aria-label={t('reports.networkPastYears.confirmDelete', { year: row.year })}>
                      <span>{t('reports.networkPastYears.confirmDelete', { year: row.year })}</span>{' '}
                      <button type="button" className="button button--danger" disabled={busy} onClick={() => void remove(row.year)}>
                        {t('reports.pastYears.confirm')}
                      </button>{' '}
                      <button type="button" className="button" onClick={() => setConfirming(undefined)}>
                        {t('reports.pastYears.cancel')}
                      </button>
                    </span>
                  ) : (
                    <button type="button" className="button" onClick={() => setConfirming(row.year)} aria-label={t('reports.networkPastYears.deleteRow', { year: row.year })}>
                      {t('reports.pastYears.delete')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : rows ? (
        <p>{t('reports.pastYears.empty')}</p>
      ) : null}
      <form noValidate onSubmit={(event) => void submit(event)} aria-label={t('reports.networkPastYears.form')}>
        <fieldset disabled={busy} className="choice-group">
          <legend className="field__label">{t('reports.networkPastYears.form')}</legend>
          <div className="form-grid">
            <div className="field">
              <label htmlFor="network-past-year" className="field__label">
                {t('reports.pastYears.year')}
              </label>
              <input id="network-past-year" {...numberProps} min={FIRST_PAST_YEAR} max={lastYear} value={draft.year} onChange={(event) => setField('year')(event.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="network-past-spoc" className="field__label">
                {t('reports.networkPastYears.spocPersons')}
              </label>
              <input id="network-past-spoc" {...numberProps} value={draft.spocPersons} onChange={(event) => setField('spocPersons')(event.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="network-past-accompanied" className="field__label">
                {t('reports.networkPastYears.accompaniedPersons')}
              </label>
              <input id="network-past-accompanied" {...numberProps} value={draft.accompaniedPersons} onChange={(event) => setField('accompaniedPersons')(event.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="network-past-accompaniments" className="field__label">
                {t('reports.networkPastYears.accompaniments')}
              </label>
              <input id="network-past-accompaniments" {...numberProps} value={draft.accompaniments} onChange={(event) => setField('accompaniments')(event.target.value)} />
            </div>
          </div>
          <button type="submit" className="button button--primary">
            {t('reports.pastYears.save')}
          </button>
        </fieldset>
      </form>
      {message ? (
        <p role={failed ? 'alert' : 'status'} className={failed ? 'field__error' : undefined}>
          {message === 'year'
            ? t('reports.pastYears.invalidYear', { first: FIRST_PAST_YEAR, last: lastYear })
            : message === 'persons'
              ? t('reports.pastYears.invalidPersons')
              : message === 'loadFailed'
                ? t('reports.networkPastYears.loadFailed')
                : t(`reports.pastYears.${message}`)}
        </p>
      ) : null}
    </section>
  );
}

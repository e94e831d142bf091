// The network's distinct totals of the years before the app (docs/report-counting.md, "Evolution
// over years and past years"), entered by the network reporter online: persons informed and
// accompanied counted once for the whole network (never the sum of the sites' figures), and the
// accompaniments when known. The evolution table's network row of such a year shows them.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import type { NetworkPastYearEntry, NetworkPastYearsApi } from '../../sync/network-past-years-api';
import { PastYearForm, type PastYearFigures } from './PastYearForm';
import { ColumnHeads } from '../../components/ColumnHeads';

interface Props {
  api: NetworkPastYearsApi;
  lastYear: number;
  /** After a change: the report is read again so its evolution table shows it. */
  onChanged: () => void;
}

type Message = 'saved' | 'deleted' | 'saveFailed' | 'deleteFailed' | 'loadFailed';

export function NetworkPastYearsSection({ api, lastYear, onChanged }: Props) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const [rows, setRows] = useState<NetworkPastYearEntry[]>();
  // A new key starts the form again, empty, after a save.
  const [formKey, setFormKey] = useState(0);
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

  async function save(figures: PastYearFigures) {
    setMessage(undefined);
    try {
      const saved = await api.save(figures);
      setRows((previous) => [...(previous ?? []).filter((row) => row.year !== saved.year), saved].sort((a, b) => a.year - b.year));
      setFormKey((key) => key + 1);
      setMessage('saved');
      onChanged();
    } catch {
      setMessage('saveFailed');
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

  const failed = message === 'saveFailed' || message === 'deleteFailed' || message === 'loadFailed';

  return (
    <section className="report-past-years" aria-labelledby="network-past-years-title">
      <h2 id="network-past-years-title">{t('reports.networkPastYears.title')}</h2>
      <p className="field__hint">{t('reports.networkPastYears.hint')}</p>
      {rows && rows.length > 0 ? (
        <table className="report-table">
          <caption>{t('reports.networkPastYears.tableCaption')}</caption>
          <ColumnHeads labels={[t('reports.col.year'), t('reports.col.spocPersons'), t('reports.col.accompaniedPersons'), t('reports.col.accompaniments'), t('reports.pastYears.actions')]} />
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
      <PastYearForm
        key={formKey}
        idPrefix="network-past"
        title={t('reports.networkPastYears.form')}
        labels={{
          spocPersons: t('reports.networkPastYears.spocPersons'),
          accompaniedPersons: t('reports.networkPastYears.accompaniedPersons'),
          accompaniments: t('reports.networkPastYears.accompaniments'),
        }}
        lastYear={lastYear}
        defaultValues={{ year: String(lastYear), siteId: '', spocPersons: '', accompaniedPersons: '', accompaniments: '' }}
        disabled={busy}
        onSave={save}
      />
      {message ? (
        <p role={failed ? 'alert' : 'status'} className={failed ? 'field__error' : undefined}>
          {message === 'loadFailed' ? t('reports.networkPastYears.loadFailed') : t(`reports.pastYears.${message}`)}
        </p>
      ) : null}
    </section>
  );
}

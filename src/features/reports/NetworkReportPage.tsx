// The network reporter's screen (docs/roles-and-organisations.md): the activity report of every
// organisation, read from the server online, masked, never computed on the tablet and never kept
// on it. Drawn with the same tables as the coordinators' report (report-tables.ts); the network's
// targets are the programme's (320 / 200). No workspace: its own small header, no sync. The
// reporter also enters the network's distinct totals of past years (NetworkPastYearsSection).
import { Fragment, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { Notice } from '../../components/Notice';
import { useSession } from '../../components/session/session-context';
import { useBrowserOnline } from '../../components/use-browser-online';
import { useDocumentTitle } from '../../components/use-document-title';
import { brusselsDate } from '../../domain/dates';
import type { NetworkReport } from '../../domain/report';
import { yearOptions } from './report-period';
import { buildReportSheets, type LabelContext } from './report-tables';
import { ReportTableView } from './ReportTableView';
import { ReportPrintHeader } from './ReportPrintHeader';
import { EvolutionChart } from './charts/EvolutionChart';
import { EvolutionNote } from './EvolutionNote';
import { NetworkPastYearsSection } from './NetworkPastYearsSection';
import './reports.css';
import { periodInWords } from './period-words';

type Loaded = { year: number; report: NetworkReport } | { year: number; failed: true };

export function NetworkReportPage() {
  const { t, i18n } = useTranslation();
  const { reporter, leaveReporter } = useSession();
  const online = useBrowserOnline();
  useDocumentTitle(t('reports.network.title'));
  const currentYear = Number(brusselsDate().slice(0, 4));
  const [year, setYear] = useState(currentYear);
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded>();
  const [leaving, setLeaving] = useState(false);

  useEffect(() => {
    if (!reporter || !online) return;
    let live = true;
    reporter.report.activity({ from: `${year}-01-01`, to: `${year}-12-31` }).then(
      (report) => live && setLoaded({ year, report }),
      () => live && setLoaded({ year, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [reporter, online, year, attempt]);

  const current = loaded?.year === year ? loaded : undefined;
  const report = current && 'report' in current ? current.report : undefined;
  const sheets = useMemo(() => {
    if (!report) return [];
    const ctx: LabelContext = { t, language: i18n.language, siteName: (siteId) => report.siteNames[siteId] ?? siteId };
    // The server's answer is masked already (src/domain/report/mask.ts): drawn, printed, as it is.
    return buildReportSheets(report, ctx);
  }, [report, t, i18n.language]);

  if (!reporter) return null;
  const logout = async () => {
    setLeaving(true);
    await leaveReporter();
  };

  return (
    <div className="shell">
      <header className="shell__header">
        <div className="shell__brand">
          <span className="shell__app-name">{t('app.name')}</span>
          <span className="shell__adviser">{t('app.reporter', { name: reporter.user.name })}</span>
        </div>
        <LanguageSwitcher />
        <button type="button" className="button" onClick={() => void logout()} disabled={leaving}>
          {t(leaving ? 'nav.loggingOut' : 'nav.logout')}
        </button>
      </header>
      <main id="main" className="page reports">
        <h1>{t('reports.network.title')}</h1>
        <p>{t('reports.network.intro')}</p>
        <Notice message={t('reports.network.onlineOnly')} />
        <div className="field">
          <label className="field__label" htmlFor="network-year">
            {t('reports.year')}
          </label>
          <select id="network-year" className="input" value={year} onChange={(event) => setYear(Number(event.target.value))}>
            {yearOptions(currentYear).map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
        {!online ? <Notice tone="error" message={t('reports.network.offline')} /> : null}
        {online && current && 'failed' in current ? (
          <div>
            <Notice tone="error" message={t('reports.network.failed')} />
            <button type="button" className="button" onClick={() => setAttempt((value) => value + 1)}>
              {t('reports.network.retry')}
            </button>
          </div>
        ) : null}
        {online && !current ? <p role="status">{t('reports.loading')}</p> : null}
        {report ? (
          <>
            <ReportPrintHeader period={report.period} siteNames={Object.keys(report.siteNames).sort().map((siteId) => report.siteNames[siteId] ?? siteId)} />
            <p>{t('reports.periodShown', { period: periodInWords(report.period, t, i18n.language) })}</p>
            {sheets.map((sheet) => (
              <Fragment key={sheet.id}>
                {sheet.id === 'evolution' ? <EvolutionChart network={report.evolution.network} tableId={`report-${sheet.id}`} /> : null}
                <ReportTableView sheet={sheet} />
                {sheet.id === 'evolution' ? <EvolutionNote chosen={1} all={1} /> : null}
              </Fragment>
            ))}
          </>
        ) : null}
        {online && reporter.networkPastYears ? (
          <NetworkPastYearsSection api={reporter.networkPastYears} lastYear={currentYear - 1} onChanged={() => setAttempt((value) => value + 1)} />
        ) : null}
      </main>
    </div>
  );
}

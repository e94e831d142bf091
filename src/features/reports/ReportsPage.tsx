// The activity report (docs/report-counting.md) computed on this device's local data, offline: the
// same pure function as GET /api/reports/activity, over the decrypted records of the workspace
// (report-input.ts computeScreenReport). Targets: one network goal and organisations' own goals,
// entered on the server (TargetsSection, report-targets.ts), compared by the report itself; offline
// the last known of the session or the 2024 goal, said on screen. Only coordinators and
// administrators read reports: an adviser reaching this address reads a short note, no figure and
// no error. Coordinators also enter past years' figures
// (PastYearsSection), fetched online and kept in memory for the session: the evolution table
// includes them as `pastYears`.
import { Fragment, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LabelledField, LabelledSelect } from '../../components/form/LabelledField';
import { formatInstant } from '../../i18n/format';
import { useWorkspace } from '../../components/session/session-context';
import { useDocumentTitle } from '../../components/use-document-title';
import { brusselsDate } from '../../domain/dates';
import { newId } from '../../domain/ids';
import type { SyncStatus } from '../../sync/workspace';
import { DataQualityPanel } from './DataQualityPanel';
import { downloadBlob } from './download';
import { buildCsv } from './export-csv';
import { EvolutionChart } from './charts/EvolutionChart';
import { EvolutionNote } from './EvolutionNote';
import { ProfileChart } from './charts/ProfileChart';
import { FunnelChart } from './FunnelChart';
import { toPastYearFigures } from './past-years-api';
import { PastYearsSection } from './PastYearsSection';
import { closedSitesOf, computeScreenReport, firstYearOf } from './report-input';
import { periodOf, yearOptions, type PeriodChoice, type PeriodMode } from './report-period';
import { buildExportSheets, buildReportSheets, type LabelContext } from './report-tables';
import { organisationOfSite, targetsInputOf } from './report-targets';
import { TargetsSection, type TargetScope } from './TargetsSection';
import { useReportTargets } from './use-report-targets';
import { ReportTableView } from './ReportTableView';
import { ReportPrintHeader } from './ReportPrintHeader';
import { reportCover } from './report-cover';
import { usePrinting } from './use-printing';
import { periodInWords } from './period-words';
import { reportSessionOf } from './report-session';
import { useReportInput } from './use-report-input';
import { useBrowserOnline } from '../../components/use-browser-online';
import { usePastYears } from './use-past-years';
import { useMovedWork } from './use-moved-work';
import { withMovedWork } from '../../domain/report/moved-work';
import { isolatedText } from '../../domain/bidi';
import './reports.css';

const PERIOD_MODES: readonly PeriodMode[] = ['year', 'quarter', 'custom'];
/** Profile tables drawn as bars above their table (the communes' long list reads better as a table). */
const CHARTED_PROFILES = new Set(['ageBand', 'gender', 'certificationAtEntry', 'frenchLevel', 'motivation', 'source', 'zone'].map((table) => `profile-${table}`));

function useSyncStatus(): SyncStatus {
  const { sync } = useWorkspace();
  const [status, setStatus] = useState<SyncStatus>(() => sync.getStatus());
  useEffect(() => sync.subscribe(setStatus), [sync]);
  return status;
}

export function ReportsPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  // Advisers have no reports (the server refuses them too): no computation, no targets fetched.
  if (workspace.user.role !== 'coordinator' && workspace.user.role !== 'admin') return <p>{t('reports.notForRole')}</p>;
  return <ActivityReportScreen />;
}

function ActivityReportScreen() {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const local = useReportInput();
  const syncStatus = useSyncStatus();
  const lastSyncedAt = syncStatus.lastSyncedAt;
  const browserOnline = useBrowserOnline();
  const online = browserOnline && syncStatus.phase !== 'offline';
  const entersPastYears = true; // coordinators and administrators (ReportsPage)
  const pastYears = usePastYears(workspace.pastYears, online, workspace.user.id, entersPastYears);
  const targetsState = useReportTargets(workspace.reportTargets, online, workspace.user.id);
  const pastYearFigures = useMemo(() => toPastYearFigures(pastYears.rows ?? []), [pastYears.rows]);
  // The work this user's sites did for persons now held elsewhere (docs/transfers.md): past periods
  // keep their figures after a transfer.
  const movedWork = useMovedWork(workspace.movedWork, online, workspace.user.id);
  const reportInput = useMemo(() => (local ? reportSessionOf(workspace).withMoved(local.input, movedWork, withMovedWork) : undefined), [workspace, local, movedWork]);
  useDocumentTitle(t('reports.title'));

  const today = brusselsDate();
  const currentYear = Number(today.slice(0, 4));
  const [choice, setChoice] = useState<PeriodChoice>({ mode: 'year', year: currentYear, quarter: 1, from: `${currentYear}-01-01`, to: today });
  const [selectedSites, setSelectedSites] = useState<string[]>(workspace.user.siteIds);
  const [exporting, setExporting] = useState<'xlsx' | 'csv' | undefined>();
  const [exportFailed, setExportFailed] = useState(false);
  const period = periodOf(choice);

  const siteNames = useMemo(() => new Map((local?.sites ?? []).map((site) => [site.id, isolatedText(site.data.name ?? site.id)])), [local?.sites]);
  const organisationNames = useMemo(() => {
    // An organisation is named by its sites (the tablet holds no organisations table).
    const names = new Map<string, string[]>();
    for (const site of local?.sites ?? []) names.set(organisationOfSite(site), [...(names.get(organisationOfSite(site)) ?? []), siteNames.get(site.id) ?? site.id]);
    return names;
  }, [local?.sites, siteNames]);
  const ctx: LabelContext = useMemo(
    () => ({
      t,
      language: i18n.language,
      siteName: (siteId: string) => siteNames.get(siteId) ?? siteId,
      organisationName: (organisationId: string) => organisationNames.get(organisationId)?.join(', ') ?? organisationId,
    }),
    [t, i18n.language, siteNames, organisationNames],
  );
  const targetsInput = useMemo(() => targetsInputOf(targetsState.rows, local?.sites ?? []), [targetsState.rows, local?.sites]);
  // The goals this user may enter: the network's (administrators) and their organisations'.
  const targetScopes: TargetScope[] = useMemo(() => {
    const organisations = new Set(
      (local?.sites ?? []).filter((site) => workspace.user.role === 'admin' || workspace.user.siteIds.includes(site.id)).map((site) => organisationOfSite(site)),
    );
    return [
      ...(workspace.user.role === 'admin' ? [{ organisationId: null, label: t('reports.networkGoal') }] : []),
      ...[...organisations].sort().map((organisationId) => ({ organisationId, label: ctx.organisationName?.(organisationId) ?? organisationId })),
    ];
  }, [local?.sites, workspace.user.role, workspace.user.siteIds, t, ctx]);

  const periodFrom = period?.from;
  const periodTo = period?.to;
  const report = useMemo(() => {
    if (!local || !reportInput || !periodFrom || !periodTo) return undefined;
    try {
      // A coordinator's tablet holds her organisation's sites only: a part of the network, never
      // compared with the network's goal. An administrator's holds every site.
      const wholeNetwork = workspace.user.role === 'admin' && local.sites.length > 0 && local.sites.every((site) => selectedSites.includes(site.id));
      const movedFirstYear = movedWork ? firstYearOf(movedWork.spocActions, movedWork.accompaniments) : undefined;
      const firstYear = movedFirstYear === undefined || (local.firstYear !== undefined && local.firstYear <= movedFirstYear) ? local.firstYear : movedFirstYear;
      const screenChoice = {
        from: periodFrom, to: periodTo, siteIds: selectedSites, today, pastYears: pastYearFigures, firstYear, targets: targetsInput, wholeNetwork,
        closedSites: closedSitesOf(local.sites),
      };
      // Once per input and choice in the session: reopening the screen on the same period finds it.
      return reportSessionOf(workspace).report(reportInput, JSON.stringify(screenChoice), () => computeScreenReport(reportInput, screenChoice));
    } catch {
      return undefined; // an impossible custom day: the period error is shown
    }
  }, [local, reportInput, movedWork, pastYearFigures, periodFrom, periodTo, selectedSites, today, targetsInput, workspace]);
  const sheets = useMemo(() => (report ? buildReportSheets(report, ctx) : []), [report, ctx]);
  // Paper leaves the office: the printout is masked as the exports are (docs/report-counting.md).
  const printing = usePrinting();
  const printSheets = useMemo(() => (printing && report ? buildExportSheets(report, ctx) : []), [printing, report, ctx]);
  const selectedSiteNames = useMemo(() => selectedSites.map((siteId) => ctx.siteName(siteId)), [selectedSites, ctx]);

  const update = (changes: Partial<PeriodChoice>) => setChoice((previous) => ({ ...previous, ...changes }));
  const toggleSite = (siteId: string, on: boolean) =>
    setSelectedSites((previous) => (on ? workspace.user.siteIds.filter((id) => id === siteId || previous.includes(id)) : previous.filter((id) => id !== siteId)));

  // Each export is owed to the server's journal: queued on the tablet, sent now or after the next
  // sync when offline (sync/journal.ts; the id makes a retry count once).
  const reportExport = (kind: 'report-xlsx' | 'report-csv' | 'report-print') => {
    if (selectedSites.length === 0) return;
    const report = { id: newId(), kind, siteIds: selectedSites };
    void workspace.journal.record({ kind: 'export', report }).catch(() => undefined);
  };

  async function exportAs(format: 'xlsx' | 'csv') {
    if (!report) return;
    setExporting(format);
    setExportFailed(false);
    try {
      const exportSheets = buildExportSheets(report, ctx);
      const madeAt = new Date();
      const cover = reportCover({ period: report.period, siteNames: selectedSiteNames, madeAt, t, language: i18n.language });
      const name = `${t('reports.fileName')}_${report.period.from}_${report.period.to}`;
      if (format === 'xlsx') {
        const { buildXlsxBlob } = await import('./export-xlsx');
        downloadBlob(await buildXlsxBlob(exportSheets, cover, madeAt), `${name}.xlsx`);
      } else {
        downloadBlob(new Blob([buildCsv(exportSheets, cover, i18n.language)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
      }
      reportExport(format === 'xlsx' ? 'report-xlsx' : 'report-csv');
    } catch {
      setExportFailed(true);
    } finally {
      setExporting(undefined);
    }
  }

  const years = yearOptions(currentYear, local?.firstYear);
  const syncedAt = lastSyncedAt
    ? formatInstant(lastSyncedAt, i18n.language, 'long')
    : undefined;

  return (
    <>
      <div className="page-heading">
        <h1>{t('reports.title')}</h1>
        <div className="report-actions">
          <button type="button" className="button button--primary" disabled={!report || exporting !== undefined} onClick={() => void exportAs('xlsx')}>
            {t(exporting === 'xlsx' ? 'reports.exporting' : 'reports.downloadXlsx')}
          </button>
          <button type="button" className="button" disabled={!report || exporting !== undefined} onClick={() => void exportAs('csv')}>
            {t(exporting === 'csv' ? 'reports.exporting' : 'reports.downloadCsv')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              reportExport('report-print');
              window.print();
            }}
          >
            {t('reports.print')}
          </button>
        </div>
      </div>
      {report ? <ReportPrintHeader period={report.period} siteNames={selectedSiteNames} /> : null}
      <p className="report-freshness">{syncedAt ? t('reports.freshness', { date: syncedAt }) : t('reports.freshnessNever')}</p>
      <p className="field__hint report-no-print">{t('reports.exportHint')}</p>
      {exportFailed ? (
        <p className="field__error" role="alert">
          {t('reports.exportFailed')}
        </p>
      ) : null}

      <form className="report-filters" onSubmit={(event) => event.preventDefault()} aria-label={t('reports.filters')}>
        <fieldset className="choice-group">
          <legend className="field__label">{t('reports.period')}</legend>
          <div className="choice-group__options">
            {PERIOD_MODES.map((mode) => (
              <label key={mode} className="choice">
                <input type="radio" name="period-mode" value={mode} checked={choice.mode === mode} onChange={() => update({ mode })} />
                {t(`reports.mode.${mode}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="form-grid">
          {choice.mode !== 'custom' ? (
            <LabelledSelect
              id="report-year"
              label={t('reports.year')}
              value={choice.year}
              options={years.map((year) => ({ code: year, label: String(year) }))}
              onChange={(year) => update({ year: Number(year) })}
            />
          ) : null}
          {choice.mode === 'quarter' ? (
            <LabelledSelect
              id="report-quarter"
              label={t('reports.quarter')}
              value={choice.quarter}
              options={([1, 2, 3, 4] as const).map((quarter) => ({ code: quarter, label: t('reports.quarterOption', { quarter }) }))}
              onChange={(quarter) => update({ quarter: Number(quarter) as PeriodChoice['quarter'] })}
            />
          ) : null}
          {choice.mode === 'custom' ? (
            <>
              <LabelledField id="report-from" label={t('reports.from')}>
                <input id="report-from" className="input" type="date" value={choice.from} onChange={(event) => update({ from: event.target.value })} />
              </LabelledField>
              <LabelledField id="report-to" label={t('reports.to')}>
                <input id="report-to" className="input" type="date" value={choice.to} onChange={(event) => update({ to: event.target.value })} />
              </LabelledField>
            </>
          ) : null}
        </div>
        {choice.mode === 'custom' && !period ? (
          <p className="field__error" role="alert">
            {t('reports.invalidPeriod')}
          </p>
        ) : null}
        <fieldset className="choice-group">
          <legend className="field__label">{t('reports.sites')}</legend>
          <div className="choice-group__options">
            {workspace.user.siteIds.map((siteId) => (
              <label key={siteId} className="choice">
                <input type="checkbox" checked={selectedSites.includes(siteId)} onChange={(event) => toggleSite(siteId, event.target.checked)} />
                {ctx.siteName(siteId)}
              </label>
            ))}
          </div>
        </fieldset>
      </form>

      {!local ? (
        <p>{t('reports.loading')}</p>
      ) : report ? (
        <>
          <p className="report-period" aria-live="polite">
            {t('reports.periodShown', { period: periodInWords(report.period, t, i18n.language) })}
          </p>
          {entersPastYears && !pastYears.rows ? <p className="field__hint">{t('reports.pastYears.evolutionWithout')}</p> : null}
          <p className="report-reached">{t('reports.personsReached', { count: report.personsReached })}</p>
          <TargetsSection
            state={targetsState}
            online={online}
            scopes={targetScopes}
            year={Number(report.period.to.slice(0, 4))}
          />
          <FunnelChart figures={report.validation.total} />
          {(printing ? printSheets : sheets)
            .filter((sheet) => !sheet.id.startsWith('profile-accompanied-'))
            .map((sheet) => (
              <Fragment key={sheet.id}>
                {sheet.id === 'evolution' ? <EvolutionChart network={report.evolution.network} tableId={`report-${sheet.id}`} /> : null}
                {/* The profile charts would show the masked counts: the printout has the masked tables alone. */}
                {CHARTED_PROFILES.has(sheet.id) && !printing ? <ProfileChart sheet={sheet} /> : null}
                <ReportTableView sheet={sheet} />
                {sheet.id === 'evolution' ? <EvolutionNote chosen={selectedSites.length} all={workspace.user.siteIds.length} /> : null}
              </Fragment>
            ))}
          {/* The same profile tables for the persons accompanied alone, on demand (reporting.md, table 9). */}
          <details className="report-accompanied-profiles">
            <summary>{t('reports.profilesAccompanied', { count: report.accompaniment.total.persons })}</summary>
            {(printing ? printSheets : sheets)
              .filter((sheet) => sheet.id.startsWith('profile-accompanied-'))
              .map((sheet) => (
                <ReportTableView key={sheet.id} sheet={sheet} />
              ))}
          </details>
          <DataQualityPanel quality={report.dataQuality} candidates={local.candidates} siteName={ctx.siteName} />
        </>
      ) : null}
      {entersPastYears ? (
        <PastYearsSection state={pastYears} online={online} sites={workspace.user.siteIds} siteName={ctx.siteName} lastYear={currentYear - 1} />
      ) : null}
    </>
  );
}

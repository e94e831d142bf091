// Import of existing spreadsheets (coordinators and administrators): choose an XLSX or CSV file and
// the site, map its columns with a preview, read the dry run (refused rows and why, likely
// duplicates with a choice per row), then confirm: the rows become normal synced changes. Nothing
// is written before the confirmation; everything happens on the tablet, offline too.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useWorkspace } from '../../components/session/session-context';
import { useDocumentTitle } from '../../components/use-document-title';
import { flagDuplicates, planRows, proposeMapping, type ColumnMapping, type ImportField, type RowDuplicates, type SheetRows } from '../../domain/import';
import { downloadBlob } from '../reports/download';
import { useSiteOptions } from '../candidates/use-site-options';
import { DryRunStep, type DuplicateChoice } from './DryRunStep';
import { MappingStep } from './MappingStep';
import { readSheetFile, UnreadableFileError } from './read-sheet';
import { runImport, type ImportProgress, type ImportSummary } from './run-import';
import { TEMPLATE_FILE_NAME, templateCsvBlob, templateXlsxBlob } from './template-file';
import { useLocalCandidates } from './use-local-candidates';
import './import.css';

type Stage = 'mapping' | 'dryRun' | 'importing' | 'done';

export function ImportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('import.title'));
  const workspace = useWorkspace();
  const sites = useSiteOptions();
  const [local, reloadLocal] = useLocalCandidates();
  const [siteId, setSiteId] = useState(workspace.user.siteIds[0] ?? '');
  const [fileName, setFileName] = useState('');
  const [sheet, setSheet] = useState<SheetRows>();
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [readError, setReadError] = useState<string>();
  const [reading, setReading] = useState(false);
  const [stage, setStage] = useState<Stage>('mapping');
  const [duplicates, setDuplicates] = useState<Map<number, RowDuplicates>>(new Map());
  const [choices, setChoices] = useState<Map<number, DuplicateChoice>>(new Map());
  const [progress, setProgress] = useState<ImportProgress>();
  const [summary, setSummary] = useState<ImportSummary & { refused: number; skipped: number }>();

  const planned = useMemo(() => (sheet ? planRows(sheet, mapping) : []), [sheet, mapping]);
  const accepted = planned.filter((row) => row.problems.length === 0);
  const toImport = accepted.filter((row) => !duplicates.has(row.row) || choices.get(row.row) === 'import');
  const siteName = (id: string) => sites.find((site) => site.code === id)?.label ?? id;

  async function chooseFile(file: File | undefined) {
    setReadError(undefined);
    setSheet(undefined);
    setStage('mapping');
    setSummary(undefined);
    if (!file) return;
    setFileName(file.name);
    setReading(true);
    try {
      const rows = await readSheetFile(file);
      setSheet(rows);
      setMapping(proposeMapping(rows[0] ?? []));
    } catch (error) {
      setReadError(t(`import.readError.${error instanceof UnreadableFileError ? error.reason : 'unreadable'}`));
    } finally {
      setReading(false);
    }
  }

  function changeMapping(column: number, field: ImportField | null) {
    setMapping((current) => current.map((existing, at) => (at === column ? field : existing === field && field !== null ? null : existing)));
  }

  function check() {
    if (!local) return;
    setDuplicates(flagDuplicates(local.index, planned));
    setChoices(new Map());
    setStage('dryRun');
  }

  async function confirm() {
    const rows = toImport;
    setStage('importing');
    setProgress({ done: 0, total: rows.length });
    const result = await runImport(workspace, siteId, rows, setProgress);
    setSummary({ ...result, refused: planned.length - accepted.length, skipped: accepted.length - rows.length });
    setStage('done');
    reloadLocal();
  }

  async function downloadTemplate(kind: 'csv' | 'xlsx') {
    const blob = kind === 'csv' ? templateCsvBlob() : await templateXlsxBlob();
    downloadBlob(blob, `${TEMPLATE_FILE_NAME}.${kind}`);
  }

  const headers = sheet?.[0] ?? [];
  const busy = stage === 'importing';

  if (workspace.user.role === 'adviser') {
    return (
      <div className="import-page">
        <h1>{t('import.title')}</h1>
        <p role="alert">{t('import.forbidden')}</p>
      </div>
    );
  }

  return (
    <div className="import-page">
      <h1>{t('import.title')}</h1>
      <p>{t('import.intro')}</p>

      <section className="import-step" aria-labelledby="import-file-title">
        <h2 id="import-file-title">{t('import.file.title')}</h2>
        <div className="import-actions">
          <button type="button" className="button" onClick={() => void downloadTemplate('csv')}>
            {t('import.template.csv')}
          </button>
          <button type="button" className="button" onClick={() => void downloadTemplate('xlsx')}>
            {t('import.template.xlsx')}
          </button>
        </div>
        <div className="field">
          <label htmlFor="import-site" className="field__label">
            {t('import.file.site')}
          </label>
          <select id="import-site" className="input" value={siteId} disabled={busy} onChange={(event) => setSiteId(event.target.value)}>
            {sites.map((site) => (
              <option key={site.code} value={site.code}>
                {site.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="import-file" className="field__label">
            {t('import.file.label')}
          </label>
          <p id="import-file-hint" className="field__hint">
            {t('import.file.hint')}
          </p>
          <input
            id="import-file"
            type="file"
            className="input import-file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="import-file-hint"
            disabled={busy}
            onChange={(event) => void chooseFile(event.target.files?.[0])}
          />
        </div>
        {reading ? <p role="status">{t('import.file.reading')}</p> : null}
        {readError ? (
          <p role="alert" className="field__error">
            {readError}
          </p>
        ) : null}
        {sheet ? <p>{t('import.file.read', { name: fileName, count: sheet.length - 1 })}</p> : null}
      </section>

      {sheet && stage === 'mapping' ? (
        <MappingStep headers={headers} samples={sheet.slice(1, 4)} mapping={mapping} planned={planned} ready={local !== undefined} onChange={changeMapping} onCheck={check} />
      ) : null}

      {sheet && stage === 'dryRun' && local ? (
        <DryRunStep
          planned={planned}
          duplicates={duplicates}
          choices={choices}
          local={local}
          siteName={siteName}
          toImport={toImport.length}
          onChoice={(row, choice) => setChoices((current) => new Map(current).set(row, choice))}
          onBack={() => setStage('mapping')}
          onConfirm={() => void confirm()}
        />
      ) : null}

      {stage === 'importing' && progress ? (
        <section className="import-step" aria-labelledby="import-progress-title">
          <h2 id="import-progress-title">{t('import.progress.title')}</h2>
          <progress className="import-progress" max={progress.total} value={progress.done} aria-labelledby="import-progress-title" />
          <p role="status">{t('import.progress.text', { done: progress.done, total: progress.total })}</p>
        </section>
      ) : null}

      {stage === 'done' && summary ? (
        <section className="import-step import-summary" aria-labelledby="import-summary-title">
          <h2 id="import-summary-title">{t('import.summary.title')}</h2>
          <p role="status">{t('import.summary.candidates', { count: summary.candidates, site: siteName(siteId) })}</p>
          <ul>
            <li>{t('import.summary.spocActions', { count: summary.spocActions })}</li>
            <li>{t('import.summary.accompaniments', { count: summary.accompaniments })}</li>
            <li>{t('import.summary.refused', { count: summary.refused })}</li>
            <li>{t('import.summary.skipped', { count: summary.skipped })}</li>
            {summary.failedRows.length > 0 ? <li>{t('import.summary.failed', { rows: summary.failedRows.join(', ') })}</li> : null}
          </ul>
          <p>{t('import.summary.sync')}</p>
          <Link to="/candidats" className="button">
            {t('import.summary.toCandidates')}
          </Link>
        </section>
      ) : null}
    </div>
  );
}

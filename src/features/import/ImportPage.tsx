// Import of existing spreadsheets (coordinators and administrators): choose an XLSX or CSV file and
// the site, map its columns with a preview, read the dry run (refused rows and why, likely
// duplicates with a choice per row), then confirm: the rows become normal synced changes. Nothing
// is written before the confirmation; everything happens on the tablet, offline too.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useWorkspace } from '../../components/session/session-context';
import { useDocumentTitle } from '../../components/use-document-title';
import { LabelledField, LabelledSelect } from '../../components/form/LabelledField';
import {
  CSV_ENCODINGS,
  flagDuplicates,
  planRows,
  proposeMapping,
  unmappedValues,
  type ColumnMapping,
  type CsvEncoding,
  type ImportField,
  type RowDuplicates,
} from '../../domain/import';
import { newId } from '../../domain/ids';
import { downloadBlob } from '../reports/download';
import { useSiteNames } from '../../components/use-site-names';
import { DryRunStep, type DuplicateChoice } from './DryRunStep';
import { MappingStep } from './MappingStep';
import { readSheetFile, UnreadableFileError, type ReadSheet } from './read-sheet';
import { downloadRefusedRows } from './refused-rows-file';
import { ValueMappingStep } from './ValueMappingStep';
import { useMetierCatalogue } from '../../components/metiers/use-metier-catalogue';
import { runImport, type ImportProgress, type ImportSummary } from './run-import';
import { TEMPLATE_FILE_NAME, templateCsvBlob, templateXlsxBlob } from './template-file';
import { useLocalCandidates } from './use-local-candidates';
import './import.css';
import { SCREEN_PATHS } from '../../domain/screen-paths';

type Stage = 'mapping' | 'dryRun' | 'importing' | 'done';

export function ImportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('import.title'));
  const workspace = useWorkspace();
  const sites = useSiteNames();
  const [local, reloadLocal] = useLocalCandidates();
  const [siteId, setSiteId] = useState(workspace.user.siteIds[0] ?? '');
  const [file, setFile] = useState<File>();
  const [sheet, setSheet] = useState<ReadSheet>();
  // The live catalogue: a métier an administrator added is recognised by its label (docs/import.md).
  const { catalogue } = useMetierCatalogue();
  const [decisions, setDecisions] = useState<Map<string, string | null>>(new Map());
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [readError, setReadError] = useState<string>();
  const [reading, setReading] = useState(false);
  const [stage, setStage] = useState<Stage>('mapping');
  const [duplicates, setDuplicates] = useState<Map<number, RowDuplicates>>(new Map());
  const [choices, setChoices] = useState<Map<number, DuplicateChoice>>(new Map());
  const [progress, setProgress] = useState<ImportProgress>();
  const [summary, setSummary] = useState<ImportSummary & { refused: number; skipped: number }>();

  const planned = useMemo(
    () => (sheet ? planRows(sheet.rows, mapping, { headerIndex: sheet.headerIndex, uncomputed: sheet.uncomputed, decisions, catalogue }) : []),
    [sheet, mapping, decisions, catalogue],
  );
  // Every value to map, decided or not (planned without decisions), so a choice can be changed.
  const toMap = useMemo(
    () => (sheet ? unmappedValues(planRows(sheet.rows, mapping, { headerIndex: sheet.headerIndex, uncomputed: sheet.uncomputed, catalogue })) : []),
    [sheet, mapping, catalogue],
  );
  const accepted = planned.filter((row) => row.problems.length === 0);
  const toImport = accepted.filter((row) => !duplicates.has(row.row) || choices.get(row.row) === 'import');
  const siteName = (id: string) => sites.find((site) => site.code === id)?.label ?? id;

  async function chooseFile(chosen: File | undefined, encoding?: CsvEncoding) {
    setReadError(undefined);
    setSheet(undefined);
    setStage('mapping');
    setSummary(undefined);
    setDecisions(new Map());
    setFile(chosen);
    if (!chosen) return;
    setReading(true);
    try {
      const read = await readSheetFile(chosen, encoding);
      setSheet(read);
      setMapping(proposeMapping(read.rows[read.headerIndex] ?? []));
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
    const refused = planned.length - accepted.length;
    const skipped = accepted.length - rows.length;
    setSummary({ ...result, refused, skipped });
    setStage('done');
    reloadLocal();
    // The import is owed to the server's journal: queued here, sent now or after the next sync.
    const report = { id: newId(), siteId, candidates: result.candidates, spocActions: result.spocActions, accompaniments: result.accompaniments, refused, skipped };
    void workspace.journal.record({ kind: 'import', report }).catch(() => undefined);
  }

  async function downloadTemplate(kind: 'csv' | 'xlsx') {
    const blob = kind === 'csv' ? templateCsvBlob() : await templateXlsxBlob();
    downloadBlob(blob, `${TEMPLATE_FILE_NAME}.${kind}`);
  }

  const headers = sheet?.rows[sheet.headerIndex] ?? [];
  const dataRows = sheet ? sheet.rows.slice(sheet.headerIndex + 1).filter((row) => row.length > 0) : [];
  const refusedCount = planned.filter((row) => row.problems.length > 0).length;
  const downloadRefused = () => {
    if (sheet) downloadRefusedRows(sheet, planned, t, file?.name ?? '');
  };
  const decide = (key: string, decision: string | null | undefined) =>
    setDecisions((current) => {
      const next = new Map(current);
      if (decision === undefined) next.delete(key);
      else next.set(key, decision);
      return next;
    });
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
        <LabelledSelect id="import-site" label={t('import.file.site')} value={siteId} options={sites} disabled={busy} onChange={setSiteId} />
        <LabelledField id="import-file" label={t('import.file.label')} hint={t('import.file.hint')}>
          <input
            id="import-file"
            type="file"
            className="input import-file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="import-file-hint"
            disabled={busy}
            onChange={(event) => void chooseFile(event.target.files?.[0])}
          />
        </LabelledField>
        {reading ? <p role="status">{t('import.file.reading')}</p> : null}
        {readError ? (
          <p role="alert" className="field__error">
            {readError}
          </p>
        ) : null}
        {sheet ? (
          <p>
            {t('import.file.read', { name: file?.name ?? '', count: dataRows.length })}{' '}
            {sheet.headerIndex > 0 ? t('import.file.headerRow', { row: sheet.headerIndex + 1 }) : null}
          </p>
        ) : null}
        {sheet?.encoding ? (
          <LabelledSelect
            id="import-encoding"
            label={t('import.file.encoding')}
            hint={t('import.file.encodingHint')}
            value={sheet.encoding}
            options={CSV_ENCODINGS.map((encoding) => ({ code: encoding, label: t(`import.file.encodings.${encoding}`) }))}
            disabled={busy}
            onChange={(encoding) => void chooseFile(file, encoding as CsvEncoding)}
          />
        ) : null}
      </section>

      {sheet && stage === 'mapping' ? (
        <>
          <MappingStep headers={headers} samples={dataRows.slice(0, 3)} mapping={mapping} planned={planned} ready={local !== undefined} onChange={changeMapping} onCheck={check}>
            <ValueMappingStep values={toMap} decisions={decisions} onDecide={decide} />
          </MappingStep>
        </>
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
          onDownloadRefused={refusedCount > 0 ? downloadRefused : undefined}
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
          {refusedCount > 0 ? (
            <button type="button" className="button" onClick={downloadRefused}>
              {t('import.refusedFile.download', { count: refusedCount })}
            </button>
          ) : null}
          <p>{t('import.summary.journal')}</p>
          <p>{t('import.summary.sync')}</p>
          <Link to={SCREEN_PATHS.candidates} className="button">
            {t('import.summary.toCandidates')}
          </Link>
        </section>
      ) : null}
    </div>
  );
}

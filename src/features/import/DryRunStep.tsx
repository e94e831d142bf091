// Step 3, the dry run: every refused row and why (row, column, value, reason in words), the rows
// that will be imported, and the likely duplicates with a choice per row. Nothing is written here.
import { useTranslation } from 'react-i18next';
import { isolatedText } from '../../domain/bidi';
import type { PlannedRow, RowDuplicates } from '../../domain/import';
import { formatDay } from '../../i18n/format';
import type { LocalCandidates } from './use-local-candidates';
import { personName, previewCells, reasonText } from './row-display';
import { ColumnHeads } from '../../components/ColumnHeads';

export type DuplicateChoice = 'skip' | 'import';

const CHOICES: readonly DuplicateChoice[] = ['skip', 'import'];
/** A flagged row is left out unless the adviser says otherwise. */
const DEFAULT_CHOICE: DuplicateChoice = 'skip';

interface DryRunStepProps {
  planned: readonly PlannedRow[];
  duplicates: ReadonlyMap<number, RowDuplicates>;
  choices: ReadonlyMap<number, DuplicateChoice>;
  local: LocalCandidates;
  siteName: (siteId: string) => string;
  toImport: number;
  onChoice: (row: number, choice: DuplicateChoice) => void;
  onBack: () => void;
  onConfirm: () => void;
  /** Downloads the refused rows with their reasons (absent when none is refused). */
  onDownloadRefused?: () => void;
}

export function DryRunStep({ planned, duplicates, choices, local, siteName, toImport, onChoice, onBack, onConfirm, onDownloadRefused }: DryRunStepProps) {
  const { t, i18n } = useTranslation();
  const problems = planned.flatMap((row) => row.problems);
  const refusedRows = planned.filter((row) => row.problems.length > 0).length;
  const accepted = planned.filter((row) => row.problems.length === 0);
  const byRow = new Map(planned.map((row) => [row.row, row]));

  return (
    <section className="import-step" aria-labelledby="import-dry-run-title">
      <h2 id="import-dry-run-title">{t('import.dryRun.title')}</h2>
      <ul className="import-counts">
        <li>{t('import.dryRun.accepted', { count: accepted.length })}</li>
        <li>{t('import.dryRun.refused', { count: refusedRows })}</li>
        <li>{t('import.dryRun.duplicates', { count: duplicates.size })}</li>
      </ul>

      {problems.length > 0 ? (
        <div className="import-table" role="region" tabIndex={0} aria-label={t('import.dryRun.refusedCaption')}>
          <table>
            <caption>{t('import.dryRun.refusedCaption')}</caption>
            <ColumnHeads labels={[t('import.preview.row'), t('import.dryRun.column'), t('import.dryRun.value'), t('import.dryRun.reason')]} />
            <tbody>
              {problems.map((problem, at) => (
                <tr key={`${problem.row}-${at}`}>
                  <th scope="row">{problem.row}</th>
                  <td>{problem.column || (problem.field ? t(`import.field.${problem.field}`) : '')}</td>
                  <td>{problem.value || t('import.dryRun.empty')}</td>
                  <td>{reasonText(t, problem.reason)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {duplicates.size > 0 ? (
        <div className="import-duplicates">
          <h3>{t('import.dryRun.duplicatesTitle')}</h3>
          <p className="field__hint">{t('import.dryRun.duplicatesHint')}</p>
          {[...duplicates.values()].map((flag) => {
            const row = byRow.get(flag.row);
            const choice = choices.get(flag.row) ?? DEFAULT_CHOICE;
            const name = row ? personName(row) : '';
            const legend = t('import.dryRun.duplicateRow', { row: flag.row, name, birth: formatDay(row?.candidate.birthDate, i18n.language) });
            return (
              <fieldset key={flag.row} className="import-duplicate">
                <legend>{legend}</legend>
                <ul className="import-duplicate__matches">
                  {flag.existing.map((match) => {
                    const existing = local.byId.get(match.id);
                    const existingName = existing ? personName({ candidate: existing.data }) : '';
                    return (
                      <li key={match.id}>
                        {t('import.dryRun.likeExisting', {
                          name: existingName,
                          birth: existing?.data.birthDate ? formatDay(existing.data.birthDate, i18n.language) : t('import.dryRun.noBirth'),
                          site: existing ? isolatedText(siteName(existing.siteId)) : '',
                        })}
                      </li>
                    );
                  })}
                  {flag.inFile.map((other) => (
                    <li key={`row-${other}`}>{t('import.dryRun.likeRow', { row: other })}</li>
                  ))}
                </ul>
                {CHOICES.map((option) => (
                  <label key={option} className="import-choice">
                    <input type="radio" name={`import-dup-${flag.row}`} value={option} checked={choice === option} onChange={() => onChoice(flag.row, option)} />
                    {t(`import.dryRun.choice.${option}`)}
                  </label>
                ))}
              </fieldset>
            );
          })}
        </div>
      ) : null}

      {accepted.length > 0 ? (
        <details className="import-accepted">
          <summary>{t('import.dryRun.showAccepted', { count: accepted.length })}</summary>
          <ul>
            {accepted.map((row) => {
              const cells = previewCells(row, t, i18n.language);
              const line = [cells.name, cells.birthDate, cells.spocAction, cells.accompaniment].filter(Boolean).join(' — ');
              return <li key={row.row}>{t('import.dryRun.acceptedRow', { row: row.row, text: line })}</li>;
            })}
          </ul>
        </details>
      ) : null}

      <div className="import-actions">
        {onDownloadRefused ? (
          <button type="button" className="button" onClick={onDownloadRefused}>
            {t('import.refusedFile.download', { count: refusedRows })}
          </button>
        ) : null}
        <button type="button" className="button" onClick={onBack}>
          {t('import.dryRun.back')}
        </button>
        <button type="button" className="button button--primary" onClick={onConfirm} disabled={toImport === 0}>
          {t('import.dryRun.confirm', { count: toImport })}
        </button>
      </div>
    </section>
  );
}

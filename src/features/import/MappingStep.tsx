// Step 2: the column mapping (one select per column of the file, proposed from its header) and a
// preview of the first rows as they will be imported.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ColumnMapping, type ImportField, type PlannedRow } from '../../domain/import';
import { previewCells } from './row-display';
import { ColumnHeads } from '../../components/ColumnHeads';

const PREVIEW_ROWS = 5;
const PREVIEW_COLUMNS = ['name', 'birthDate', 'gender', 'commune', 'contact', 'spocAction', 'accompaniment'] as const;

interface MappingStepProps {
  headers: readonly string[];
  samples: readonly string[][];
  mapping: ColumnMapping;
  planned: readonly PlannedRow[];
  /** The local candidates are loaded (the check needs them for duplicates). */
  ready: boolean;
  onChange: (column: number, field: ImportField | null) => void;
  onCheck: () => void;
  /** The values to map (ValueMappingStep), shown between the columns and the check. */
  children?: ReactNode;
}

export function MappingStep({ headers, samples, mapping, planned, ready, onChange, onCheck, children }: MappingStepProps) {
  const { t, i18n } = useTranslation();
  const preview = planned.slice(0, PREVIEW_ROWS);
  const nothingMapped = mapping.every((field) => field === null);
  return (
    <section className="import-step" aria-labelledby="import-mapping-title">
      <h2 id="import-mapping-title">{t('import.mapping.title')}</h2>
      <p className="field__hint">{t('import.mapping.hint')}</p>
      <div className="import-table" role="region" tabIndex={0} aria-label={t('import.mapping.caption')}>
        <table>
          <caption>{t('import.mapping.caption')}</caption>
          <ColumnHeads labels={[t('import.mapping.column'), t('import.mapping.target'), t('import.mapping.examples')]} />
          <tbody>
            {headers.map((header, column) => {
              const selectId = `import-map-${column}`;
              const shownHeader = header || t('import.mapping.untitled', { number: column + 1 });
              return (
                <tr key={column}>
                  <th scope="row">
                    <label htmlFor={selectId}>{shownHeader}</label>
                  </th>
                  <td>
                    <select
                      id={selectId}
                      className="input"
                      value={mapping[column] ?? ''}
                      onChange={(event) => onChange(column, (event.target.value || null) as ImportField | null)}
                    >
                      <option value="">{t('import.mapping.skip')}</option>
                      {IMPORT_FIELDS.map((field) => (
                        <option key={field} value={field}>
                          {t(`import.field.${field}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="import-table__examples">{samples.map((row) => row[column] ?? '').filter(Boolean).slice(0, 3).join(' · ')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <div className="import-table" role="region" tabIndex={0} aria-label={t('import.preview.caption', { count: preview.length })}>
        <table>
          <caption>{t('import.preview.caption', { count: preview.length })}</caption>
          <ColumnHeads labels={[t('import.preview.row'), t('import.preview.state'), ...PREVIEW_COLUMNS.map((column) => t(`import.preview.${column}`))]} />
          <tbody>
            {preview.map((row) => {
              const cells = previewCells(row, t, i18n.language);
              const state = row.problems.length > 0 ? t('import.preview.refused', { count: row.problems.length }) : t('import.preview.ok');
              return (
                <tr key={row.row}>
                  <th scope="row">{row.row}</th>
                  <td className={row.problems.length > 0 ? 'import-state--refused' : 'import-state--ok'}>{state}</td>
                  {PREVIEW_COLUMNS.map((column) => (
                    <td key={column}>{cells[column]}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {children}
      <button type="button" className="button button--primary" onClick={onCheck} disabled={nothingMapped || !ready}>
        {t('import.mapping.check')}
      </button>
    </section>
  );
}

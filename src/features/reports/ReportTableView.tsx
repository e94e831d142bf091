// One report table, accessible: a caption, column headers, and each row named by its first cell.
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import type { Cell, ColumnKind, ReportSheet } from './report-tables';

export function useCellFormatter(): (cell: Cell, kind: ColumnKind) => string {
  const { t } = useTranslation();
  const format = useFormatters();
  return (cell, kind) => {
    if (cell === null) return t('reports.none');
    if (typeof cell === 'string') return cell;
    return kind === 'percent' ? format.percent(cell) : format.number(cell);
  };
}

const kindOf = (sheet: ReportSheet, index: number): ColumnKind => sheet.columns[index]?.kind ?? 'text';

export function ReportTableView({ sheet }: { sheet: ReportSheet }) {
  const { t } = useTranslation();
  const format = useCellFormatter();
  return (
    // A focusable, named region: a table wider than the screen scrolls with the keyboard too.
    <div className="report-table" id={`report-${sheet.id}`} role="region" aria-label={sheet.title} tabIndex={0}>
      <table>
        <caption>{sheet.title}</caption>
        <thead>
          <tr>
            {sheet.columns.map((column) => (
              <th key={column.header} scope="col" className={column.kind === 'text' ? undefined : 'report-table__num'}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.rows.length === 0 ? (
            <tr>
              <td colSpan={sheet.columns.length}>{t('reports.noData')}</td>
            </tr>
          ) : (
            sheet.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, index) => {
                  const kind = kindOf(sheet, index);
                  const text = format(cell, kind);
                  return index === 0 ? (
                    <th key={index} scope="row">
                      {text}
                    </th>
                  ) : (
                    <td key={index} className={kind === 'text' ? undefined : 'report-table__num'}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
      {sheet.note ? <p className="report-table__note">{sheet.note}</p> : null}
    </div>
  );
}

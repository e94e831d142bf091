// CSV export: ONE file holding every table, one after the other. Each line starts with the table's
// id (`spoc-sites`, `profile-gender`, …) so a spreadsheet filter gives back one table; each table
// begins with its own header line, then its rows. Comma separated, RFC 4180 quoting, CRLF, a BOM
// so Excel reads UTF-8. Rates are fractions (0.9) as in the API, empty when null.
// Cells starting with = + - @ (or a tab / carriage return) are prefixed with an apostrophe so a
// spreadsheet never runs them as formulas (CSV injection); numbers are written as numbers.
// Bidi controls are taken out first (docs/display-of-names.md): a spreadsheet shows each cell on
// its own, and a hidden control could otherwise turn a site name around or hide a leading `=`.
import { exportedText } from '../../domain/bidi';
import type { Cell, ReportSheet } from './report-tables';

const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeCsvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = exportedText(cell);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function buildCsv(sheets: readonly ReportSheet[], tableHeader: string): string {
  const lines: string[] = [];
  for (const sheet of sheets) {
    lines.push([tableHeader, ...sheet.columns.map((column) => column.header)].map(escapeCsvCell).join(','));
    for (const row of sheet.rows) lines.push([sheet.id, ...row].map(escapeCsvCell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

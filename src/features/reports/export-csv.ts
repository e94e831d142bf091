// CSV export for a Belgian Excel opened by double-click (docs/report-counting.md, "Exports and
// print"): ONE file, the report's cover lines first (programme, period in words, sites, date made,
// what the masked cells mean), then each table under its title, its header line, its rows and its
// notes, a blank line between tables. In French and Dutch the separator is ";" and decimals take a
// comma (what Excel expects under a Belgian locale); in English "," and ".". Percentages are written
// as such ("135 %", "20,6 %"); counts and years as plain digits. UTF-8 with a BOM, CRLF, RFC 4180
// quoting.
// Cells starting with = + - @ (or a tab / carriage return) are prefixed with an apostrophe so a
// spreadsheet never runs them as formulas (CSV injection); numbers are written as numbers.
// Bidi controls are taken out first (docs/display-of-names.md): a spreadsheet shows each cell on
// its own, and a hidden control could otherwise turn a site name around or hide a leading `=`.
import { exportedText } from '../../domain/bidi';
import type { ReportCover } from './report-cover';
import type { Cell, ColumnKind, ReportSheet } from './report-tables';

const FORMULA_START = /^[=+\-@\t\r]/;

export interface CsvDialect {
  separator: ';' | ',';
  decimal: ',' | '.';
  /** Between the number and "%": a space in French, none in Dutch and English. */
  percentSpace: string;
}

export function csvDialect(language: string): CsvDialect {
  if (language.startsWith('fr')) return { separator: ';', decimal: ',', percentSpace: ' ' };
  if (language.startsWith('nl')) return { separator: ';', decimal: ',', percentSpace: '' };
  return { separator: ',', decimal: '.', percentSpace: '' };
}

const EN: CsvDialect = csvDialect('en');

/** A number with the dialect's decimal mark, at most `digits` decimals, no thousands separator. */
function plainNumber(value: number, digits: number, dialect: CsvDialect): string {
  const rounded = Number(value.toFixed(digits));
  return String(rounded).replace('.', dialect.decimal);
}

export function escapeCsvCell(cell: Cell, dialect: CsvDialect = EN, kind: ColumnKind = 'text'): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (kind === 'percent') return `${plainNumber(cell * 100, 1, dialect)}${dialect.percentSpace}%`;
    return plainNumber(cell, 6, dialect);
  }
  const text = exportedText(cell);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return safe.includes(dialect.separator) || /["\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function buildCsv(sheets: readonly ReportSheet[], cover: ReportCover, language: string): string {
  const dialect = csvDialect(language);
  const line = (cells: readonly Cell[], kinds: readonly ColumnKind[] = []) => cells.map((cell, index) => escapeCsvCell(cell, dialect, kinds[index])).join(dialect.separator);
  const lines: string[] = [line([cover.title]), ...cover.lines.map((pair) => line(pair)), ...cover.legend.map((text) => line([text])), ''];
  for (const sheet of sheets) {
    const kinds = sheet.columns.map((column) => column.kind);
    lines.push(line([sheet.title]), line(sheet.columns.map((column) => column.header)));
    for (const row of sheet.rows) lines.push(line(row, kinds));
    for (const note of sheet.notes ?? []) lines.push(line([note]));
    lines.push('');
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

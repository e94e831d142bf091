// Reading CSV into rows of cells: `;` or `,` separated (whichever the first lines use more), UTF-8
// with or without BOM or Windows-1252 (what a Belgian Excel saves as "CSV (séparateur: point-
// virgule)"), quoted fields with doubled quotes and line breaks inside, CRLF or LF. Blank lines are
// kept as empty rows, so a row's number is its line in the spreadsheet.
import { exportedText } from '../bidi';

export type SheetRows = string[][];

export const CSV_ENCODINGS = ['utf-8', 'windows-1252'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

/** The encoding of a CSV file: UTF-8 when its bytes are valid UTF-8, else Windows-1252. */
export function detectEncoding(bytes: Uint8Array): CsvEncoding {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

export function decodeCsv(bytes: Uint8Array, encoding: CsvEncoding): string {
  return new TextDecoder(encoding).decode(bytes);
}

/** Lines looked at to choose the separator: a title line above the headers has none. */
const SEPARATOR_LINES = 10;

function separatorOf(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  let lines = 0;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ';') semicolons += 1;
    else if (!quoted && char === ',') commas += 1;
    else if (!quoted && char === '\n' && ++lines >= SEPARATOR_LINES) break;
  }
  return semicolons >= commas && semicolons > 0 ? ';' : commas > 0 ? ',' : ';';
}

/** The rows of a CSV text, cells trimmed; a blank line is an empty row. */
export function parseCsv(input: string): SheetRows {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const separator = separatorOf(text);
  const rows: SheetRows = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell.trim());
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row.some((value) => value !== '') ? row : []);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) endCell();
    else if (char === '\n') endRow();
    else if (char === '\r') {
      if (text[i + 1] !== '\n') endRow();
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) endRow();
  while (rows.length > 0 && (rows[rows.length - 1] as string[]).length === 0) rows.pop();
  return rows;
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return first):
 * written with a leading apostrophe, so opening the file never runs it (CSV injection).
 */
export function inertCell(value: string): string {
  // Bidi controls out first: a hidden one could otherwise hide a leading `=` (docs/display-of-names.md).
  const text = exportedText(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One CSV line of cells, formulas made inert and quoted when needed. */
export function csvLine(cells: readonly string[], separator = ';'): string {
  return cells
    .map(inertCell)
    .map((value) => (/[";,\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value))
    .join(separator);
}

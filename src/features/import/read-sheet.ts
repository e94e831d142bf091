// Reading a chosen file into rows of text cells, on the tablet: CSV decoded as UTF-8 or
// Windows-1252 (detected, or chosen by the adviser), XLSX with exceljs (imported here dynamically,
// so it is fetched only on this screen). Dates of an XLSX come as YYYY-MM-DD, and a year typed in a
// date cell as the year; a formula with no value saved in the file is marked, never read as empty.
// Blank rows stay as empty rows, so row numbers are the spreadsheet's.
import type { CellValue } from 'exceljs';
import { decodeCsv, detectEncoding, findHeaderRow, parseCsv, type CsvEncoding, type SheetRows } from '../../domain/import';

export class UnreadableFileError extends Error {
  constructor(readonly reason: 'format' | 'empty' | 'unreadable') {
    super(`unreadable file: ${reason}`);
    this.name = 'UnreadableFileError';
  }
}

export interface ReadSheet {
  rows: SheetRows;
  /** The index of the header row (found below a title). */
  headerIndex: number;
  /** For a CSV, the encoding it was read with. */
  encoding?: CsvEncoding;
  /** Cells (`row index:column index`) holding a formula with no saved value. */
  uncomputed: Set<string>;
}

const pad = (value: number) => String(value).padStart(2, '0');
const EXCEL_DAY_ZERO = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * exceljs keeps dates as UTC midnights of the written day. A date cell whose day number is
 * between 1900 and 2100 holds a year typed into a date-formatted cell (day 2026 is 1905-07-18,
 * a day no file of this programme means): it is read as that year.
 */
function dateText(value: Date): string {
  const serial = Math.round((value.getTime() - EXCEL_DAY_ZERO) / DAY_MS);
  if (serial >= 1900 && serial <= 2100) return String(serial);
  return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
}

const UNCOMPUTED = Symbol('uncomputed');

function cellText(value: CellValue): string | typeof UNCOMPUTED {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return UNCOMPUTED;
      if (typeof result === 'object' && 'error' in (result as object)) return UNCOMPUTED;
      return cellText(result as CellValue);
    }
    if ('text' in value) return String(value.text);
    if ('error' in value) return UNCOMPUTED;
    return '';
  }
  return String(value);
}

async function readXlsx(buffer: ArrayBuffer): Promise<Omit<ReadSheet, 'headerIndex'>> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  const sheet = workbook.worksheets[0];
  const rows: SheetRows = [];
  const uncomputed = new Set<string>();
  if (!sheet) return { rows, uncomputed };
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      const text = cellText(cell.value);
      if (text === UNCOMPUTED) uncomputed.add(`${rowNumber - 1}:${column - 1}`);
      cells[column - 1] = text === UNCOMPUTED ? '' : text.trim();
    });
    rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? '');
  });
  return { rows: Array.from(rows, (row) => (row && row.some(Boolean) ? row : [])), uncomputed };
}

function readAsArrayBuffer(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}

/** The rows of an XLSX or CSV file; throws UnreadableFileError in words' terms. `encoding` overrides the detection. */
export async function readSheetFile(file: File, encoding?: CsvEncoding): Promise<ReadSheet> {
  const name = file.name.toLowerCase();
  let read: Omit<ReadSheet, 'headerIndex'>;
  try {
    const buffer = await readAsArrayBuffer(file);
    if (name.endsWith('.xlsx')) read = await readXlsx(buffer);
    else if (name.endsWith('.csv') || name.endsWith('.txt')) {
      const bytes = new Uint8Array(buffer);
      const used = encoding ?? detectEncoding(bytes);
      read = { rows: parseCsv(decodeCsv(bytes, used)), encoding: used, uncomputed: new Set() };
    } else throw new UnreadableFileError('format');
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError('unreadable');
  }
  const headerIndex = findHeaderRow(read.rows);
  if (!read.rows.slice(headerIndex + 1).some((row) => row.length > 0)) throw new UnreadableFileError('empty');
  return { ...read, headerIndex };
}

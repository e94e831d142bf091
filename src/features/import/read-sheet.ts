// Reading a chosen file into rows of text cells, on the tablet: CSV as UTF-8 text, XLSX with
// exceljs (imported here dynamically, so it is fetched only on this screen). Dates of an XLSX come
// as YYYY-MM-DD; other cells as their displayed text.
import type { CellValue } from 'exceljs';
import { parseCsv, type SheetRows } from '../../domain/import';

export class UnreadableFileError extends Error {
  constructor(readonly reason: 'format' | 'empty' | 'unreadable') {
    super(`unreadable file: ${reason}`);
    this.name = 'UnreadableFileError';
  }
}

const pad = (value: number) => String(value).padStart(2, '0');

/** exceljs keeps dates as UTC midnights of the written day. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText((value.result ?? null) as CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}

async function readXlsx(buffer: ArrayBuffer): Promise<SheetRows> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: SheetRows = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value).trim();
    });
    const filled = Array.from(cells, (cell) => cell ?? '');
    if (filled.some(Boolean)) rows.push(filled);
  });
  return rows;
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

/** The rows of an XLSX or CSV file (the header first); throws UnreadableFileError in words' terms. */
export async function readSheetFile(file: File): Promise<SheetRows> {
  const name = file.name.toLowerCase();
  let rows: SheetRows;
  try {
    const buffer = await readAsArrayBuffer(file);
    if (name.endsWith('.xlsx')) rows = await readXlsx(buffer);
    else if (name.endsWith('.csv') || name.endsWith('.txt')) rows = parseCsv(new TextDecoder('utf-8').decode(buffer));
    else throw new UnreadableFileError('format');
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError('unreadable');
  }
  if (rows.length < 2) throw new UnreadableFileError('empty');
  return rows;
}

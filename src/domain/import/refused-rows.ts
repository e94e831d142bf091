// The refused rows as a CSV the adviser keeps after the import: the file's own header and cells,
// with the spreadsheet row number and the reasons in words first, so she can correct them and
// import them again. Cells that a spreadsheet would run as formulas are made inert (csv.ts).
import { csvLine, type SheetRows } from './csv';
import type { PlannedRow } from './rows';

export interface RefusedRowsHeaders {
  row: string;
  reasons: string;
}

/** UTF-8 with a BOM and `;`, as a Belgian Excel opens it by double-click. */
export function refusedRowsCsv(
  sheet: SheetRows,
  headerIndex: number,
  planned: readonly PlannedRow[],
  headers: RefusedRowsHeaders,
  reasonWords: (reason: string) => string,
): string {
  const fileHeaders = sheet[headerIndex] ?? [];
  const lines = [csvLine([headers.row, headers.reasons, ...fileHeaders])];
  for (const row of planned) {
    if (row.problems.length === 0) continue;
    const reasons = row.problems.map((problem) => `${problem.column || problem.field || ''} "${problem.value}": ${reasonWords(problem.reason)}`).join(' | ');
    lines.push(csvLine([String(row.row), reasons, ...(sheet[row.row - 1] ?? [])]));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

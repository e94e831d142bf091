// XLSX export: one sheet per table, bold header row, integer and percent number formats; text
// cells without bidi controls (docs/display-of-names.md).
// exceljs is big, so it is imported here dynamically: it is fetched only when the user exports,
// never with the first screen.
import type { Workbook } from 'exceljs';
import { exportedText } from '../../domain/bidi';
import type { ReportSheet } from './report-tables';

const FORMATS = { int: '0', percent: '0%', text: '@', year: '0' } as const;

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ] (a colon becomes a dash), unique. */
export function sheetName(title: string, used: Set<string>): string {
  const base = title.replace(/\s*:\s*/g, ' - ').replace(/[\\/?*[\]]/g, ' ').trim().slice(0, 31).trim() || 'Sheet';
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  used.add(name.toLowerCase());
  return name;
}

export async function buildWorkbook(sheets: readonly ReportSheet[], meta: { title: string; created?: Date }): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = meta.title;
  workbook.created = meta.created ?? new Date();
  const used = new Set<string>();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheetName(sheet.title, used));
    worksheet.columns = sheet.columns.map((column, index) => ({
      header: column.header,
      key: `c${index}`,
      width: column.kind === 'text' ? 32 : 14,
      style: { numFmt: FORMATS[column.kind] },
    }));
    worksheet.getRow(1).font = { bold: true };
    worksheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of sheet.rows) worksheet.addRow(row.map((cell) => (typeof cell === 'string' ? exportedText(cell) : cell ?? null)));
  }
  return workbook;
}

export async function buildXlsxBlob(sheets: readonly ReportSheet[], meta: { title: string }): Promise<Blob> {
  const workbook = await buildWorkbook(sheets, meta);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

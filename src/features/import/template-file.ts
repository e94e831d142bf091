// The template to fill in: the expected headers and one example row, as CSV (UTF-8 with BOM, `;`,
// as Excel in Belgium opens it) or XLSX.
import { csvLine, templateRows } from '../../domain/import';

export const TEMPLATE_FILE_NAME = 'modele-import-vdc';

export function templateCsvBlob(): Blob {
  const text = `\uFEFF${templateRows().map((row) => csvLine(row)).join('\r\n')}\r\n`;
  return new Blob([text], { type: 'text/csv;charset=utf-8' });
}

export async function templateXlsxBlob(): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Import');
  const [headers = [], ...rows] = templateRows();
  sheet.columns = headers.map((header) => ({ header, width: Math.max(14, header.length + 4), style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

// XLSX export (docs/report-counting.md, "Exports and print"): a first sheet saying what the report
// is (programme, period in words, sites, when it was made, what the masked cells mean, the list of
// tables), then one sheet per table: its full title, a bold header row, the rows, its notes. Counts
// and years are numbers ("0"), rates percentage-formatted numbers ("0%"), labels text; a masked
// cell is the text "<5" or "masqué". Text cells carry no bidi controls (docs/display-of-names.md).
// exceljs is big, so it is imported here dynamically: it is fetched only when the user exports,
// never with the first screen.
import type { Workbook } from 'exceljs';
import { exportedText } from '../../domain/bidi';
import type { ReportCover } from './report-cover';
import type { ReportSheet } from './report-tables';

const FORMATS = { int: '0', percent: '0%', year: '0', text: '@' } as const;
const MAX_SHEET_NAME = 31;
/** Little words a shortened name should not end on ("Accompagnements par métier et"). */
const DANGLING = new Set(['à', 'au', 'aux', 'de', 'des', 'du', 'd', 'la', 'le', 'les', 'l', 'et', 'en', 'par', 'pour', 'sur', 'van', 'het', 'een', 'en', 'per', 'op', 'naar', 'met', 'voor', 'of', 'the', 'and', 'by', 'to', 'in', 'for', '-', '–', ':']);

/** A title within Excel's 31 characters, cut between words (never in one), without a dangling little word. */
export function shortenTitle(title: string, max = MAX_SHEET_NAME): string {
  const clean = title.replace(/\s*:\s*/g, ' - ').replace(/[\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const words = clean.replace(/[()]/g, '').split(' ');
  const kept: string[] = [];
  for (const word of words) {
    if ([...kept, word].join(' ').length > max) break;
    kept.push(word);
  }
  while (kept.length > 1 && DANGLING.has((kept.at(-1) ?? '').toLowerCase().replace(/'$/, ''))) kept.pop();
  // A first word longer than the limit is all there is to cut.
  return kept.length > 0 ? kept.join(' ') : clean.slice(0, max);
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ] (a colon becomes a dash), cut between words, unique. */
export function sheetName(title: string, used: Set<string>): string {
  const base = shortenTitle(title) || 'Sheet';
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${shortenTitle(base, MAX_SHEET_NAME - String(n).length - 1)} ${n}`;
  used.add(name.toLowerCase());
  return name;
}

export async function buildWorkbook(sheets: readonly ReportSheet[], cover: ReportCover, created: Date = new Date()): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = cover.title;
  workbook.created = created;
  const used = new Set<string>();
  const first = workbook.addWorksheet(sheetName(cover.title, used));
  const names = sheets.map((sheet) => sheetName(sheet.title, used));

  first.columns = [{ width: 28 }, { width: 90 }];
  first.addRow([exportedText(cover.title)]).font = { bold: true, size: 14 };
  first.addRow([]);
  for (const [label, value] of cover.lines) {
    const row = first.addRow([exportedText(label), exportedText(value)]);
    row.getCell(1).font = { bold: true };
  }
  first.addRow([]);
  for (const text of cover.legend) first.addRow([exportedText(text)]);
  first.addRow([]);
  sheets.forEach((sheet, index) => first.addRow([names[index] ?? '', exportedText(sheet.title)]));

  sheets.forEach((sheet, index) => {
    const worksheet = workbook.addWorksheet(names[index] ?? `Sheet ${index + 1}`);
    worksheet.columns = sheet.columns.map((column) => ({ width: column.kind === 'text' ? 32 : 14, style: { numFmt: FORMATS[column.kind] } }));
    const title = worksheet.addRow([exportedText(sheet.title)]);
    title.font = { bold: true, size: 13 };
    title.getCell(1).numFmt = '@';
    const header = worksheet.addRow(sheet.columns.map((column) => exportedText(column.header)));
    header.font = { bold: true };
    header.eachCell((cell) => (cell.numFmt = '@'));
    worksheet.views = [{ state: 'frozen', ySplit: 2 }];
    for (const row of sheet.rows) {
      const added = worksheet.addRow(row.map((cell) => (typeof cell === 'string' ? exportedText(cell) : cell ?? null)));
      // A masked count ("<5") is text in a number column: aligned as the numbers are.
      added.eachCell((cell, column) => {
        if (typeof cell.value === 'string' && sheet.columns[column - 1]?.kind !== 'text') cell.alignment = { horizontal: 'right' };
      });
    }
    if (sheet.notes?.length) {
      worksheet.addRow([]);
      for (const note of sheet.notes) worksheet.addRow([exportedText(note)]).getCell(1).numFmt = '@';
    }
  });
  return workbook;
}

export async function buildXlsxBlob(sheets: readonly ReportSheet[], cover: ReportCover, created?: Date): Promise<Blob> {
  const workbook = await buildWorkbook(sheets, cover, created);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

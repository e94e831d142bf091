// The template files read back through the same reader as an adviser's file: XLSX with exceljs,
// CSV with a BOM; and an XLSX with real date cells gives ISO dates.
import { describe, expect, it } from 'vitest';
import { proposeMapping, planRows, templateRows } from '../../domain/import';
import { readSheetFile } from './read-sheet';
import { templateCsvBlob, templateXlsxBlob } from './template-file';

async function fileOf(blob: Blob, name: string): Promise<File> {
  return new File([new Uint8Array(await blob.arrayBuffer())], name);
}

describe('template and reading', () => {
  it.each([
    ['modele.csv', async () => templateCsvBlob()],
    ['modele.xlsx', templateXlsxBlob],
  ])('%s reads back as the template rows, and its example row imports', async (name, build) => {
    const rows = await readSheetFile(await fileOf(await build(), name));
    expect(rows).toEqual(templateRows().map((row) => row.map((cell) => cell)));
    const [planned] = planRows(rows, proposeMapping(rows[0] ?? []));
    expect(planned?.problems).toEqual([]);
    expect(planned?.spocAction?.kind).toBe('individuelle');
    expect(planned?.accompaniment?.metier).toBe('aide-menager');
  }, 60_000);

  it('reads date cells of an XLSX as calendar days', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('A');
    sheet.addRow(['Nom', 'Date de naissance', 'Téléphone']);
    sheet.addRow(['Dupont', new Date(Date.UTC(1988, 2, 15)), 470123456]);
    const blob = new Blob([await workbook.xlsx.writeBuffer()]);
    expect(await readSheetFile(await fileOf(blob, 'dates.xlsx'))).toEqual([
      ['Nom', 'Date de naissance', 'Téléphone'],
      ['Dupont', '1988-03-15', '470123456'],
    ]);
  }, 60_000);
});

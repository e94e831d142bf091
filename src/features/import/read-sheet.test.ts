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
    const { rows } = await readSheetFile(await fileOf(await build(), name));
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
    expect((await readSheetFile(await fileOf(blob, 'dates.xlsx'))).rows).toEqual([
      ['Nom', 'Date de naissance', 'Téléphone'],
      ['Dupont', '1988-03-15', '470123456'],
    ]);
  }, 60_000);
});

describe('real files (tests/fixtures/import, built by build-fixtures.mjs)', () => {
  const fixture = async (name: string) => {
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile(`${process.cwd()}/tests/fixtures/import/${name}`);
    return new File([new Uint8Array(bytes)], name);
  };

  it('reads an XLSX below its title: years in date cells as years, saved formula values, and marks formulas with no value', async () => {
    const read = await readSheetFile(await fixture('title-formulas.xlsx'));
    expect(read.headerIndex).toBe(2);
    expect(read.rows[3]?.slice(0, 3)).toEqual(['Fichier-Annee', 'Samira', '1987']);
    expect(read.rows[5]?.[1]).toBe('Karima');
    expect([...read.uncomputed]).toEqual(['6:2']);
    const planned = planRows(read.rows, proposeMapping(read.rows[2] ?? []), { headerIndex: read.headerIndex, uncomputed: read.uncomputed });
    expect(planned.map((row) => [row.row, row.candidate.birthDate ?? '', row.problems.map((problem) => problem.reason)])).toEqual([
      [4, '1987', []],
      [5, '1992', []],
      [6, '1990', []],
      [7, '', ['formulaWithoutValue']],
      [8, '1980', ['formulaText']],
      [9, '1850', ['birthDateTooOld']],
    ]);
    expect(planned[0]?.spocAction?.date).toBe('2025-02-12');
  }, 60_000);

  it('detects a Belgian Excel CSV as Windows-1252 and recognises its accented headers', async () => {
    const read = await readSheetFile(await fixture('belgian-excel.csv'));
    expect(read.encoding).toBe('windows-1252');
    expect(read.rows[0]).toEqual(['Nom', 'Prénom', 'Date de naissance', 'Téléphone', 'Commune', 'Remarques']);
    expect(proposeMapping(read.rows[0] ?? [])).toEqual(['lastName', 'firstName', 'birthDate', 'phone', 'commune', 'notes']);
    expect(read.rows.slice(1).map((row) => row[1])).toEqual(['Hélène', 'Sébastien', 'Zoë']);
    // Read as UTF-8 when the adviser says so: the accents are lost, and she sees it in the preview.
    expect((await readSheetFile(await fixture('belgian-excel.csv'), 'utf-8')).rows[1]?.[1]).not.toBe('Hélène');
  });
});

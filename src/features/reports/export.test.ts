// The exports: an XLSX round trip through exceljs, the "<5" masking, and CSV escaping.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { computeActivityReport } from '../../domain/report';
import { buildCsv, escapeCsvCell } from './export-csv';
import { buildWorkbook, sheetName } from './export-xlsx';
import { buildExportSheets, type LabelContext, type ReportSheet } from './report-tables';
import { reportTestInput, SITES } from './test-data';

const i18n = createI18n('fr');
const ctx: LabelContext = { t: i18n.t, language: 'fr', siteName: (id) => SITES.find((site) => site.id === id)?.data.name ?? id };
const report = computeActivityReport(reportTestInput(), { from: '2024-01-01', to: '2024-12-31', asOf: '2024-12-31' });
const sheets = buildExportSheets(report, ctx);

describe('XLSX export', () => {
  it('writes one sheet per table that exceljs reads back, with bold headers, formats and masked profile cells', async () => {
    const workbook = await buildWorkbook(sheets, { title: 'test' });
    const buffer = await workbook.xlsx.writeBuffer();
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(buffer);

    const names = read.worksheets.map((sheet) => sheet.name);
    expect(names).toHaveLength(sheets.length);
    expect(names.slice(0, 4)).toEqual(["Objectifs et taux d'atteinte", 'SPOC par site', 'Métiers les plus demandés (SPOC', 'Accompagnement par site']);
    expect(names).toContain('Profil - commune de résidence');

    const spoc = read.getWorksheet('SPOC par site');
    expect(spoc?.getRow(1).values).toEqual([undefined, 'Site', 'Actions', 'Personnes', 'Individuelles', 'Collectives', 'Mail / téléphone', 'Contacts non nommés']);
    expect(spoc?.getRow(1).getCell(1).font?.bold).toBe(true);
    const total = spoc?.getRow(spoc.rowCount);
    expect(total?.getCell(1).value).toBe('Total');
    expect(total?.getCell(3).value).toBe(report.spoc.total.persons);
    expect(total?.getCell(7).value).toBe(report.spoc.total.contacts);
    const targets = read.getWorksheet("Objectifs et taux d'atteinte");
    expect(targets?.getRow(2).getCell(2).value).toBe(320);
    expect(targets?.getRow(2).getCell(4).value).toBeCloseTo(report.spoc.total.persons / 320);
    expect(targets?.getRow(2).getCell(4).numFmt).toBe('0%');
    expect(total?.getCell(3).numFmt).toBe('0');

    const validation = read.getWorksheet('Parcours de validation par site');
    const validationTotal = validation?.getRow(validation.rowCount);
    expect(validationTotal?.getCell(5).value).toBe(report.validation.total.presenceRate);
    expect(validationTotal?.getCell(5).numFmt).toBe('0%');

    // 4 persons in Etterbeek → "<5"; 6 women stay 6.
    expect(report.profiles.commune.etterbeek).toBe(4);
    expect(report.profiles.gender.F).toBe(6);
    const commune = read.getWorksheet('Profil - commune de résidence');
    const etterbeek = commune?.getRows(2, commune.rowCount - 1)?.find((row) => row.getCell(1).value === 'Etterbeek');
    expect(etterbeek?.getCell(2).value).toBe('<5');
    const gender = read.getWorksheet('Profil - genre');
    const women = gender?.getRows(2, gender.rowCount - 1)?.find((row) => row.getCell(1).value === 'Femme');
    expect(women?.getCell(2).value).toBe(6);
  });

  it('writes site names without bidi controls, right-to-left names too', async () => {
    const named: ReportSheet[] = [{ id: 'spoc-sites', title: 'Sites', columns: [{ header: 'Site', kind: 'text' }], rows: [['\u2068مركز\u2069'], ['ML \u202EkeebrahcS']] }];
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await (await buildWorkbook(named, { title: 'test' })).xlsx.writeBuffer());
    expect(read.getWorksheet('Sites')?.getColumn(1).values.slice(2)).toEqual(['مركز', 'ML keebrahcS']);
    expect(buildCsv(named, 'table').split('\r\n').slice(1, 3)).toEqual(['spoc-sites,مركز', 'spoc-sites,ML keebrahcS']);
  });

  it('names sheets within Excel limits, uniquely', () => {
    const used = new Set<string>();
    expect(sheetName('A very long title: with / forbidden [characters] and more', used)).toBe('A very long title - with   forb');
    expect(sheetName('Même', used)).toBe('Même');
    expect(sheetName('même', used)).toBe('même 2');
  });
});

describe('CSV export', () => {
  it('neutralises formulas and quotes separators', () => {
    expect(escapeCsvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(escapeCsvCell('+32 2 000')).toBe("'+32 2 000");
    expect(escapeCsvCell('-1')).toBe("'-1");
    expect(escapeCsvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(escapeCsvCell('Aide-comptable, junior')).toBe('"Aide-comptable, junior"');
    expect(escapeCsvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(escapeCsvCell(-3)).toBe('-3');
    expect(escapeCsvCell(0.5)).toBe('0.5');
    expect(escapeCsvCell(null)).toBe('');
    expect(escapeCsvCell('Schaerbeek')).toBe('Schaerbeek');
    // A bidi control in front cannot hide a formula from the check.
    expect(escapeCsvCell('\u202E=1+1')).toBe("'=1+1");
  });

  it('writes every table in one file, each line named by its table, profiles masked', () => {
    const csv = buildCsv(sheets, 'Tableau');
    expect(csv.startsWith('\uFEFFTableau,Objectif de,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toContain(`spoc-sites,Total,${report.spoc.total.actions},${report.spoc.total.persons},1,1,1,${report.spoc.total.contacts}`);
    expect(lines).toContain('profile-commune,Etterbeek,<5');
    expect(lines).toContain('profile-gender,Femme,6');
    const tables = new Set(lines.filter(Boolean).map((line) => line.split(',')[0]));
    expect([...tables].filter((id) => id !== 'Tableau')).toEqual(sheets.map((sheet: ReportSheet) => sheet.id));
  });
});

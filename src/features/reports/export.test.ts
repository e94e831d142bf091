// The exports as a Belgian coordinator opens them: the XLSX read back by a reader that is not the
// writer's library (tests/support/xlsx-reader.ts), the CSV in each language's dialect, the masking,
// sheet names never cut in a word, and the period in words.
import { describe, expect, it } from 'vitest';
import { readXlsx, type ReadSheet } from '../../../tests/support/xlsx-reader';
import { createI18n } from '../../i18n';
import { computeActivityReport } from '../../domain/report';
import { buildCsv, escapeCsvCell, csvDialect } from './export-csv';
import { buildWorkbook, sheetName, shortenTitle } from './export-xlsx';
import { partialYearNote, periodInWords } from './period-words';
import { reportCover } from './report-cover';
import { buildExportSheets, buildReportSheets, type LabelContext, type ReportSheet } from './report-tables';
import { reportTestInput, SITES } from './test-data';

const MADE_AT = new Date('2026-12-06T09:30:00Z');
const report = computeActivityReport(reportTestInput(), { from: '2024-01-01', to: '2024-12-31', asOf: '2024-12-31' });
const siteNames = SITES.map((site) => site.data.name ?? site.id);

function setUp(language: 'fr' | 'nl' | 'en') {
  const i18n = createI18n(language);
  const ctx: LabelContext = { t: i18n.t, language, siteName: (id) => SITES.find((site) => site.id === id)?.data.name ?? id };
  const cover = reportCover({ period: report.period, siteNames, madeAt: MADE_AT, t: i18n.t, language });
  return { t: i18n.t, ctx, cover, screen: buildReportSheets(report, ctx), sheets: buildExportSheets(report, ctx) };
}

async function xlsxOf(sheets: readonly ReportSheet[], cover: ReturnType<typeof setUp>['cover']): Promise<ReadSheet[]> {
  const buffer = await (await buildWorkbook(sheets, cover, MADE_AT)).xlsx.writeBuffer();
  return readXlsx(new Uint8Array(buffer as ArrayBuffer));
}

const values = (sheet: ReadSheet | undefined) => (sheet?.rows ?? []).map((row) => (row ?? []).map((cell) => cell?.value));

describe('XLSX export, read back without exceljs', () => {
  it('opens on a sheet saying the programme, the period in words, the sites and when it was made', async () => {
    const { cover, sheets } = setUp('fr');
    const book = await xlsxOf(sheets, cover);
    expect(book[0]?.name).toBe("Rapport d'activités");
    const first = values(book[0]);
    expect(first[0]).toEqual(["Rapport d'activités"]);
    expect(first).toContainEqual(['Programme', 'SPOC & Accompagnement à la VDC']);
    expect(first).toContainEqual(['Période', 'du 1er janvier au 31 décembre 2024']);
    expect(first).toContainEqual(['Sites', 'Mission locale de Bruxelles, CPAS']);
    expect(first).toContainEqual(['Établi le', expect.stringMatching(/^6 décembre 2026 (à )?10:30$/)]);
    expect(first.flat()).toContain('« <5 » : de 1 à 4 personnes, chiffre masqué pour qu’on ne reconnaisse personne.');
    expect(book).toHaveLength(sheets.length + 1);
  });

  it('gives each table a sheet with the screen’s figures: counts and years as numbers, rates as percentages, small cells masked', async () => {
    const { cover, sheets, screen } = setUp('fr');
    const book = await xlsxOf(sheets, cover);
    const spoc = book.find((sheet) => sheet.name === 'SPOC par site');
    expect(spoc?.rows[0]?.[0]?.value).toBe('SPOC par site');
    expect(values(spoc)[1]).toEqual(['Site', 'Actions', 'Personnes', 'Individuelles', 'Collectives', 'Mail / téléphone', 'Contacts non nommés']);
    // The screen's rows, but the sites' small figures masked (the total row stays): then its notes.
    const screenSpoc = screen.find((sheet) => sheet.id === 'spoc-sites');
    const width = screenSpoc?.columns.length ?? 0;
    const shown = values(spoc).slice(2, 2 + (screenSpoc?.rows.length ?? 0));
    expect(shown.at(-1)).toEqual(screenSpoc?.rows.at(-1));
    expect(shown.slice(0, -1).map((row) => Array.from({ length: width }, (_, index) => row[index] ?? null))).toEqual([
      ['CPAS', 'masqué', '<5', 'masqué', 'masqué', 'masqué', 0],
      ['Mission locale de Bruxelles', 'masqué', '<5', 'masqué', 'masqué', 'masqué', 8],
    ]);
    const total = spoc?.rows.find((row) => row[0]?.value === 'Total');
    expect(total?.[2]).toEqual({ value: report.spoc.total.persons, format: '0' });
    // The network's one goal, compared with its distinct persons.
    const goals = book.find((sheet) => sheet.rows[0]?.[0]?.value === "Objectifs et taux d'atteinte");
    const network = goals?.rows.find((row) => String(row[0]?.value).startsWith('Réseau'));
    expect(network?.[1]).toEqual({ value: 320, format: '0' });
    expect(network?.[3]?.format).toBe('0%');
    expect(network?.[3]?.value).toBeCloseTo(report.spoc.total.persons / 320, 12);

    const evolution = book.find((sheet) => sheet.name === 'Évolution des personnes par');
    expect(evolution).toBeUndefined(); // never ends on a little word
    const evolutionSheet = book.find((sheet) => sheet.rows[0]?.[0]?.value === 'Évolution des personnes par site et par année');
    expect(evolutionSheet?.name).toBe('Évolution des personnes');
    expect(evolutionSheet?.rows[2]?.[0]).toEqual({ value: report.evolution.network[0]?.year, format: '0' });

    // 4 persons live in Etterbeek: "<5", as text in the number column; 6 women stay 6, unless their
    // cell is the complement that keeps a "<5" of the same table from being worked out.
    expect(report.profiles.commune.etterbeek).toBe(4);
    expect(report.profiles.gender.F).toBe(6);
    const commune = book.find((sheet) => sheet.name === 'Profil - commune de résidence');
    expect(values(commune).find((row) => row[0] === 'Etterbeek')?.[1]).toBe('<5');
    const gender = book.find((sheet) => sheet.name === 'Profil - genre');
    expect([6, 'masqué']).toContain(values(gender).find((row) => row[0] === 'Femme')?.[1]);
  });

  it('names sheets within 31 characters, between words, uniquely, in the interface language', async () => {
    for (const language of ['fr', 'nl', 'en'] as const) {
      const { cover, sheets } = setUp(language);
      const book = await xlsxOf(sheets, cover);
      const names = book.map((sheet) => sheet.name);
      expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
      book.slice(1).forEach((sheet, index) => {
        const words = (text: string) => text.replace(/\s*:\s*/g, ' - ').replace(/[()]/g, '');
        const title = words(sheets[index]?.title ?? '');
        expect(sheet.name.length).toBeLessThanOrEqual(31);
        // The name is the title's first whole words.
        expect(`${title} `.startsWith(`${words(sheet.name)} `), `${sheet.name} ⊄ ${title}`).toBe(true);
      });
      if (language === 'nl') expect(names[0]).toBe('Activiteitenverslag');
    }
    const used = new Set<string>();
    expect(sheetName('A very long title: with / forbidden [characters] and more', used)).toBe('A very long title - with');
    expect(sheetName('Même', used)).toBe('Même');
    expect(sheetName('même', used)).toBe('même 2');
    expect(shortenTitle('Accompagnements par métier et site')).toBe('Accompagnements par métier');
    expect(shortenTitle('Métiers les plus demandés (SPOC)')).toBe('Métiers les plus demandés SPOC');
  });

  it('writes module and zone labels in the interface language', () => {
    expect(report.modules.length).toBeGreaterThan(0);
    for (const [language, fle, zones] of [
      ['en', 'French as a foreign language', ['West', 'North-West', 'Centre', 'North-East', 'South', 'South-East', 'Outside the Brussels Region', 'Not filled in']],
      ['nl', 'Frans als vreemde taal', ['West', 'Noordwest', 'Centrum', 'Noordoost', 'Zuid', 'Zuidoost', 'Buiten het Brussels Gewest', 'Niet ingevuld']],
    ] as const) {
      const { screen } = setUp(language);
      const modules = screen.find((sheet) => sheet.id === 'modules')?.rows.map((row) => row[1]) ?? [];
      if (report.modules.some((row) => row.module === 'fle')) expect(modules).toContain(fle);
      expect(modules.some((label) => ['Gestion du stress', 'Remise à niveau', 'Numérique'].includes(String(label)))).toBe(false);
      const zoneLabels = screen.find((sheet) => sheet.id === 'profile-zone')?.rows.map((row) => String(row[0])) ?? [];
      expect(zoneLabels.length).toBeGreaterThan(0);
      for (const label of zoneLabels) expect(zones as readonly string[], label).toContain(label);
    }
  });

  it('writes names without bidi controls, right-to-left names too', async () => {
    const { cover } = setUp('fr');
    const named: ReportSheet[] = [{ id: 'spoc-sites', title: 'Sites', columns: [{ header: 'Site', kind: 'text' }], rows: [['\u2068مركز\u2069'], ['ML \u202EkeebrahcS']] }];
    const book = await xlsxOf(named, cover);
    expect(values(book[1]).slice(2)).toEqual([['مركز'], ['ML keebrahcS']]);
    expect(buildCsv(named, cover, 'fr').split('\r\n')).toContain('مركز');
  });
});

describe('CSV export', () => {
  it('neutralises formulas and quotes separators', () => {
    const fr = csvDialect('fr');
    expect(escapeCsvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(escapeCsvCell('+32 2 000')).toBe("'+32 2 000");
    expect(escapeCsvCell('-1')).toBe("'-1");
    expect(escapeCsvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(escapeCsvCell('Aide-comptable, junior')).toBe('"Aide-comptable, junior"');
    expect(escapeCsvCell('Aide-comptable, junior', fr)).toBe('Aide-comptable, junior');
    expect(escapeCsvCell('A; B', fr)).toBe('"A; B"');
    expect(escapeCsvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(escapeCsvCell(-3)).toBe('-3');
    expect(escapeCsvCell(0.5)).toBe('0.5');
    expect(escapeCsvCell(null)).toBe('');
    expect(escapeCsvCell('Schaerbeek')).toBe('Schaerbeek');
    // A bidi control in front cannot hide a formula from the check.
    expect(escapeCsvCell('\u202E=1+1')).toBe("'=1+1");
  });

  it('writes percentages as percentages with the language’s decimal mark, counts as plain digits', () => {
    expect(escapeCsvCell(1.35, csvDialect('fr'), 'percent')).toBe('135 %');
    expect(escapeCsvCell(0.20625, csvDialect('fr'), 'percent')).toBe('20,6 %');
    expect(escapeCsvCell(0.20625, csvDialect('nl'), 'percent')).toBe('20,6%');
    expect(escapeCsvCell(0.20625, csvDialect('en'), 'percent')).toBe('20.6%');
    expect(escapeCsvCell(1030, csvDialect('fr'), 'int')).toBe('1030');
    expect(escapeCsvCell(2024, csvDialect('nl'), 'year')).toBe('2024');
  });

  it('is one file: the cover lines, then each table under its title, ";" in French, profiles masked', () => {
    const { cover, sheets } = setUp('fr');
    const csv = buildCsv(sheets, cover, 'fr');
    expect(csv.startsWith("\uFEFFRapport d'activités\r\nProgramme;SPOC & Accompagnement à la VDC\r\nPériode;du 1er janvier au 31 décembre 2024\r\n")).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    const at = lines.indexOf('SPOC par site');
    expect(at).toBeGreaterThan(0);
    expect(lines[at - 1]).toBe('');
    expect(lines[at + 1]).toBe('Site;Actions;Personnes;Individuelles;Collectives;Mail / téléphone;Contacts non nommés');
    expect(lines).toContain(`Total;${report.spoc.total.actions};${report.spoc.total.persons};1;1;1;${report.spoc.total.contacts}`);
    const ratio = escapeCsvCell(report.spoc.total.persons / 320, csvDialect('fr'), 'percent');
    expect(ratio).toMatch(/^\d+(,\d)? %$/);
    expect(lines.some((line) => line.startsWith('Réseau') && line.includes(`;320;${report.spoc.total.persons};${ratio};`))).toBe(true);
    expect(lines).toContain('Etterbeek;<5');
    expect(lines).toContain('Femme;6');
    for (const sheet of sheets) expect(lines).toContain(sheet.title.includes(';') ? `"${sheet.title}"` : sheet.title);
    expect(lines.some((line) => /^(spoc-sites|profile-)/.test(line))).toBe(false);
  });

  it('uses "," and "." in English, ";" and "," in Dutch', () => {
    const en = setUp('en');
    expect(buildCsv(en.sheets, en.cover, 'en').split('\r\n')[2]).toBe('Period,from 1 January to 31 December 2024');
    const nl = setUp('nl');
    expect(buildCsv(nl.sheets, nl.cover, 'nl').split('\r\n')[2]).toBe('Periode;van 1 januari tot en met 31 december 2024');
  });
});

describe('the period in words and a period shorter than its year', () => {
  it('says the period as a reader does', () => {
    const fr = createI18n('fr').t;
    expect(periodInWords({ from: '2024-01-01', to: '2024-12-31' }, fr, 'fr')).toBe('du 1er janvier au 31 décembre 2024');
    expect(periodInWords({ from: '2023-10-01', to: '2024-03-31' }, fr, 'fr')).toBe('du 1er octobre 2023 au 31 mars 2024');
    expect(periodInWords({ from: '2024-04-01', to: '2024-06-30' }, createI18n('en').t, 'en')).toBe('from 1 April to 30 June 2024');
  });

  it('notes beside the ratio that a quarter is compared with the yearly target, and says nothing for a whole year', () => {
    const fr = createI18n('fr').t;
    expect(partialYearNote({ from: '2024-01-01', to: '2024-12-31' }, fr, 'fr')).toBeUndefined();
    expect(partialYearNote({ from: '2023-01-01', to: '2024-12-31' }, fr, 'fr')).toBeUndefined();
    expect(partialYearNote({ from: '2024-01-01', to: '2024-03-31' }, fr, 'fr')).toMatch(/91 jours sur 366 \(25\s%/u);
    const quarter = computeActivityReport(reportTestInput(), { from: '2024-01-01', to: '2024-03-31' });
    const { ctx } = setUp('fr');
    const sheets = buildReportSheets(quarter, ctx);
    expect(sheets.find((sheet) => sheet.id === 'targets')?.notes?.some((note) => note.includes('Objectif annuel'))).toBe(true);
    expect(sheets.find((sheet) => sheet.id === 'modules')?.notes).toBeUndefined();
  });
});

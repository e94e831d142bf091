// What real spreadsheets bring: a title above the headers, years alone, dd.mm.yy dates, formulas
// with no saved value, values to map once for the whole file, and the refused rows kept as a CSV.
import { describe, expect, it } from 'vitest';
import {
  decisionKey,
  decodeCsv,
  detectEncoding,
  findHeaderRow,
  matchMetier,
  parseBirthDate,
  parseCsv,
  parseDate,
  planRows,
  proposeMapping,
  refusedRowsCsv,
  suggestCode,
  unmappedValues,
} from '.';

describe('reading a Belgian Excel CSV', () => {
  it('tells Windows-1252 from UTF-8 and decodes accented headers', () => {
    const cp1252 = new Uint8Array([0x50, 0x72, 0xe9, 0x6e, 0x6f, 0x6d, 0x3b, 0x54, 0xe9, 0x6c, 0xe9, 0x70, 0x68, 0x6f, 0x6e, 0x65]); // Prénom;Téléphone
    expect(detectEncoding(cp1252)).toBe('windows-1252');
    const rows = parseCsv(decodeCsv(cp1252, 'windows-1252'));
    expect(rows).toEqual([['Prénom', 'Téléphone']]);
    expect(proposeMapping(rows[0] ?? [])).toEqual(['firstName', 'phone']);
    expect(detectEncoding(new TextEncoder().encode('Prénom;Téléphone'))).toBe('utf-8');
  });
});

describe('the header row', () => {
  it('is found below a title and a blank row', () => {
    expect(findHeaderRow([['Liste des candidats 2025'], [], ['Nom', 'Prénom', 'Naissance'], ['Dupont', 'Amina', '1988']])).toBe(2);
  });
  it('is the first filled row when no row names two fields', () => {
    expect(findHeaderRow([[], ['x', 'y'], ['1', '2']])).toBe(1);
  });
  it('gives rows their spreadsheet numbers', () => {
    const sheet = [['Liste 2025'], [], ['Nom', 'Prénom'], ['Dupont', 'Amina'], [], ['Peeters', 'Jan']];
    const planned = planRows(sheet, proposeMapping(sheet[2] ?? []), { headerIndex: 2 });
    expect(planned.map((row) => [row.row, row.candidate.lastName])).toEqual([[4, 'Dupont'], [6, 'Peeters']]);
  });
});

describe('dates of real files', () => {
  it.each([
    ['2026', { ok: true, value: '2026' }],
    ['1988', { ok: true, value: '1988' }],
    ['15.03.88', { ok: true, value: '1988-03-15' }],
  ])('birth date %s', (input, expected) => {
    expect(parseBirthDate(input)).toEqual(expected);
  });
  it.each([
    ['12.02.25', '2025-02-12'],
    ['12.02.99', '1999-02-12'],
    ['5/3/26', '2026-03-05'],
  ])('dd.mm.yy %s → %s', (input, iso) => {
    expect(parseDate(input, '2026-12-06')).toEqual({ ok: true, value: iso });
  });
  it('a year alone is never an Excel serial', () => {
    expect(parseDate('2026')).toEqual({ ok: false, reason: 'yearOnly' });
  });
});

describe('formulas', () => {
  it('reports a formula with no saved value in words, never as an empty cell', () => {
    const sheet = [['Nom', 'Date de naissance'], ['Dupont', '']];
    const [row] = planRows(sheet, proposeMapping(sheet[0] ?? []), { uncomputed: new Set(['1:1']) });
    expect(row?.problems).toEqual([{ row: 2, column: 'Date de naissance', field: 'birthDate', value: '', reason: 'formulaWithoutValue' }]);
  });
});

describe('value mapping', () => {
  const header = ['Nom', 'Commune', 'Métier', 'Date début accompagnement'];
  const sheet = [header, ['A', 'Laeken', 'Aide-ménagère', '01/03/2025'], ['B', 'Molenbeek', 'Cariste', '01/03/2025'], ['C', 'Laeken', 'Aide-ménagère', '01/03/2025'], ['D', 'Liège', '', '']];

  it('lists each distinct value once with the rows carrying it, refusing those rows until decided', () => {
    const planned = planRows(sheet, proposeMapping(header));
    expect(unmappedValues(planned).map((value) => [value.field, value.value, value.rows])).toEqual([
      ['commune', 'Laeken', [2, 4]],
      ['metier', 'Aide-ménagère', [2, 4]],
      ['commune', 'Molenbeek', [3]],
      ['metier', 'Cariste', [3]],
      ['commune', 'Liège', [5]],
    ]);
    expect(planned.every((row) => row.problems.length > 0)).toBe(true);
  });

  it.each([
    ['commune', '1000 Bruxelles', 'bruxelles'],
    ['commune', 'Laeken', 'bruxelles'],
    ['commune', 'Molenbeek', 'molenbeek-saint-jean'],
    ['commune', 'Woluwe', undefined],
    ['commune', 'Liège', undefined],
    ['metier', 'Aide-ménagère', 'aide-menager'],
    ['metier', 'Cariste', 'conducteur-chariot-elevateur'],
    ['metier', 'Coiffeuse', 'coiffeur'],
    ['metier', 'Astronaute', undefined],
  ] as const)('suggests for %s « %s » → %s', (field, value, code) => {
    expect(suggestCode(field, value)).toBe(code);
  });

  it('maps a métier through one function: codes and labels exactly, other words as suggestions only', () => {
    expect(matchMetier('Aide-ménager(ère)')).toEqual({ code: 'aide-menager', exact: true });
    expect(matchMetier('huishoudhulp')).toEqual({ code: 'aide-menager', exact: true }); // the catalogue's Dutch label
    expect(matchMetier('Aide-ménagère')).toEqual({ code: 'aide-menager', exact: false });
  });

  it('applies each decision to the whole file; a value left empty keeps the row with the field empty', () => {
    const decisions = new Map<string, string | null>([
      [decisionKey('commune', 'laeken'), 'bruxelles'],
      [decisionKey('metier', 'Aide-ménagère'), 'aide-menager'],
      [decisionKey('commune', 'Molenbeek'), 'molenbeek-saint-jean'],
      [decisionKey('metier', 'Cariste'), null],
      [decisionKey('commune', 'Liège'), 'hors-bruxelles'],
    ]);
    const planned = planRows(sheet, proposeMapping(header), { decisions });
    expect(planned.map((row) => [row.candidate.communeCode, row.accompaniment?.metier, row.problems.map((problem) => problem.reason)])).toEqual([
      ['bruxelles', 'aide-menager', []],
      ['molenbeek-saint-jean', undefined, ['metierRequired']],
      ['bruxelles', 'aide-menager', []],
      ['hors-bruxelles', undefined, []],
    ]);
  });
});

describe('the refused rows file', () => {
  it('keeps the file\'s cells with the row number and the reasons, formulas made inert', () => {
    const sheet = [['Titre'], ['Nom', 'Téléphone'], ['=1+1', '12'], ['Dupont', '0470 12 34 56']];
    const planned = planRows(sheet, proposeMapping(sheet[1] ?? []), { headerIndex: 1 });
    const csv = refusedRowsCsv(sheet, 1, planned, { row: 'Ligne', reasons: 'Motifs' }, (reason) => `<${reason}>`);
    expect(csv).toBe('\uFEFFLigne;Motifs;Nom;Téléphone\r\n3;"Nom ""=1+1"": <formulaText> | Téléphone ""12"": <phoneTooShort>";\'=1+1;12\r\n');
  });
});

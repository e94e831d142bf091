// Table-driven tests of the pure import: CSV reading, header proposal, value parsing, row
// validation and duplicate flagging.
import { describe, expect, it } from 'vitest';
import { buildCandidateIndex } from '../matching';
import {
  flagDuplicates,
  parseBirthDate,
  parseCommune,
  parseCsv,
  parseDate,
  parseExitReason,
  parseGender,
  parseMetier,
  parsePhone,
  parseSpocKind,
  planRows,
  proposeMapping,
  templateRows,
} from '.';

describe('parseCsv', () => {
  it.each([
    ['semicolons with a BOM', '\uFEFFNom;Prénom\nDupont;Amina\n', [['Nom', 'Prénom'], ['Dupont', 'Amina']]],
    ['commas and CRLF', 'Nom,Prénom\r\nDupont,Amina\r\n', [['Nom', 'Prénom'], ['Dupont', 'Amina']]],
    ['quoted separators, quotes and line breaks', 'a;b\n"x;y";"say ""hi""\nthere"\n', [['a', 'b'], ['x;y', 'say "hi"\nthere']]],
    ['blank lines kept as empty rows (row numbers stay the file\'s), trailing ones dropped', 'a;b\n\n;\n1;2\n\n', [['a', 'b'], [], [], ['1', '2']]],
    ['a title line above the headers does not choose the separator', 'Liste 2025\nNom;Prénom\nDupont;Amina', [['Liste 2025'], ['Nom', 'Prénom'], ['Dupont', 'Amina']]],
    ['commas inside quotes do not choose the separator', '"a,b";c;d\n1;2;3', [['a,b', 'c', 'd'], ['1', '2', '3']]],
  ])('%s', (_name, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });
});

describe('proposeMapping', () => {
  it('recognises French, Dutch and English headers, ignoring accents, case and punctuation', () => {
    expect(
      proposeMapping(['NOM', 'Prénom', 'Geboortedatum', 'code postal', 'Gemeente', 'Téléphone', 'Genre', 'Métier', 'Date info', "Type d'info", 'Date début accompagnement', 'Date sortie', 'Motif de sortie', 'Colonne inconnue']),
    ).toEqual(['lastName', 'firstName', 'birthDate', 'postalCode', 'commune', 'phone', 'gender', 'metier', 'spocDate', 'spocKind', 'startDate', 'exitDate', 'exitReason', null]);
  });
  it('gives a field to its first column only', () => {
    expect(proposeMapping(['Voornaam', 'Prenom'])).toEqual(['firstName', null]);
  });
  it('recognises every header of its own template', () => {
    expect(proposeMapping(templateRows()[0] ?? []).every(Boolean)).toBe(true);
  });
});

describe('value parsing', () => {
  it.each([
    ['15/03/1988', '1988-03-15'],
    ['5/3/1988', '1988-03-05'],
    ['15.03.1988', '1988-03-15'],
    ['1988-03-15', '1988-03-15'],
    ['2025-02-12T00:00:00.000Z', '2025-02-12'],
    ['45700', '2025-02-12'],
  ])('date %s → %s', (input, iso) => {
    expect(parseDate(input)).toEqual({ ok: true, value: iso });
  });
  it.each(['31/02/2024', '2024-13-01', 'hier', '12/2024'])('refuses the date %s', (input) => {
    expect(parseDate(input)).toEqual({ ok: false, reason: 'invalidDate' });
  });
  it.each([
    ['1988', '1988'],
    ['15/03/1988', '1988-03-15'],
  ])('birth date %s → %s', (input, value) => {
    expect(parseBirthDate(input)).toEqual({ ok: true, value });
  });
  it('refuses a birth date that is not one', () => {
    expect(parseBirthDate('ans 30')).toEqual({ ok: false, reason: 'invalidBirthDate' });
  });
  it.each([
    ['F', 'F'], ['femme', 'F'], ['Vrouw', 'F'], ['H', 'M'], ['homme', 'M'], ['M', 'M'], ['man', 'M'], ['X', 'X'], ['non dit', 'U'],
  ])('gender %s → %s', (input, code) => {
    expect(parseGender(input)).toEqual({ ok: true, value: code });
  });
  it.each([
    ['Schaerbeek', 'schaerbeek'], ['Schaarbeek', 'schaerbeek'], ['ELSENE', 'ixelles'], ['Bruxelles', 'bruxelles'], ['Brussel-Stad', 'bruxelles'],
    ['Saint-Josse', undefined], ['1030', 'schaerbeek'], ['1120', 'bruxelles'], ['4000', 'hors-bruxelles'], ['Sint-Jans-Molenbeek', 'molenbeek-saint-jean'],
  ])('commune %s → %s', (input, code) => {
    expect(parseCommune(input)).toEqual(code ? { ok: true, value: code } : { ok: false, reason: 'unknownCommune' });
  });
  it.each([
    [parseMetier, 'Aide-ménager(ère)', 'aide-menager'],
    [parseMetier, 'aide menager', 'aide-menager'],
    [parseMetier, 'coiffeur', 'coiffeur'],
    [parseMetier, 'Employé administratif', 'employe-administratif'],
    [parseExitReason, 'A trouvé un emploi', 'emploi'],
    [parseExitReason, 'titre-obtenu', 'titre-obtenu'],
    [parseSpocKind, 'Séance d’information collective', 'collective'],
    [parseSpocKind, 'visioconférence', undefined],
    [parseSpocKind, "Séance d'information collective", 'collective'],
    [parseSpocKind, 'individuel', 'individuelle'],
    [parseSpocKind, 'téléphone', 'mail'],
  ])('code list %#: %s → %s', (parse, input, code) => {
    const result = parse(input);
    if (code) expect(result).toEqual({ ok: true, value: code });
    else expect(result.ok).toBe(false);
  });
  it('gives a Belgian mobile back its leading 0', () => {
    expect(parsePhone('470123456')).toEqual({ ok: true, value: '0470123456' });
    expect(parsePhone('+32 470 12')).toEqual({ ok: true, value: '+32 470 12' });
  });
});

const HEADER = ['Nom', 'Prénom', 'Date de naissance', 'Genre', 'Commune', 'Téléphone', 'Métier', 'Date info', "Type d'info", 'Date début accompagnement', 'Date sortie', 'Motif de sortie'];

function plan(...rows: string[][]) {
  const sheet = [HEADER, ...rows];
  return planRows(sheet, proposeMapping(HEADER));
}

describe('planRows', () => {
  it('turns a full row into a candidate, a SPOC action and a closed accompaniment', () => {
    const [row] = plan(['El Amrani', 'Yasmina', '1988', 'F', '1030', '0470 12 34 56', 'coiffeur', '12/02/2025', 'collectif', '01/03/2025', '30/06/2025', 'emploi']);
    expect(row).toEqual({
      row: 2,
      candidate: { lastName: 'El Amrani', firstName: 'Yasmina', birthDate: '1988', gender: 'F', communeCode: 'schaerbeek', phone: '0470 12 34 56' },
      spocAction: { date: '2025-02-12', kind: 'collective', metiers: ['coiffeur'] },
      accompaniment: { metier: 'coiffeur', startDate: '2025-03-01', status: 'closed', exitDate: '2025-06-30', exitReason: 'emploi' },
      problems: [],
    });
  });
  it('takes the bidi controls out of a name, and refuses a name made of nothing else', () => {
    const [clean, empty] = plan(['\u202EEl Amrani', 'Yas\u200Fmina\u2066', '', '', '', '', '', '', '', '', '', ''], ['\u202E', '\u2067', '', '', '', '', '', '', '', '', '', '']);
    expect(clean?.candidate).toEqual({ lastName: 'El Amrani', firstName: 'Yasmina' });
    expect(clean?.problems).toEqual([]);
    expect(empty?.problems.map((problem) => problem.reason)).toEqual(['nameRequired']);
  });
  it('makes an individual SPOC action when the kind is empty, and no accompaniment without a start date', () => {
    const [row] = plan(['Dupont', 'Ali', '', '', '', '', '', '2025-01-10', '', '', '', '']);
    expect(row?.spocAction).toEqual({ date: '2025-01-10', kind: 'individuelle' });
    expect(row?.accompaniment).toBeUndefined();
  });
  it.each([
    ['no name', ['', '', '1990', '', '', '', '', '', '', '', '', ''], [{ column: 'Nom', field: 'lastName', value: '', reason: 'nameRequired' }]],
    ['an unknown commune', ['A', 'B', '', '', 'Paris', '', '', '', '', '', '', ''], [{ column: 'Commune', field: 'commune', value: 'Paris', reason: 'valueNotMapped' }]],
    ['a wrong gender', ['A', 'B', '', 'peut-être', '', '', '', '', '', '', '', ''], [{ column: 'Genre', field: 'gender', value: 'peut-être', reason: 'valueNotMapped' }]],
    ['a birth date in the future', ['A', 'B', '01/01/2999', '', '', '', '', '', '', '', '', ''], [{ column: 'Date de naissance', field: 'birthDate', value: '01/01/2999', reason: 'birthDateFuture' }]],
    ['a bad phone', ['A', 'B', '', '', '', 'appeler', '', '', '', '', '', ''], [{ column: 'Téléphone', field: 'phone', value: 'appeler', reason: 'invalidPhone' }]],
    ['an unknown métier', ['A', 'B', '', '', '', '', 'astronaute', '', '', '', '', ''], [{ column: 'Métier', field: 'metier', value: 'astronaute', reason: 'valueNotMapped' }]],
    ['a start date without métier', ['A', 'B', '', '', '', '', '', '', '', '01/03/2025', '', ''], [{ column: 'Métier', field: 'metier', value: '', reason: 'metierRequired' }]],
    ['an exit before the start', ['A', 'B', '', '', '', '', 'coiffeur', '', '', '01/03/2025', '01/02/2025', ''], [{ column: 'Date sortie', field: 'exitDate', value: '01/02/2025', reason: 'exitBeforeStart' }]],
    ['an exit without start', ['A', 'B', '', '', '', '', '', '', '', '', '01/02/2025', 'emploi'], [{ column: 'Date début accompagnement', field: 'startDate', value: '', reason: 'startDateRequired' }]],
    ['a bad info date', ['A', 'B', '', '', '', '', '', 'lundi', '', '', '', ''], [{ column: 'Date info', field: 'spocDate', value: 'lundi', reason: 'invalidDate' }]],
    ['an unknown SPOC kind', ['A', 'B', '', '', '', '', '', '01/02/2025', 'visio', '', '', ''], [{ column: "Type d'info", field: 'spocKind', value: 'visio', reason: 'valueNotMapped' }]],
    ['an unknown exit reason', ['A', 'B', '', '', '', '', 'coiffeur', '', '', '01/01/2025', '01/02/2025', 'lune'], [{ column: 'Motif de sortie', field: 'exitReason', value: 'lune', reason: 'valueNotMapped' }]],
    ['a name written as a formula', ['=HYPERLINK("x")', 'B', '', '', '', '', '', '', '', '', '', ''], [{ column: 'Nom', field: 'lastName', value: '=HYPERLINK("x")', reason: 'formulaText' }]],
    ['a birth year of 1850', ['A', 'B', '1850', '', '', '', '', '', '', '', '', ''], [{ column: 'Date de naissance', field: 'birthDate', value: '1850', reason: 'birthDateTooOld' }]],
    ['a 2-digit phone', ['A', 'B', '', '', '', '12', '', '', '', '', '', ''], [{ column: 'Téléphone', field: 'phone', value: '12', reason: 'phoneTooShort' }]],
    ['an information action years ahead', ['A', 'B', '', '', '', '', '', '01/02/2031', '', '', '', ''], [{ column: 'Date info', field: 'spocDate', value: '01/02/2031', reason: 'dateTooFarAhead' }]],
    ['a year alone as an information date', ['A', 'B', '', '', '', '', '', '2026', '', '', '', ''], [{ column: 'Date info', field: 'spocDate', value: '2026', reason: 'yearOnly' }]],
  ])('refuses a row with %s, saying where and why', (_name, cells, problems) => {
    expect(plan(cells)[0]?.problems).toEqual(problems.map((problem) => ({ row: 2, ...problem })));
  });
});

describe('commune by name or postal code', () => {
  const header = ['Nom', 'Commune', 'Code postal'];
  it.each([
    ['Elsene', '', 'ixelles', []],
    ['Inconnue', '1030', 'schaerbeek', []],
    ['', '1190', 'forest', []],
    ['Inconnue', '', undefined, ['valueNotMapped']],
    ['Inconnue', '12', undefined, ['unknownPostalCode', 'valueNotMapped']],
  ])('%s / %s → %s', (commune, postal, code, reasons) => {
    const [row] = planRows([header, ['A', commune, postal]], proposeMapping(header));
    expect(row?.candidate.communeCode).toBe(code);
    expect(row?.problems.map((problem) => problem.reason)).toEqual(reasons);
  });
});

describe('flagDuplicates', () => {
  it('flags a likely existing candidate and a repeated row of the file, not a new person', () => {
    const local = buildCandidateIndex([{ id: 'c1', data: { firstName: 'Mohamed', lastName: 'El Amrani', birthDate: '1990-05-04' } }]);
    const rows = plan(
      ['Amrani', 'Mohammed', '04/05/1990', '', '', '', '', '', '', '', '', ''],
      ['Nouveau', 'Karim', '1975', '', '', '', '', '', '', '', '', ''],
      ['Nouveau', 'Karim', '1975', '', '', '', '', '', '', '', '', ''],
      ['', '', '', '', '', '', '', '', '', '', '', ''],
    );
    const flagged = flagDuplicates(local, rows);
    expect([...flagged.keys()]).toEqual([2, 4]);
    expect(flagged.get(2)?.existing.map((match) => match.id)).toEqual(['c1']);
    expect(flagged.get(4)).toMatchObject({ existing: [], inFile: [3] });
  });
});

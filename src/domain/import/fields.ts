// The columns an imported spreadsheet can fill, and the header names (French, Dutch, English)
// that propose each of them: compared without accents, case, punctuation or spacing. The
// candidate's columns come from its field table (domain/candidate-fields.ts); the others fill the
// SPOC action and the accompaniment a row also creates.
import { CANDIDATE_IMPORT_COLUMNS, type CandidateImportColumnName } from '../candidate-fields';

const OTHER_FIELDS = [
  'metier',
  'spocDate',
  'spocKind',
  'outreachPlace',
  'startDate',
  'exitDate',
  'exitReason',
] as const;

type OtherField = (typeof OTHER_FIELDS)[number];
export type ImportField = CandidateImportColumnName | OtherField;

export const IMPORT_FIELDS: readonly ImportField[] = [...CANDIDATE_IMPORT_COLUMNS.map((column) => column.column), ...OTHER_FIELDS];

/** The candidate's columns that hold free text (a cell starting with `=` there is a formula's text). */
export const FREE_TEXT_COLUMNS: readonly ImportField[] = CANDIDATE_IMPORT_COLUMNS.filter((column) => column.freeText).map((column) => column.column);

const fromCandidateTable = <T>(pick: (column: (typeof CANDIDATE_IMPORT_COLUMNS)[number]) => T) =>
  Object.fromEntries(CANDIDATE_IMPORT_COLUMNS.map((column) => [column.column, pick(column)])) as Record<CandidateImportColumnName, T>;

/** Per column, the field it fills, or null when the column is left out. */
export type ColumnMapping = (ImportField | null)[];

const HEADER_ALIASES: Record<ImportField, readonly string[]> = {
  ...fromCandidateTable((column) => column.aliases),
  metier: ['metier', 'metier vise', 'metiers', 'beroep', 'job', 'trade', 'occupation'],
  spocDate: ['date info', 'date information', 'date de l information', 'date spoc', 'datum info', 'datum informatie', 'info date'],
  spocKind: ['type d info', 'type info', 'type information', 'type spoc', 'type infosessie', 'type informatie', 'info type'],
  outreachPlace: ['lieu', 'lieu de rencontre', 'lieu de permanence', 'plaats', 'locatie', 'place'],
  startDate: ['date debut accompagnement', 'debut accompagnement', 'date debut', 'date d entree', 'startdatum begeleiding', 'start begeleiding', 'startdatum', 'start date'],
  exitDate: ['date sortie', 'date de sortie', 'date fin accompagnement', 'datum uitstroom', 'einddatum', 'exit date', 'end date'],
  exitReason: ['motif de sortie', 'motif sortie', 'raison de sortie', 'reden uitstroom', 'reden einde', 'exit reason'],
};

/** Lower case, no accents, punctuation as spaces, single spaces. */
export function foldHeader(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9@]+/g, ' ')
    .trim();
}

const ALIAS_TO_FIELD = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) for (const alias of HEADER_ALIASES[field]) ALIAS_TO_FIELD.set(foldHeader(alias), field);

/** The field a header name proposes, or null. */
export function fieldOfHeader(header: string): ImportField | null {
  return ALIAS_TO_FIELD.get(foldHeader(header)) ?? null;
}

/** The proposed mapping of a header row: each field taken by its first matching column only. */
export function proposeMapping(headers: readonly string[]): ColumnMapping {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const field = fieldOfHeader(header);
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** The template's header row (French names the proposal recognises) and one example row. */
export const TEMPLATE_HEADERS: Record<ImportField, string> = {
  ...fromCandidateTable((column) => column.template),
  metier: 'Métier',
  spocDate: 'Date info',
  spocKind: "Type d'info",
  outreachPlace: 'Lieu',
  startDate: 'Date début accompagnement',
  exitDate: 'Date sortie',
  exitReason: 'Motif de sortie',
};

export const TEMPLATE_EXAMPLE: Record<ImportField, string> = {
  ...fromCandidateTable((column) => column.example),
  metier: 'Aide-ménager(ère)',
  spocDate: '12/02/2025',
  spocKind: 'Information individuelle',
  outreachPlace: 'CPAS de Schaerbeek',
  startDate: '01/03/2025',
  exitDate: '',
  exitReason: '',
};

export function templateRows(): string[][] {
  return [IMPORT_FIELDS.map((field) => TEMPLATE_HEADERS[field]), IMPORT_FIELDS.map((field) => TEMPLATE_EXAMPLE[field])];
}

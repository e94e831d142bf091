// Turning the rows of a spreadsheet, through a column mapping, into the candidate, SPOC action and
// accompaniment each row will create, or into the reasons it is refused (row, column, value,
// reason code). Checked by the same schemas as every synced write.
import { typedName } from '../bidi';
import type { AccompanimentData, CandidateData, SpocActionData } from '../entities';
import { recordSchemas } from '../entities';
import { VALIDATION_MESSAGES } from '../validation-messages';
import type { ColumnMapping, ImportField } from './fields';
import type { SheetRows } from './csv';
import {
  parseBirthDate,
  parseCommune,
  parseDate,
  parseExitReason,
  parseGender,
  parseMetier,
  parsePhone,
  parsePostalCode,
  parseSpocKind,
  type Parsed,
} from './values';

export interface RowProblem {
  /** The spreadsheet's row number (the header is row 1). */
  row: number;
  /** The column's header as written in the file ('' when the field has no column). */
  column: string;
  field: ImportField | null;
  value: string;
  /** A reason code, worded by the screen (`import.reason.<code>`). */
  reason: string;
}

export type ImportedSpocAction = Omit<SpocActionData, 'candidateIds' | 'adviserId'>;
export type ImportedAccompaniment = Omit<AccompanimentData, 'candidateId' | 'adviserId'>;

export interface PlannedRow {
  row: number;
  candidate: CandidateData;
  spocAction?: ImportedSpocAction;
  accompaniment?: ImportedAccompaniment;
  problems: RowProblem[];
}

/** The SPOC kind of a row with an info date and no kind: one person, so an individual action. */
export const DEFAULT_SPOC_KIND = 'individuelle';


/** The cells of one row by field (trimmed, '' when absent), and the header of each field's column. */
function cellsOf(cells: readonly string[], mapping: ColumnMapping): Partial<Record<ImportField, { value: string; index: number }>> {
  const byField: Partial<Record<ImportField, { value: string; index: number }>> = {};
  mapping.forEach((field, index) => {
    if (field) byField[field] = { value: (cells[index] ?? '').trim(), index };
  });
  return byField;
}

/** Validates every data row (the first row is the header). */
export function planRows(sheet: SheetRows, mapping: ColumnMapping): PlannedRow[] {
  const headers = sheet[0] ?? [];
  return sheet.slice(1).map((cells, at) => planRow(cells, at + 2, mapping, headers));
}

export function planRow(cells: readonly string[], row: number, mapping: ColumnMapping, headers: readonly string[]): PlannedRow {
  const byField = cellsOf(cells, mapping);
  const problems: RowProblem[] = [];
  const columnOf = (field: ImportField) => {
    const index = byField[field]?.index;
    return index === undefined ? '' : (headers[index] ?? '');
  };
  const problem = (field: ImportField, reason: string) =>
    problems.push({ row, column: columnOf(field), field, value: byField[field]?.value ?? '', reason });
  const text = (field: ImportField) => byField[field]?.value || undefined;
  function parsed<T>(field: ImportField, parse: (value: string) => Parsed<T>): T | undefined {
    const value = text(field);
    if (value === undefined) return undefined;
    const result = parse(value);
    if (!result.ok) {
      problem(field, result.reason);
      return undefined;
    }
    return result.value;
  }

  // A commune by name, else by postal code; an unknown name is refused only when no postal code makes up for it.
  const communeByName = text('commune') === undefined ? undefined : parseCommune(text('commune') as string);
  const communeFromPostal = communeByName?.ok ? undefined : parsed('postalCode', parsePostalCode);
  const communeFromName = communeByName?.ok ? communeByName.value : undefined;
  if (communeByName && !communeByName.ok && !communeFromPostal) problem('commune', communeByName.reason);
  const candidate: CandidateData = {
    // Bidi controls in a name are removed, never refused: see domain/bidi.ts.
    firstName: typedName(text('firstName')),
    lastName: typedName(text('lastName')),
    birthDate: parsed('birthDate', parseBirthDate),
    gender: parsed('gender', parseGender),
    phone: parsed('phone', parsePhone),
    email: text('email'),
    communeCode: communeFromName ?? communeFromPostal,
    notes: text('notes'),
  };
  for (const key of Object.keys(candidate) as (keyof CandidateData)[]) if (candidate[key] === undefined) delete candidate[key];
  const checked = recordSchemas.candidates.safeParse(candidate);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = (issue.path[0] === 'communeCode' ? 'commune' : issue.path[0]) as ImportField;
      // The intake's own rule and words (validation-messages.ts, plausibility.ts).
      problem(field, issue.message in VALIDATION_MESSAGES ? issue.message : 'invalid');
    }
  }

  const metier = parsed('metier', parseMetier);
  const spocDate = parsed('spocDate', parseDate);
  const spocKind = parsed('spocKind', parseSpocKind);
  const outreachPlace = text('outreachPlace');
  let spocAction: ImportedSpocAction | undefined;
  if (spocDate) {
    spocAction = { date: spocDate, kind: spocKind ?? DEFAULT_SPOC_KIND, ...(metier ? { metiers: [metier] } : {}), ...(outreachPlace ? { outreachPlace } : {}) };
  } else if (!text('spocDate') && (text('spocKind') || outreachPlace)) {
    problem('spocDate', 'spocDateRequired');
  }

  const startDate = parsed('startDate', parseDate);
  const exitDate = parsed('exitDate', parseDate);
  const exitReason = parsed('exitReason', parseExitReason);
  let accompaniment: ImportedAccompaniment | undefined;
  if (startDate) {
    if (!text('metier')) problem('metier', 'metierRequired');
    if (exitDate && exitDate < startDate) problem('exitDate', 'exitBeforeStart');
    if (metier) {
      accompaniment = {
        metier,
        startDate,
        status: exitDate ? 'closed' : 'open',
        ...(exitDate ? { exitDate } : {}),
        ...(exitReason ? { exitReason } : {}),
      };
    }
  } else if (!text('startDate') && (text('exitDate') || text('exitReason'))) {
    problem('startDate', 'startDateRequired');
  }
  return { row, candidate: checked.success ? checked.data : candidate, spocAction, accompaniment, problems };
}

// Turning the rows of a spreadsheet, through a column mapping, into the candidate, SPOC action and
// accompaniment each row will create, or into the reasons it is refused (row, column, value,
// reason code). Checked by the same schemas as every synced write.
import { typedName } from '../bidi';
import type { AccompanimentData, CandidateData, SpocActionData } from '../entities';
import { newRecordSchemas } from '../entities';
import type { MetierCatalogue } from '../metiers/catalogue';
import { VALIDATION_MESSAGES } from '../validation-messages';
import { FREE_TEXT_COLUMNS, type ColumnMapping, type ImportField } from './fields';
import { importColumnOfField, type ImportedCandidateField } from '../candidate-fields';
import type { SheetRows } from './csv';
import { decisionKey, isMappable, type MappableField, type ValueDecisions } from './value-mapping';
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

export interface PlanOptions {
  /** The index of the header row in the sheet (header-row.ts); 0 by default. */
  headerIndex?: number;
  /** The adviser's decisions for values the import does not recognise (value-mapping.ts). */
  decisions?: ValueDecisions;
  /** Cells (`row index:column index`) holding a formula with no value saved in the file. */
  uncomputed?: ReadonlySet<string>;
  /** The live métier catalogue (the tablet's synced records over the seed); the seed when absent. */
  catalogue?: MetierCatalogue;
}

/** Validates every data row under the header row; blank rows are left out, numbers stay the sheet's. */
export function planRows(sheet: SheetRows, mapping: ColumnMapping, options: PlanOptions = {}): PlannedRow[] {
  const headerIndex = options.headerIndex ?? 0;
  const headers = sheet[headerIndex] ?? [];
  const planned: PlannedRow[] = [];
  sheet.forEach((cells, index) => {
    if (index <= headerIndex || !cells.some((cell) => cell.trim() !== '')) return;
    const uncomputedFields = mapping.flatMap((field, column) => (field && options.uncomputed?.has(`${index}:${column}`) ? [field] : []));
    planned.push(planRow(cells, index + 1, mapping, headers, options.decisions, uncomputedFields, options.catalogue));
  });
  return planned;
}

/** Free-text fields: a cell starting with `=` there is a formula's text, never a name or a note. */
const TEXT_FIELDS: readonly ImportField[] = [...FREE_TEXT_COLUMNS, 'outreachPlace'];

export function planRow(
  cells: readonly string[],
  row: number,
  mapping: ColumnMapping,
  headers: readonly string[],
  decisions: ValueDecisions = new Map(),
  uncomputedFields: readonly ImportField[] = [],
  catalogue?: MetierCatalogue,
): PlannedRow {
  const byField = cellsOf(cells, mapping);
  const problems: RowProblem[] = [];
  const columnOf = (field: ImportField) => {
    const index = byField[field]?.index;
    return index === undefined ? '' : (headers[index] ?? '');
  };
  const problem = (field: ImportField, reason: string) =>
    problems.push({ row, column: columnOf(field), field, value: byField[field]?.value ?? '', reason });
  for (const field of uncomputedFields) problem(field, 'formulaWithoutValue');
  for (const field of TEXT_FIELDS) if (byField[field]?.value.startsWith('=')) problem(field, 'formulaText');
  const text = (field: ImportField) => {
    const value = byField[field]?.value;
    return value && !(TEXT_FIELDS.includes(field) && value.startsWith('=')) ? value : undefined;
  };
  function parsed<T>(field: ImportField, parse: (value: string) => Parsed<T>): T | undefined {
    const value = text(field);
    if (value === undefined) return undefined;
    const result = parse(value);
    if (result.ok) return result.value;
    if (isMappable(field)) return decided(field, value) as T | undefined;
    problem(field, result.reason);
    return undefined;
  }
  /** The adviser's decision for an unrecognised value: a code, nothing (leave empty), or a refusal until she decides. */
  function decided(field: MappableField, value: string): string | undefined {
    const decision = decisions.get(decisionKey(field, value));
    if (decision === undefined) problem(field, 'valueNotMapped');
    return decision ?? undefined;
  }

  // A commune by name, else by postal code; an unknown name is refused only when no postal code makes up for it.
  const communeByName = text('commune') === undefined ? undefined : parseCommune(text('commune') as string);
  const communeFromPostal = communeByName?.ok ? undefined : parsed('postalCode', parsePostalCode);
  const communeFromName = communeByName?.ok ? communeByName.value : undefined;
  const communeDecided = communeByName && !communeByName.ok && !communeFromPostal ? decided('commune', text('commune') as string) : undefined;
  // One value per field the table gives columns (candidate-fields.ts): a field added there must be read here.
  const read = {
    // Bidi controls in a name are removed, never refused: see domain/bidi.ts.
    firstName: typedName(text('firstName')),
    lastName: typedName(text('lastName')),
    birthDate: parsed('birthDate', parseBirthDate),
    gender: parsed('gender', parseGender),
    phone: parsed('phone', parsePhone),
    email: text('email'),
    communeCode: communeFromName ?? communeFromPostal ?? communeDecided,
    notes: text('notes'),
  } satisfies Record<ImportedCandidateField, unknown>;
  const candidate: CandidateData = read;
  for (const key of Object.keys(candidate) as (keyof CandidateData)[]) if (candidate[key] === undefined) delete candidate[key];
  const checked = newRecordSchemas.candidates.safeParse(candidate);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = importColumnOfField(String(issue.path[0])) ?? (String(issue.path[0]) as ImportField);
      // A name refused as a formula is reported once, not again as a missing name.
      if (issue.message === 'nameRequired' && problems.some((found) => found.reason === 'formulaText')) continue;
      // The intake's own rule and words (validation-messages.ts, plausibility.ts).
      problem(field, issue.message in VALIDATION_MESSAGES ? issue.message : 'invalid');
    }
  }

  const metier = parsed('metier', (value) => parseMetier(value, catalogue));
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
    // No métier (an empty cell, or a value the adviser left empty): no accompaniment, said in words.
    if (!metier && !problems.some((found) => found.field === 'metier')) problem('metier', 'metierRequired');
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
  // The same rules as every write of these records (plausibility.ts: dates, exit after start).
  if (spocAction) checkWith(newRecordSchemas.spocActions.safeParse(spocAction), { date: 'spocDate', kind: 'spocKind' }, problem);
  if (accompaniment) {
    const whole = newRecordSchemas.accompaniments.safeParse({ ...accompaniment, candidateId: 'import' });
    checkWith(whole, { startDate: 'startDate', exitDate: 'exitDate', exitReason: 'exitReason', metier: 'metier' }, problem, ['exitBeforeStart']);
  }
  return { row, candidate: checked.success ? checked.data : candidate, spocAction, accompaniment, problems };
}

/** Problems of a schema's issues on the columns they concern (reasons already reported are left out). */
function checkWith(
  result: { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } },
  columns: Partial<Record<string, ImportField>>,
  problem: (field: ImportField, reason: string) => void,
  alreadyReported: readonly string[] = [],
): void {
  for (const issue of result.error?.issues ?? []) {
    if (alreadyReported.includes(issue.message)) continue;
    const field = columns[String(issue.path[0])];
    if (field) problem(field, issue.message in VALIDATION_MESSAGES ? issue.message : 'invalid');
  }
}

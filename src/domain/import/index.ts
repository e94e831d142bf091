// Import of existing spreadsheets (pure part): CSV reading, header mapping, value parsing, row
// validation into candidate / SPOC action / accompaniment data, and duplicate flagging.
export { CSV_ENCODINGS, csvLine, decodeCsv, detectEncoding, inertCell, parseCsv, type CsvEncoding, type SheetRows } from './csv';
export { IMPORT_FIELDS, fieldOfHeader, foldHeader, proposeMapping, templateRows, type ColumnMapping, type ImportField } from './fields';
export { DEFAULT_SPOC_KIND, planRow, planRows, type ImportedAccompaniment, type ImportedSpocAction, type PlanOptions, type PlannedRow, type RowProblem } from './rows';
export { findHeaderRow } from './header-row';
export { matchMetier, metierEntries } from './metier-codes';
export { suggestCode } from './suggest';
export { MAPPABLE_FIELDS, decisionKey, isMappable, unmappedValues, type MappableField, type UnmappedValue, type ValueDecisions } from './value-mapping';
export { refusedRowsCsv } from './refused-rows';
export { flagDuplicates, type RowDuplicates } from './duplicates';
export * from './values';

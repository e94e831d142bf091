// Import of existing spreadsheets (pure part): CSV reading, header mapping, value parsing, row
// validation into candidate / SPOC action / accompaniment data, and duplicate flagging.
export { csvLine, parseCsv, type SheetRows } from './csv';
export { IMPORT_FIELDS, fieldOfHeader, foldHeader, proposeMapping, templateRows, type ColumnMapping, type ImportField } from './fields';
export { DEFAULT_SPOC_KIND, planRow, planRows, type ImportedAccompaniment, type ImportedSpocAction, type PlannedRow, type RowProblem } from './rows';
export { flagDuplicates, type RowDuplicates } from './duplicates';
export * from './values';

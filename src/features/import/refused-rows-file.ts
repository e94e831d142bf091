// The refused rows as a CSV file the adviser downloads (before or after the import) to correct
// them and import them again: the file's own columns, with the row number and the reasons in words.
import type { TFunction } from 'i18next';
import { refusedRowsCsv, type PlannedRow } from '../../domain/import';
import { downloadBlob } from '../reports/download';
import type { ReadSheet } from './read-sheet';
import { reasonText } from './row-display';

export function refusedRowsFileName(fileName: string, t: TFunction): string {
  const base = fileName.replace(/\.[^.]+$/, '') || 'import';
  return `${base}-${t('import.refusedFile.suffix')}.csv`;
}

export function downloadRefusedRows(sheet: ReadSheet, planned: readonly PlannedRow[], t: TFunction, fileName: string): void {
  const text = refusedRowsCsv(sheet.rows, sheet.headerIndex, planned, { row: t('import.refusedFile.row'), reasons: t('import.refusedFile.reasons') }, (reason) => reasonText(t, reason));
  downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), refusedRowsFileName(fileName, t));
}

// The fields of each report table that computeActivityReport reads, and nothing more. The server
// keeps each record's projection on these fields next to its data (records.report_data), so that
// the first report of a server instance parses a few fields per record instead of whole records
// (names are here only because the duplicate check of quality.ts compares them).
// Keep in step with the modules of this folder: a field read but not listed would silently read as
// absent on the server. fields.test.ts and report.property.test.ts compare the report over
// projected records with the report over whole records.
import type { TableData } from '../entities';
import type { ReportTable } from './types';

// Fields most records have come first and the rare ones last: a projection's keys follow this
// order, so records differ in shape only at their end (fewer hidden classes for the report to meet).
// `workSiteId` (the site where the work was done, src/domain/work-site.ts) is read from every record of work.
type ReportField<T extends ReportTable> = (keyof TableData[T] & string) | 'workSiteId';
export const REPORT_FIELDS: { readonly [T in ReportTable]: readonly ReportField<T>[] } = {
  // quality.ts (names and birth year of the duplicate check, missing fields, erased), profiles.ts
  // (the profile codes and the birth date of the age band), persons.ts (merges).
  candidates: ['firstName', 'lastName', 'birthDate', 'gender', 'communeCode', 'frenchLevel', 'certificationAtEntry', 'source', 'motivation', 'mergedInto', 'erased'],
  // workSiteId: the site a figure belongs to (src/domain/work-site.ts).
  spocActions: ['date', 'kind', 'candidateIds', 'headCount', 'metiers', 'workSiteId'],
  accompaniments: ['candidateId', 'metier', 'startDate', 'exitDate', 'exitReason', 'workSiteId'],
  moduleSessions: ['module', 'date', 'workSiteId'],
  attendance: ['sessionId', 'candidateId', 'status', 'workSiteId'],
  validationSteps: ['accompanimentId', 'candidateId', 'centreRegion', 'registrationDate', 'testDate', 'result', 'titreDate', 'workSiteId'],
  moduleWork: ['accompanimentId', 'candidateId', 'date', 'module', 'minutes', 'workSiteId'],
  // quality.ts: a positioning is a sign of life of its accompaniment.
  positionings: ['accompanimentId', 'candidateId', 'startedAt', 'completedAt'],
};

export function isReportTable(table: string): table is ReportTable {
  return Object.hasOwn(REPORT_FIELDS, table);
}

/** The record's data restricted to the fields the report reads (absent fields stay absent). */
export function projectForReport<T extends ReportTable>(table: T, data: Readonly<Record<string, unknown>>): TableData[T] {
  const projected: Record<string, unknown> = {};
  for (const field of REPORT_FIELDS[table]) {
    if (Object.hasOwn(data, field)) projected[field] = data[field];
  }
  return projected as TableData[T];
}

// The network reporter's view of the activity report (docs/report-counting.md, docs/roles-and-organisations.md): figures
// across organisations, never a file, a name or a record. Masked as in print and exports (mask.ts:
// small cells and the cells that would give them away), and the data-quality lists, which name records by id, are left empty (each
// organisation's coordinators see and fix them on their own report).
import { maskReport, type MaskedActivityReport } from './mask';
import type { ActivityReport } from './types';

/** The network's report, with the names of its sites (the reporter holds no synced `sites` table). */
export type NetworkReport = MaskedActivityReport & { siteNames: Record<string, string> };

export function networkReport(report: ActivityReport, siteNames: Record<string, string>): NetworkReport {
  const masked = maskReport(report);
  return {
    ...masked,
    siteNames,
    dataQuality: { asOf: report.dataQuality.asOf, staleAccompaniments: [], testsWithoutResult: [], candidatesMissingFields: [], possibleDuplicates: [] },
  };
}

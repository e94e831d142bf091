// The network reporter's view of the activity report (design/reporting.md, domain.md): figures
// across organisations, never a file, a name or a record. Small profile cells are masked as in
// exports, and the data-quality lists, which name records by id, are left empty (each
// organisation's coordinators see and fix them on their own report).
import { maskSmallCells, type MaskedActivityReport, type MaskedProfiles } from './mask';
import type { ActivityReport } from './types';

/** The network's report, with the names of its sites (the reporter holds no synced `sites` table). */
export type NetworkReport = Omit<MaskedActivityReport, 'profilesAccompanied'> & { profilesAccompanied: MaskedProfiles; siteNames: Record<string, string> };

export function networkReport(report: ActivityReport, siteNames: Record<string, string>): NetworkReport {
  const masked = maskSmallCells(report);
  return {
    ...masked,
    // The persons accompanied are described as the persons reached are: masked the same way.
    profilesAccompanied: maskSmallCells({ ...report, profiles: report.profilesAccompanied }).profiles,
    siteNames,
    dataQuality: { asOf: report.dataQuality.asOf, staleAccompaniments: [], testsWithoutResult: [], candidatesMissingFields: [], possibleDuplicates: [] },
  };
}

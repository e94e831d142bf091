// Small-cell masking for exports: cells below 5 persons in profile tables (docs/report-counting.md,
// table 9). Only the profile tables describe persons by their characteristics, so only they are
// masked; the screen keeps the exact numbers for the user who may see the sites.
// A cell of 0 is left as 0: it identifies nobody, and the tables are sparse (a code nobody has is
// absent), so a 0 only appears if a caller put it there.
import type { ActivityReport, Profiles } from './types';

export type MaskedProfiles = { [T in keyof Profiles]: Record<string, number | string> };
export type MaskedActivityReport = Omit<ActivityReport, 'profiles'> & { profiles: MaskedProfiles };

export function maskSmallCells(report: ActivityReport, threshold = 5): MaskedActivityReport {
  const mask = (counts: Record<string, number>): Record<string, number | string> =>
    Object.fromEntries(Object.entries(counts).map(([code, n]) => [code, n > 0 && n < threshold ? `<${threshold}` : n]));
  const profiles = Object.fromEntries(
    Object.entries(report.profiles).map(([table, counts]) => [table, mask(counts)]),
  ) as MaskedProfiles;
  return { ...report, profiles };
}

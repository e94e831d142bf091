// The report as golden-expected.ts states it: every table as it is, the profile tables without
// their zero cells (the fixed orders are compared apart), the data-quality lists by id. The
// evolution table (part of the report-history work) is compared by its own tests.
import type { ActivityReport, Profiles } from '../types';
import type { MaskedProfiles } from '../mask';

type AnyProfiles = Profiles | MaskedProfiles;
const nonZero = (profiles: AnyProfiles) =>
  Object.fromEntries(Object.entries(profiles).map(([table, counts]) => [table, Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== 0))]));

export function goldenView(report: Omit<ActivityReport, 'profiles' | 'profilesAccompanied'> & { profiles: AnyProfiles; profilesAccompanied: AnyProfiles }) {
  return {
    period: report.period,
    personsReached: report.personsReached,
    targets: report.targets,
    ratios: report.ratios,
    spoc: report.spoc,
    accompaniment: report.accompaniment,
    exits: report.exits,
    modules: report.modules,
    validation: report.validation,
    topMetiersToTest: report.topMetiersToTest,
    profiles: nonZero(report.profiles),
    profilesAccompanied: nonZero(report.profilesAccompanied),
    orders: {
      ageBand: Object.keys(report.profiles.ageBand),
      gender: Object.keys(report.profiles.gender),
      zone: Object.keys(report.profiles.zone),
      motivation: Object.keys(report.profiles.motivation),
    },
    dataQuality: {
      asOf: report.dataQuality.asOf,
      staleAccompaniments: report.dataQuality.staleAccompaniments.map((row) => row.accompanimentId),
      testsWithoutResult: report.dataQuality.testsWithoutResult.map((row) => row.validationStepId),
      candidatesMissingFields: report.dataQuality.candidatesMissingFields.map(({ candidateId, missing }) => ({ candidateId, missing })),
      possibleDuplicates: report.dataQuality.possibleDuplicates,
    },
  };
}

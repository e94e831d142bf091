// Targets and ratios (docs/report-counting.md, "Targets"): the 320 persons informed and 200 accompanied
// are ONE goal for the whole network, compared with the network's distinct persons (433 / 320),
// never given to each site and added up. An organisation may enter its own target, compared with
// its own distinct persons on its own row, never added into the network's.
// A period over several calendar years adds each year's target; a year without an entered network
// target uses the 2024 one (reference.vdc.targets2024). A part of a year is compared with the
// year's target as it is (the screen says so).
import { reference } from '../codes';
import { inPeriod, openDuring, yearOf, type Period } from './period';
import { rate, type Scope } from './scope';
import type { ActivityReport, NetworkRatios, ReportTargetsInput, TargetFigures } from './types';

export const DEFAULT_NETWORK_TARGET: TargetFigures = {
  spocPersons: reference.vdc.targets2024.spocPersons,
  accompaniedPersons: reference.vdc.targets2024.accompaniedPersons,
};

function yearsOf(period: Period): number[] {
  const years: number[] = [];
  for (let year = yearOf(period.from); year <= yearOf(period.to); year += 1) years.push(year);
  return years;
}

/** Distinct named persons informed, and accompanied, in the period at these sites. */
function personsAt(scope: Scope, period: Period, sites: ReadonlySet<string>): { spoc: number; accompanied: number } {
  const spoc = new Set<string>();
  for (const action of scope.spocActions) {
    if (!inPeriod(action.data.date, period) || !sites.has(scope.siteOf(action))) continue;
    for (const candidateId of action.data.candidateIds ?? []) {
      const person = scope.persons.person(candidateId);
      if (person !== undefined) spoc.add(person);
    }
  }
  const accompanied = new Set<string>();
  for (const record of scope.accompaniments) {
    if (!sites.has(scope.siteOf(record)) || !openDuring(record.data.startDate, record.data.exitDate, period)) continue;
    const person = scope.persons.person(record.data.candidateId);
    if (person !== undefined) accompanied.add(person);
  }
  return { spoc: spoc.size, accompanied: accompanied.size };
}

const ratios = (persons: { spoc: number; accompanied: number }, target: TargetFigures, compared: boolean): NetworkRatios => ({
  spocPersons: persons.spoc,
  accompaniedPersons: persons.accompanied,
  spocRatio: compared ? rate(persons.spoc, target.spocPersons) : null,
  accompaniedRatio: compared ? rate(persons.accompanied, target.accompaniedPersons) : null,
});

export function computeTargets(
  scope: Scope,
  period: Period,
  input: ReportTargetsInput | undefined,
  network: { spocPersons: number; accompaniedPersons: number; wholeNetwork: boolean },
): Pick<ActivityReport, 'targets' | 'ratios'> {
  const years = yearsOf(period);
  const networkTarget = { spocPersons: 0, accompaniedPersons: 0, entered: true };
  for (const year of years) {
    const entered = input?.network.find((row) => row.year === year);
    networkTarget.spocPersons += entered?.spocPersons ?? DEFAULT_NETWORK_TARGET.spocPersons;
    networkTarget.accompaniedPersons += entered?.accompaniedPersons ?? DEFAULT_NETWORK_TARGET.accompaniedPersons;
    if (!entered) networkTarget.entered = false;
  }

  const byOrganisation: ActivityReport['targets']['byOrganisation'] = [];
  const organisationRatios: ActivityReport['ratios']['byOrganisation'] = [];
  const organisations = [...new Set((input?.organisations ?? []).map((row) => row.organisationId))].sort();
  for (const organisationId of organisations) {
    const sites = new Set(
      Object.entries(input?.siteOrganisation ?? {})
        .filter(([siteId, organisation]) => organisation === organisationId && scope.isVisible(siteId))
        .map(([siteId]) => siteId),
    );
    const rows = (input?.organisations ?? []).filter((row) => row.organisationId === organisationId && years.includes(row.year));
    // Only the organisations of the report's sites, for the years they entered.
    if (sites.size === 0 || rows.length === 0) continue;
    const target = { spocPersons: 0, accompaniedPersons: 0 };
    for (const row of rows) {
      target.spocPersons += row.spocPersons;
      target.accompaniedPersons += row.accompaniedPersons;
    }
    byOrganisation.push({ organisationId, ...target });
    organisationRatios.push({ organisationId, ...ratios(personsAt(scope, period, sites), target, true) });
  }

  return {
    targets: { network: networkTarget, byOrganisation },
    ratios: {
      // A part of the network is never compared with the whole network's goal.
      network: ratios({ spoc: network.spocPersons, accompanied: network.accompaniedPersons }, networkTarget, network.wholeNetwork),
      byOrganisation: organisationRatios,
    },
  };
}

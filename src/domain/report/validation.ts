// Table 7 (validation funnel per site, Walloon share) and table 8 (métiers leading to a test).
// Definitions (docs/report-counting.md, table 7), each on the attempt's own dates:
// - registration: `registrationDate` in the period;
// - test taken: `testDate` in the period and result `reussi` or `echoue` (absent / reporté are not
//   tests taken, and a test without a result yet is not either: see the data-quality panel);
// - Titre: `testDate` in the period and result `reussi` (the test's date, not `titreDate`: the
//   Titre counts with the test that earned it, so titres ≤ tests taken in every period).
// Presence rate = tests taken / registrations compares two different cohorts (registered in the
// period vs tested in the period): it can exceed 1 when last year's registrations test this year.
import { compareCodes, inPeriod, type Period } from './period';
import { increment, rate, rowSites, type Scope, type StepInScope } from './scope';
import type { ActivityReport, ValidationFigures } from './types';

export const UNKNOWN_METIER = 'unknown';

interface Tally {
  registrations: number;
  testsTaken: number;
  titres: number;
  walloonTestsTaken: number;
}
const emptyTally = (): Tally => ({ registrations: 0, testsTaken: 0, titres: 0, walloonTestsTaken: 0 });

export function isTestTaken(step: StepInScope, period: Period): boolean {
  const { testDate, result } = step.record.data;
  return inPeriod(testDate, period) && (result === 'reussi' || result === 'echoue');
}

export function isTitre(step: StepInScope, period: Period): boolean {
  const { testDate, result } = step.record.data;
  return inPeriod(testDate, period) && result === 'reussi';
}

function figures(tally: Tally): ValidationFigures {
  return {
    registrations: tally.registrations,
    testsTaken: tally.testsTaken,
    titres: tally.titres,
    presenceRate: rate(tally.testsTaken, tally.registrations),
    successRate: rate(tally.titres, tally.testsTaken),
    walloonTestsTaken: tally.walloonTestsTaken,
  };
}

export function computeValidation(scope: Scope, period: Period): ActivityReport['validation'] {
  const total = emptyTally();
  const bySite = new Map<string, Tally>();
  for (const step of scope.steps) {
    const registered = inPeriod(step.record.data.registrationDate, period);
    const taken = isTestTaken(step, period);
    if (!registered && !taken) continue;
    let site = bySite.get(step.siteId);
    if (!site) bySite.set(step.siteId, (site = emptyTally()));
    for (const tally of [total, site]) {
      if (registered) tally.registrations += 1;
      if (taken) tally.testsTaken += 1;
      if (isTitre(step, period)) tally.titres += 1;
      if (taken && step.record.data.centreRegion === 'wallonie') tally.walloonTestsTaken += 1;
    }
  }
  return {
    total: figures(total),
    bySite: rowSites(scope, bySite.keys()).map((siteId) => ({ siteId, ...figures(bySite.get(siteId) ?? emptyTally()) })),
    walloonShare: rate(total.walloonTestsTaken, total.testsTaken),
  };
}

/**
 * Table 8: tests taken and Titres per métier, with the success rate, the métier being the step's
 * accompaniment's. A step with no live accompaniment (or one without métier) is listed under
 * "unknown" so the rows add up to the tests taken and Titres of table 7.
 */
export function topMetiersToTest(scope: Scope, period: Period): ActivityReport['topMetiersToTest'] {
  const tests = new Map<string, number>();
  const titres = new Map<string, number>();
  for (const step of scope.steps) {
    if (!isTestTaken(step, period)) continue;
    const metier = step.accompaniment?.data.metier ?? UNKNOWN_METIER;
    increment(tests, metier);
    if (isTitre(step, period)) increment(titres, metier);
  }
  return [...tests]
    .map(([metier, testsTaken]) => {
      const won = titres.get(metier) ?? 0;
      return { metier, testsTaken, titres: won, successRate: rate(won, testsTaken) };
    })
    .sort((a, b) => b.testsTaken - a.testsTaken || compareCodes(a.metier, b.metier));
}

/** Persons (after merges) with at least one Titre in the period, among the visible attempts. */
export function titreHolders(scope: Scope, period: Period): Set<string> {
  const holders = new Set<string>();
  for (const step of scope.steps) {
    if (!isTitre(step, period)) continue;
    const person = scope.persons.person(step.record.data.candidateId);
    if (person !== undefined) holders.add(person);
  }
  return holders;
}

/** Persons (after merges) registered or tested in the period (for the duplicate check). */
export function validationPersons(scope: Scope, period: Period): Set<string> {
  const persons = new Set<string>();
  for (const step of scope.steps) {
    if (!inPeriod(step.record.data.registrationDate, period) && !inPeriod(step.record.data.testDate, period)) continue;
    const person = scope.persons.person(step.record.data.candidateId);
    if (person !== undefined) persons.add(person);
  }
  return persons;
}

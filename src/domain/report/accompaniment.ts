// Tables 4 and 5: accompaniments per site and per (métier, site in charge), with distinct persons.
// An accompaniment counts in every period during which it was open (period.ts `openDuring`), at
// its work site (scope.ts): the site in charge of the pathway, whatever the candidate file's site.
// It is new in the period when it started in it, carried over when it started before.
import { compareCodes, openDuring, type Period } from './period';
import { rowSites, type Scope } from './scope';
import { UNKNOWN_METIER, titreHolders } from './validation';
import type { AccompanimentFigures, ActivityReport, ReportRecord } from './types';

export function accompanimentsOpenDuring(scope: Scope, period: Period): ReportRecord<'accompaniments'>[] {
  return scope.accompaniments.filter((record) => openDuring(record.data.startDate, record.data.exitDate, period));
}

interface Tally {
  accompaniments: number;
  new: number;
  persons: Set<string>;
}
const emptyTally = (): Tally => ({ accompaniments: 0, new: 0, persons: new Set() });

export interface AccompanimentResult {
  table: ActivityReport['accompaniment'];
  /** Distinct persons accompanied in the period: the population of the profile tables. */
  persons: Set<string>;
}

export function computeAccompaniment(scope: Scope, period: Period): AccompanimentResult {
  const holders = titreHolders(scope, period);
  const total = emptyTally();
  const bySite = new Map<string, Tally>();
  const byMetierSite = new Map<string, Tally & { metier: string; siteId: string }>();

  for (const record of accompanimentsOpenDuring(scope, period)) {
    const metier = record.data.metier ?? UNKNOWN_METIER;
    const siteId = scope.siteOf(record);
    let site = bySite.get(siteId);
    if (!site) bySite.set(siteId, (site = emptyTally()));
    const key = `${metier}\u0000${siteId}`;
    let cell = byMetierSite.get(key);
    if (!cell) byMetierSite.set(key, (cell = { ...emptyTally(), metier, siteId }));
    // A deleted candidate's accompaniment is still an accompaniment, not a person (persons.ts).
    const person = scope.persons.person(record.data.candidateId);
    const isNew = (record.data.startDate ?? '') >= period.from;
    for (const tally of [total, site, cell]) {
      tally.accompaniments += 1;
      if (isNew) tally.new += 1;
      if (person !== undefined) tally.persons.add(person);
    }
  }

  // Persons with Titre: distinct persons of the row's accompaniments who have at least one Titre in
  // the period, whichever of their attempts earned it (the Titre is the person's:
  // docs/report-counting.md, table 4).
  const figures = (tally: Tally): AccompanimentFigures => ({
    accompaniments: tally.accompaniments,
    persons: tally.persons.size,
    personsWithTitre: [...tally.persons].filter((person) => holders.has(person)).length,
    new: tally.new,
    carriedOver: tally.accompaniments - tally.new,
  });

  const table: ActivityReport['accompaniment'] = {
    total: figures(total),
    bySite: rowSites(scope, bySite.keys()).map((siteId) => ({ siteId, ...figures(bySite.get(siteId) ?? emptyTally()) })),
    byMetier: [...byMetierSite.values()]
      .map(({ metier, siteId, accompaniments, persons }) => ({ metier, siteId, accompaniments, persons: persons.size }))
      .sort(
        (a, b) => b.accompaniments - a.accompaniments || compareCodes(a.metier, b.metier) || compareCodes(a.siteId, b.siteId),
      ),
    // A person accompanied towards two métiers is in two rows and once in the total row.
    byMetierTotal: { accompaniments: total.accompaniments, persons: total.persons.size },
  };
  return { table, persons: total.persons };
}


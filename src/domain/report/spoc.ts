// Tables 1 and 2: SPOC information actions per site, and the métiers asked about.
import { compareCodes, inPeriod, type Period } from './period';
import { increment, rowSites, type Scope } from './scope';
import type { ActivityReport, ByKind, SpocKind } from './types';

const KINDS: readonly SpocKind[] = ['individuelle', 'collective', 'mail'];
const isKind = (kind: string | undefined): kind is SpocKind => (KINDS as readonly (string | undefined)[]).includes(kind);
const noKinds = (): ByKind => ({ individuelle: 0, collective: 0, mail: 0 });

interface Tally {
  actions: number;
  named: Set<string>;
  contacts: number;
  byKind: ByKind;
}
const emptyTally = (): Tally => ({ actions: 0, named: new Set(), contacts: 0, byKind: noKinds() });

/**
 * The unnamed people of an action (docs/report-counting.md: contacts, not persons): the head count of
 * those present who were not named; an exchange where nobody is named and no head count was
 * given is one contact (someone wrote or called).
 */
export function contactsOf(action: { data: { headCount?: number | null; candidateIds?: readonly string[] | null } }): number {
  const headCount = action.data.headCount;
  if (typeof headCount === 'number') return headCount;
  return (action.data.candidateIds ?? []).length === 0 ? 1 : 0;
}

export function computeSpoc(scope: Scope, period: Period): ActivityReport['spoc'] {
  const total = emptyTally();
  const bySite = new Map<string, Tally>();
  const byMetier = new Map<string, number>();

  for (const action of scope.spocActions) {
    // An action counts in the period of its own date.
    if (!inPeriod(action.data.date, period)) continue;
    const siteId = scope.siteOf(action);
    let site = bySite.get(siteId);
    if (!site) bySite.set(siteId, (site = emptyTally()));
    const kind = action.data.kind;
    // Unnamed people are contacts, on their own line: nobody can dedupe them, so they never enter
    // the distinct persons (the 2024 report leaves them out of its counts too).
    const contacts = contactsOf(action);
    const named: string[] = [];
    for (const candidateId of action.data.candidateIds ?? []) {
      const person = scope.persons.person(candidateId);
      if (person !== undefined) named.push(person);
    }
    for (const tally of [total, site]) {
      tally.actions += 1;
      tally.contacts += contacts;
      if (isKind(kind)) tally.byKind[kind] += 1;
      // Named persons count once per row and once in the total however many actions they had
      // (Sets): a person informed at two sites counts in both rows but once in the total.
      for (const person of named) tally.named.add(person);
    }
    // An action about several métiers is an action asked about each of them; duplicates once.
    for (const metier of new Set(action.data.metiers ?? [])) increment(byMetier, metier);
  }

  const figures = (tally: Tally) => ({
    actions: tally.actions,
    persons: tally.named.size,
    contacts: tally.contacts,
    byKind: tally.byKind,
  });
  return {
    total: figures(total),
    bySite: rowSites(scope, bySite.keys()).map((siteId) => ({ siteId, ...figures(bySite.get(siteId) ?? emptyTally()) })),
    byMetier: [...byMetier]
      .map(([metier, actions]) => ({ metier, actions }))
      .sort((a, b) => b.actions - a.actions || compareCodes(a.metier, b.metier)),
  };
}

/** Named persons (after merges) of the period's actions (for the duplicate check). */
export function spocNamedPersons(scope: Scope, period: Period): Set<string> {
  const persons = new Set<string>();
  for (const action of scope.spocActions) {
    if (!inPeriod(action.data.date, period)) continue;
    for (const candidateId of action.data.candidateIds ?? []) {
      const person = scope.persons.person(candidateId);
      if (person !== undefined) persons.add(person);
    }
  }
  return persons;
}

// Table 6: distinct candidates per module and site. A module participation is an attendance
// `present` or `retard` (late is there) in a session whose date is in the period, at the session's
// site; `inscrit` and the absences are not participations. A person at several sessions of one
// module counts once for that module, and once for each module they attended. A deleted
// candidate's attendance adds no candidate (persons.ts).
import { compareCodes, inPeriod, type Period } from './period';
import type { Scope } from './scope';
import type { ModuleRow } from './types';

export interface ModulesResult {
  rows: ModuleRow[];
  /** Persons with a participation in the period (for the duplicate check). */
  persons: Set<string>;
}

export function computeModules(scope: Scope, period: Period): ModulesResult {
  const cells = new Map<string, { siteId: string; module: string; persons: Set<string> }>();
  const persons = new Set<string>();
  for (const { record, session } of scope.attendance) {
    const status = record.data.status;
    const module = session.data.module;
    if (status !== 'present' && status !== 'retard') continue;
    if (!inPeriod(session.data.date, period) || !module) continue;
    const person = scope.persons.person(record.data.candidateId);
    if (person === undefined) continue;
    const key = `${session.siteId}\u0000${module}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { siteId: session.siteId, module, persons: new Set() }));
    cell.persons.add(person);
    persons.add(person);
  }
  const rows = [...cells.values()]
    .map(({ siteId, module, persons: cellPersons }) => ({ siteId, module, candidates: cellPersons.size }))
    .sort((a, b) => compareCodes(a.siteId, b.siteId) || compareCodes(a.module, b.module));
  return { rows, persons };
}

// Table 6: distinct candidates per module and site. A module participation is an attendance
// `present` or `retard` (late is there) in a session whose date is in the period, or individual
// module work (the synced table `moduleWork`: a one-to-one technical practice, an FLE coaching)
// dated in the period; `inscrit` and the absences are not participations. Each counts at its work
// site (scope.ts). A person at several sessions of one module, or in a session and individual
// work of it, counts once for that module. A deleted candidate's participation adds no candidate
// (persons.ts). Every module of the code list is a row of every site, in the list's order, with 0.
import { MODULE_CODES } from '../codes';
import { compareCodes, inPeriod, type Period } from './period';
import { rowSites, type Scope } from './scope';
import type { ModuleRow } from './types';

export interface ModulesResult {
  rows: ModuleRow[];
  /** Persons with a participation in the period (for the duplicate check). */
  persons: Set<string>;
}

export function computeModules(scope: Scope, period: Period): ModulesResult {
  const cells = new Map<string, Set<string>>();
  const persons = new Set<string>();
  const sites = new Set<string>();
  const modules = new Set<string>(MODULE_CODES);
  const participate = (siteId: string, module: string | undefined, candidateId: string | undefined) => {
    if (!module) return;
    const person = scope.persons.person(candidateId);
    if (person === undefined) return;
    sites.add(siteId);
    modules.add(module);
    const key = `${siteId}\u0000${module}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = new Set()));
    cell.add(person);
    persons.add(person);
  };
  for (const { record, session, siteId } of scope.attendance) {
    const status = record.data.status;
    if (status !== 'present' && status !== 'retard') continue;
    if (inPeriod(session.data.date, period)) participate(siteId, session.data.module, record.data.candidateId);
  }
  for (const work of scope.moduleWork) {
    if (inPeriod(work.data.date, period)) participate(scope.siteOf(work), work.data.module, work.data.candidateId);
  }
  const listed = new Set<string>(MODULE_CODES);
  const order = [...MODULE_CODES, ...[...modules].filter((module) => !listed.has(module)).sort(compareCodes)];
  const rows: ModuleRow[] = [];
  for (const siteId of rowSites(scope, sites)) {
    for (const module of order) rows.push({ siteId, module, candidates: cells.get(`${siteId}\u0000${module}`)?.size ?? 0 });
  }
  return { rows, persons };
}

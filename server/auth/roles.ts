// What each role may do beyond its sites (docs/roles-and-organisations.md). The network reporter
// reads the network's masked report from the server and nothing else: no tablet workspace, so no
// pull, push or conflicts.
import type { Role } from '../../src/domain/codes';

/** Roles that keep records on a tablet (pull, push, conflicts). */
export function hasTabletWorkspace(role: Role): boolean {
  return role !== 'reporter';
}

/** Roles that read the activity report: coordinators (their sites), admins and network reporters (every site). */
export function readsActivityReport(role: Role): boolean {
  return role === 'coordinator' || role === 'admin' || role === 'reporter';
}

/** Roles whose report covers every live site, across organisations. */
export function reportsOnEverySite(role: Role): boolean {
  return role === 'admin' || role === 'reporter';
}

// Every path of the server's API in one place, read by the server's routes and by the tablet's
// clients, so neither can move a path without the other. Patterns with `:id` are Fastify routes;
// `pathWithId` fills one in for a request.
export const API_PATHS = {
  health: '/api/health',
  login: '/api/auth/login',
  push: '/api/sync/push',
  pull: '/api/sync/pull',
  conflicts: '/api/sync/conflicts',
  activityReport: '/api/reports/activity',
  pastYears: '/api/reports/past-years',
  networkPastYears: '/api/reports/network-past-years',
  reportTargets: '/api/reports/targets',
  erase: '/api/candidates/:id/erase',
  transfer: '/api/candidates/:id/transfer',
  merge: '/api/candidates/:id/merge',
  personFile: '/api/candidates/:id/file',
} as const;

/** A route pattern with its `:id` filled in, encoded. */
export function pathWithId(pattern: string, id: string): string {
  return pattern.replace(':id', encodeURIComponent(id));
}

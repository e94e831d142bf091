// The network's distinct totals of past years (docs/report-counting.md, "Evolution over years and
// past years"), entered by the network reporter (and administrators):
//   GET    /api/reports/network-past-years                 → { networkPastYears: NetworkPastYearRow[] }
//   PUT    /api/reports/network-past-years {year, spocPersons, accompaniedPersons, accompaniments?} → { networkPastYear }
//   DELETE /api/reports/network-past-years?year=…          → 204, or 404 not_found when nothing was entered
// 401 without a valid token; 403 for advisers and coordinators (a coordinator sees one
// organisation: the network's totals are not theirs to set); 400 bad_request with issues in words
// for a year not before the current one, or a count not a whole number ≥ 0.
import type { FastifyInstance } from 'fastify';
import type { Role } from '../../src/domain/codes';
import type { ServerDatabase } from '../db/connect';
import { requireUser } from '../http/authenticate';
import { forbidden, notFound, parseOrBadRequest } from '../http/errors';
import {
  deleteNetworkPastYear,
  listNetworkPastYears,
  networkPastYearBodySchema,
  networkPastYearKeySchema,
  saveNetworkPastYear,
  type NetworkPastYearRow,
} from '../reports/network-past-years';
import { API_PATHS } from '../../src/domain/api-paths';

export const NETWORK_PAST_YEARS_PATH = API_PATHS.networkPastYears;

/** Roles that keep the network's totals: the network reporter, and administrators. */
export function keepsNetworkPastYears(role: Role): boolean {
  return role === 'reporter' || role === 'admin';
}

export function registerNetworkPastYearsRoutes(app: FastifyInstance, database: ServerDatabase): void {
  const authorise = async (request: Parameters<typeof requireUser>[1]) => {
    const user = await requireUser(database, request);
    if (!keepsNetworkPastYears(user.role)) throw forbidden();
    return user;
  };

  app.get(NETWORK_PAST_YEARS_PATH, async (request): Promise<{ networkPastYears: NetworkPastYearRow[] }> => {
    await authorise(request);
    return { networkPastYears: await listNetworkPastYears(database.db) };
  });

  app.put(NETWORK_PAST_YEARS_PATH, async (request): Promise<{ networkPastYear: NetworkPastYearRow }> => {
    const user = await authorise(request);
    const body = parseOrBadRequest(networkPastYearBodySchema(), request.body);
    return { networkPastYear: await saveNetworkPastYear(database.db, body, user.id) };
  });

  app.delete(NETWORK_PAST_YEARS_PATH, async (request, reply) => {
    await authorise(request);
    const key = parseOrBadRequest(networkPastYearKeySchema(), request.query);
    if (!(await deleteNetworkPastYear(database.db, key.year))) throw notFound();
    return reply.code(204).send();
  });
}

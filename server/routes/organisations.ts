// GET /api/organisations: the organisations and their sites, for the accounts screens. An
// administrator gets all of them; a coordinator those of their own sites; anyone else 403.
import type { FastifyInstance } from 'fastify';
import { ACCOUNT_PATHS } from '../../src/domain/accounts';
import type { OrganisationSummary } from '../../src/domain/accounts';
import type { ServerDatabase } from '../db/connect';
import { requireUser } from '../http/authenticate';
import { forbidden } from '../http/errors';
import { canManageAccounts } from '../accounts/manage';
import { listOrganisations } from '../organisations/organisations';
import { siteOrganisationIds } from '../organisations/sites';

export function registerOrganisationRoutes(app: FastifyInstance, database: ServerDatabase): void {
  app.get(ACCOUNT_PATHS.organisations, async (request): Promise<{ organisations: OrganisationSummary[] }> => {
    const user = await requireUser(database, request);
    if (!canManageAccounts(user)) throw forbidden();
    const sites = await siteOrganisationIds(database.db);
    const siteIdsOf = (organisationId: string) => [...sites].filter(([, of]) => of === organisationId).map(([siteId]) => siteId).sort();
    const all = (await listOrganisations(database.db)).map((organisation) => ({ ...organisation, siteIds: siteIdsOf(organisation.id) }));
    if (user.role === 'admin') return { organisations: all };
    const own = new Set(user.siteIds.map((siteId) => sites.get(siteId)));
    return { organisations: all.filter((organisation) => own.has(organisation.id)) };
  });
}

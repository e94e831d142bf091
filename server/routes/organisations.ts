// The organisations and their sites, for the accounts screens (contract in src/domain/accounts.ts).
// GET: an administrator gets all of them; a coordinator those of their own sites; anyone else 403.
// POST (create) and PATCH (rename): administrators only, as the admin CLI's create-organisation.
import type { FastifyInstance } from 'fastify';
import { ACCOUNT_PATHS, createOrganisationSchema, renameOrganisationSchema } from '../../src/domain/accounts';
import type { OrganisationSummary } from '../../src/domain/accounts';
import type { ServerDatabase } from '../db/connect';
import type { Database } from '../db/schema';
import type { Kysely } from 'kysely';
import { requireUser } from '../http/authenticate';
import { badRequest, forbidden, notFound, parseOrBadRequest } from '../http/errors';
import { canManageAccounts } from '../accounts/manage';
import { findOrganisation, insertOrganisation, listOrganisations, renameOrganisation } from '../organisations/organisations';
import { siteOrganisationIds } from '../organisations/sites';

async function summaryOf(db: Kysely<Database>, id: string): Promise<OrganisationSummary | undefined> {
  const organisation = await findOrganisation(db, id);
  if (!organisation) return undefined;
  const sites = await siteOrganisationIds(db);
  return { ...organisation, siteIds: [...sites].filter(([, of]) => of === id).map(([siteId]) => siteId).sort() };
}

export function registerOrganisationRoutes(app: FastifyInstance, database: ServerDatabase): void {
  const { db } = database;
  const requireAdmin = async (request: Parameters<typeof requireUser>[1]) => {
    const user = await requireUser(database, request);
    if (user.role !== 'admin') throw forbidden();
    return user;
  };

  app.get(ACCOUNT_PATHS.organisations, async (request): Promise<{ organisations: OrganisationSummary[] }> => {
    const user = await requireUser(database, request);
    if (!canManageAccounts(user)) throw forbidden();
    const sites = await siteOrganisationIds(db);
    const siteIdsOf = (organisationId: string) => [...sites].filter(([, of]) => of === organisationId).map(([siteId]) => siteId).sort();
    const all = (await listOrganisations(db)).map((organisation) => ({ ...organisation, siteIds: siteIdsOf(organisation.id) }));
    if (user.role === 'admin') return { organisations: all };
    const own = new Set(user.siteIds.map((siteId) => sites.get(siteId)));
    return { organisations: all.filter((organisation) => own.has(organisation.id)) };
  });

  app.post(ACCOUNT_PATHS.organisations, async (request, reply) => {
    await requireAdmin(request);
    const body = parseOrBadRequest(createOrganisationSchema, request.body);
    await db.transaction().execute(async (trx) => {
      if (await findOrganisation(trx, body.id)) throw badRequest([{ path: ['id'], code: 'taken', message: `An organisation "${body.id}" already exists.` }]);
      await insertOrganisation(trx, body);
    });
    return reply.code(201).send({ organisation: { ...body, siteIds: [] } satisfies OrganisationSummary });
  });

  app.patch<{ Params: { id: string } }>(`${ACCOUNT_PATHS.organisations}/:id`, async (request): Promise<{ organisation: OrganisationSummary }> => {
    await requireAdmin(request);
    const body = parseOrBadRequest(renameOrganisationSchema, request.body);
    if (!(await renameOrganisation(db, request.params.id, body.name))) throw notFound();
    const organisation = await summaryOf(db, request.params.id);
    if (!organisation) throw notFound();
    return { organisation };
  });
}

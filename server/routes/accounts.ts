// Accounts, devices and the audit log over HTTP (the contract is in src/domain/accounts.ts).
import type { FastifyInstance } from 'fastify';
import {
  ACCOUNT_PATHS,
  createAccountSchema,
  resetPasswordSchema,
  retentionBodySchema,
  updateAccountSchema,
} from '../../src/domain/accounts';
import type { AccountSummary, RetentionSetting } from '../../src/domain/accounts';
import type { ServerDatabase } from '../db/connect';
import { bearerToken, requireUser } from '../http/authenticate';
import { forbidden, notFound, parseOrBadRequest } from '../http/errors';
import { holderOfToken, revokeToken } from '../auth/tokens';
import { forgetPinUnlock } from '../auth/device-unlock';
import { accountSummary, assertManages, canManageAccounts, createAccount, listAccounts, resetPassword, updateAccount } from '../accounts/manage';
import { writeAudit } from '../accounts/audit';
import { revokeDevice } from '../accounts/devices';
import { retentionSettings, setRetention } from '../accounts/retention';
import { reportSiteIds } from '../reports/access';

type IdParams = { Params: { id: string } };
type DeviceParams = { Params: { id: string; deviceId: string } };

export function registerAccountRoutes(app: FastifyInstance, database: ServerDatabase): void {
  const { db } = database;
  // An account change concerns every site of the account (and those it just left): each one's coordinators see it.
  const auditAccount = (actorId: string, action: 'account-created' | 'account-updated' | 'password-reset' | 'device-revoked', account: AccountSummary, formerSiteIds: readonly string[] = []) =>
    writeAudit(db, { actorId, action, siteIds: [...formerSiteIds, ...account.siteIds], targetTable: 'users', targetId: account.id });

  app.post(ACCOUNT_PATHS.logout, async (request, reply) => {
    await requireUser(database, request);
    const token = bearerToken(request);
    if (token) {
      // The device's PIN unlock ends with the session: after a logout only the password opens.
      const holder = await holderOfToken(db, token);
      if (holder?.deviceId) await forgetPinUnlock(db, holder.userId, holder.deviceId);
      await revokeToken(db, token);
    }
    return reply.code(204).send();
  });

  app.get(ACCOUNT_PATHS.users, async (request): Promise<{ users: AccountSummary[] }> => {
    const user = await requireUser(database, request);
    return { users: await listAccounts(db, user) };
  });

  app.post(ACCOUNT_PATHS.users, async (request): Promise<{ user: AccountSummary }> => {
    const actor = await requireUser(database, request);
    if (!canManageAccounts(actor)) throw forbidden();
    const body = parseOrBadRequest(createAccountSchema, request.body);
    const account = await accountSummary(db, await createAccount(db, actor, body));
    await auditAccount(actor.id, 'account-created', account);
    return { user: account };
  });

  app.patch<IdParams>(`${ACCOUNT_PATHS.users}/:id`, async (request): Promise<{ user: AccountSummary }> => {
    const actor = await requireUser(database, request);
    if (!canManageAccounts(actor)) throw forbidden();
    const body = parseOrBadRequest(updateAccountSchema, request.body);
    const before = await assertManages(db, actor, request.params.id);
    await updateAccount(db, actor, request.params.id, body);
    const account = await accountSummary(db, request.params.id);
    await auditAccount(actor.id, 'account-updated', account, before.siteIds);
    return { user: account };
  });

  app.post<IdParams>(`${ACCOUNT_PATHS.users}/:id/password`, async (request, reply) => {
    const actor = await requireUser(database, request);
    if (!canManageAccounts(actor)) throw forbidden();
    const body = parseOrBadRequest(resetPasswordSchema, request.body);
    await resetPassword(db, actor, request.params.id, body.password);
    await auditAccount(actor.id, 'password-reset', await accountSummary(db, request.params.id));
    return reply.code(204).send();
  });

  app.post<DeviceParams>(`${ACCOUNT_PATHS.users}/:id/devices/:deviceId/revoke`, async (request): Promise<{ user: AccountSummary }> => {
    const actor = await requireUser(database, request);
    const before = await assertManages(db, actor, request.params.id);
    if (!before.devices.some((device) => device.deviceId === request.params.deviceId)) throw notFound();
    if (await revokeDevice(db, request.params.id, request.params.deviceId)) await auditAccount(actor.id, 'device-revoked', before);
    return { user: await accountSummary(db, request.params.id) };
  });

  app.get(ACCOUNT_PATHS.retention, async (request): Promise<{ sites: RetentionSetting[] }> => {
    const user = await requireUser(database, request);
    if (!canManageAccounts(user)) throw forbidden();
    return { sites: await retentionSettings(db, await reportSiteIds(db, user, undefined)) };
  });

  app.put(ACCOUNT_PATHS.retention, async (request): Promise<{ site: RetentionSetting }> => {
    const user = await requireUser(database, request);
    if (!canManageAccounts(user)) throw forbidden();
    const body = parseOrBadRequest(retentionBodySchema, request.body);
    await reportSiteIds(db, user, [body.siteId]); // 403 outside the user's sites
    return { site: await setRetention(db, body.siteId, body.years, user.id) };
  });
}

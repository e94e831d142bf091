// POST /api/auth/password: a signed-in user changes their own password. The new one must pass the
// policy (checked first: no hash spent on it); the current one is checked like a login, counted
// before its hash and refused with 429 while backing off, on the same counts as the login (a stolen
// token does not give unlimited guesses). A change ends every OTHER session of the user; the one that
// made it stays (docs/login-security.md).
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ACCOUNT_PATHS, changePasswordSchema } from '../../src/domain/accounts';
import { validationText } from '../../src/domain/validation-messages';
import type { ServerDatabase } from '../db/connect';
import type { LoginGuard } from '../auth/login-guard';
import { assertAllowedPassword } from '../auth/password-policy';
import { hashPassword } from '../auth/passwords';
import { revokeOtherTokensOf } from '../auth/tokens';
import { bearerToken, requireUser } from '../http/authenticate';
import { badRequest, parseOrBadRequest, unauthorized } from '../http/errors';
import { sendRateLimited } from '../http/rate-limited';

export function registerOwnPasswordRoute(app: FastifyInstance, database: ServerDatabase, guard: LoginGuard): void {
  const { db } = database;
  app.post(ACCOUNT_PATHS.password, async (request, reply): Promise<FastifyReply> => {
    const user = await requireUser(database, request);
    const body = parseOrBadRequest(changePasswordSchema, request.body);
    assertAllowedPassword('newPassword', body.newPassword);
    const auth = await db.selectFrom('users_auth').select(['email', 'password_hash']).where('user_id', '=', user.id).executeTakeFirst();
    const token = bearerToken(request);
    if (!auth || !token) throw unauthorized();

    const check = await guard.check(auth.email, request.ip, auth.password_hash, body.currentPassword);
    if (check.outcome === 'backoff') return sendRateLimited(reply, check.retryAfterSeconds);
    if (check.outcome === 'wrong') throw badRequest([{ path: ['currentPassword'], code: 'wrongPassword', message: validationText('wrongPassword') }]);
    await guard.succeeded(auth.email, request.ip);

    const passwordHash = await hashPassword(body.newPassword); // slow: outside the transaction
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('users_auth').set({ password_hash: passwordHash }).where('user_id', '=', user.id).execute();
      await revokeOtherTokensOf(trx, user.id, token);
    });
    return reply.code(204).send();
  });
}

// POST /api/auth/login. The same 401 whether the email exists or not (and the same work: a
// dummy hash is verified), and repeated failures are refused for a while with 429. A revoked device
// gets `401 {"error":"unauthorized","wipe":true}`.
import type { FastifyInstance } from 'fastify';
import { API_PATHS, loginRequestSchema } from '../../src/domain/wire';
import type { LoginResponse } from '../../src/domain/wire';
import type { ServerDatabase } from '../db/connect';
import { DUMMY_PASSWORD_HASH, verifyPassword } from '../auth/passwords';
import { deviceSecretFor, issueToken } from '../auth/tokens';
import { loadUser, toSessionUser } from '../auth/users';
import type { LoginLimiter } from '../auth/login-limiter';
import { HttpError, parseOrBadRequest, unauthorized } from '../http/errors';
import { wipeDevice } from '../http/authenticate';
import { isDeviceRevoked, recordDeviceContact } from '../accounts/devices';

export function registerLoginRoute(app: FastifyInstance, database: ServerDatabase, limiter: LoginLimiter, tokenTtlHours: number): void {
  app.post(API_PATHS.login, async (request): Promise<LoginResponse> => {
    const body = parseOrBadRequest(loginRequestSchema, request.body);
    const email = body.email.trim().toLowerCase();
    if (limiter.isBlocked(email, request.ip)) throw new HttpError(429, { error: 'rate_limited' });

    const account = await database.db.selectFrom('users_auth').select(['user_id', 'password_hash']).where('email', '=', email).executeTakeFirst();
    const passwordOk = await verifyPassword(account?.password_hash ?? DUMMY_PASSWORD_HASH, body.password);
    const user = account && passwordOk ? await loadUser(database.db, account.user_id) : undefined;
    if (!user?.active) {
      limiter.recordFailure(email, request.ip);
      throw unauthorized();
    }
    limiter.recordSuccess(email);
    if (body.deviceId) {
      // A revoked tablet is told to wipe this user's data; once wiped it signs in as a new device.
      if (await isDeviceRevoked(database.db, user.id, body.deviceId)) throw wipeDevice();
      await recordDeviceContact(database.db, user.id, body.deviceId);
    }

    const { token, expiresAt } = await issueToken(database.db, user.id, body.deviceId, tokenTtlHours);
    const deviceSecret = body.deviceId ? await deviceSecretFor(database.db, user.id, body.deviceId) : undefined;
    return { token, user: toSessionUser(user), expiresAt, ...(deviceSecret ? { deviceSecret } : {}) };
  });
}

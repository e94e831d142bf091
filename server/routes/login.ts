// POST /api/auth/login. The same 401 whether the email exists or not (and the same work: a
// dummy hash is verified). Every attempt is counted before its hash is checked, and refused with 429
// and Retry-After while the account or address backs off (docs/login-security.md). A revoked device
// gets `401 {"error":"unauthorized","wipe":true}`.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { API_PATHS, loginRequestSchema } from '../../src/domain/wire';
import type { LoginResponse } from '../../src/domain/wire';
import type { ServerDatabase } from '../db/connect';
import { deviceSecretFor, issueToken } from '../auth/tokens';
import { loadUser, toSessionUser } from '../auth/users';
import type { LoginGuard } from '../auth/login-guard';
import { parseOrBadRequest, unauthorized } from '../http/errors';
import { sendRateLimited } from '../http/rate-limited';
import { wipeDevice } from '../http/authenticate';
import { isDeviceRevoked, recordDeviceContact } from '../accounts/devices';

export function registerLoginRoute(app: FastifyInstance, database: ServerDatabase, guard: LoginGuard, tokenTtlHours: number): void {
  app.post(API_PATHS.login, async (request, reply): Promise<LoginResponse | FastifyReply> => {
    const body = parseOrBadRequest(loginRequestSchema, request.body);
    const email = body.email.trim().toLowerCase();

    const account = await database.db.selectFrom('users_auth').select(['user_id', 'password_hash']).where('email', '=', email).executeTakeFirst();
    const check = await guard.check(email, request.ip, account?.password_hash, body.password);
    if (check.outcome === 'backoff') return sendRateLimited(reply, check.retryAfterSeconds);
    const user = account && check.outcome === 'right' ? await loadUser(database.db, account.user_id) : undefined;
    if (!user?.active) throw unauthorized(); // already counted as a failure
    await guard.succeeded(email, request.ip);
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

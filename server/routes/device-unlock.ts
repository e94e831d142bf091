// The PIN unlock routes (contract in src/domain/device-unlock.ts). Enrolment needs the device's own
// session; the unlock itself cannot (the tablet's token is sealed under the key it is opening), so
// it is bound to the user and device ids and limited twice: by the attempts counted per device (five,
// then the secret is destroyed) and by the login throttle shared with passwords (per account and per
// address, counted before the proof is checked, in the database: login-guard.ts).
import type { FastifyInstance, FastifyReply } from 'fastify';
import { DEVICE_UNLOCK_PATHS, enrolPinRequestSchema, pinUnlockRequestSchema, type EnrolPinResponse } from '../../src/domain/device-unlock';
import type { ServerDatabase } from '../db/connect';
import { enrolPinUnlock, hasLivePinUnlock, tryPinUnlock } from '../auth/device-unlock';
import type { LoginGuard } from '../auth/login-guard';
import { sendRateLimited } from '../http/rate-limited';
import { holderOfToken } from '../auth/tokens';
import { isDeviceRevoked } from '../accounts/devices';
import { loadUser } from '../auth/users';
import { HttpError, badRequest, parseOrBadRequest } from '../http/errors';
import { bearerToken, requireUser, wipeDevice } from '../http/authenticate';

export function registerDeviceUnlockRoutes(app: FastifyInstance, database: ServerDatabase, guard: LoginGuard): void {
  const { db } = database;

  app.post(DEVICE_UNLOCK_PATHS.enrolPin, async (request): Promise<EnrolPinResponse> => {
    const user = await requireUser(database, request);
    const body = parseOrBadRequest(enrolPinRequestSchema, request.body);
    // Only the device the session was opened on may enrol itself.
    const holder = await holderOfToken(db, bearerToken(request) ?? '');
    if (holder?.deviceId !== body.deviceId) {
      throw badRequest([{ path: ['deviceId'], code: 'otherDevice', message: 'This session was not opened on that device.' }]);
    }
    return enrolPinUnlock(db, user.id, body.deviceId, body.proof);
  });

  app.post(DEVICE_UNLOCK_PATHS.unlockWithPin, async (request, reply): Promise<{ secret: string } | FastifyReply> => {
    const body = parseOrBadRequest(pinUnlockRequestSchema, request.body);
    if (await isDeviceRevoked(db, body.userId, body.deviceId)) throw wipeDevice();
    const user = await loadUser(db, body.userId);
    // No secret to open, nothing to guess: answered without counting (the tablet then asks for the password).
    if (!user?.active || !(await hasLivePinUnlock(db, body.userId, body.deviceId))) throw new HttpError(401, { error: 'pin_unavailable' });
    const account = await db.selectFrom('users_auth').select('email').where('user_id', '=', user.id).executeTakeFirstOrThrow();
    const admission = await guard.admitPin(account.email, request.ip);
    if (!admission.admitted) return sendRateLimited(reply, admission.retryAfterSeconds);
    const outcome = await tryPinUnlock(db, body.userId, body.deviceId, body.proof);
    if (outcome.result === 'ok') {
      await guard.succeeded(account.email, request.ip);
      return { secret: outcome.secret };
    }
    if (outcome.result === 'wrong') throw new HttpError(401, { error: 'wrong_pin', remaining: outcome.remaining });
    if (outcome.result === 'locked-out') throw new HttpError(401, { error: 'pin_locked_out' });
    throw new HttpError(401, { error: 'pin_unavailable' });
  });
}

// The PIN unlock routes (contract in src/domain/device-unlock.ts). Enrolment needs the device's own
// session; the unlock itself cannot (the tablet's token is sealed under the key it is opening), so
// it is bound to the user and device ids and limited by the attempts counted per device.
import type { FastifyInstance } from 'fastify';
import { DEVICE_UNLOCK_PATHS, enrolPinRequestSchema, pinUnlockRequestSchema, type EnrolPinResponse } from '../../src/domain/device-unlock';
import type { ServerDatabase } from '../db/connect';
import { enrolPinUnlock, tryPinUnlock } from '../auth/device-unlock';
import { holderOfToken } from '../auth/tokens';
import { isDeviceRevoked } from '../accounts/devices';
import { loadUser } from '../auth/users';
import { HttpError, badRequest, parseOrBadRequest } from '../http/errors';
import { bearerToken, requireUser, wipeDevice } from '../http/authenticate';

export function registerDeviceUnlockRoutes(app: FastifyInstance, database: ServerDatabase): void {
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

  app.post(DEVICE_UNLOCK_PATHS.unlockWithPin, async (request) => {
    const body = parseOrBadRequest(pinUnlockRequestSchema, request.body);
    if (await isDeviceRevoked(db, body.userId, body.deviceId)) throw wipeDevice();
    const user = await loadUser(db, body.userId);
    if (!user?.active) throw new HttpError(401, { error: 'pin_unavailable' });
    const outcome = await tryPinUnlock(db, body.userId, body.deviceId, body.proof);
    if (outcome.result === 'ok') return { secret: outcome.secret };
    if (outcome.result === 'wrong') throw new HttpError(401, { error: 'wrong_pin', remaining: outcome.remaining });
    if (outcome.result === 'locked-out') throw new HttpError(401, { error: 'pin_locked_out' });
    throw new HttpError(401, { error: 'pin_unavailable' });
  });
}

// The PIN unlock routes (contract in src/domain/device-unlock.ts) through the sync transport's
// requester. Refusals come back as answers, not errors: the unlock screen says each in words.
import { DEVICE_UNLOCK_PATHS, enrolPinResponseSchema, pinUnlockRefusalSchema, pinUnlockResponseSchema } from '../domain/device-unlock';
import type { ServerPinAnswer } from '../db/pin-unlock';
import { TransportError, createJsonRequester, type TransportOptions } from './transport';
import { isWipeOrder } from './device-wipe';

export interface DeviceUnlockApi {
  enrolPin(token: string, deviceId: string, proof: string): Promise<{ secret: string; expiresAt: string }>;
  unlockWithPin(userId: string, deviceId: string, proof: string): Promise<ServerPinAnswer>;
}

export function createDeviceUnlockApi(options: TransportOptions = {}): DeviceUnlockApi {
  const request = createJsonRequester({ timeoutMs: 15_000, ...options });
  return {
    enrolPin: (token, deviceId, proof) => request(enrolPinResponseSchema, DEVICE_UNLOCK_PATHS.enrolPin, { method: 'POST', token, body: { deviceId, proof } }),
    async unlockWithPin(userId, deviceId, proof) {
      try {
        const { secret } = await request(pinUnlockResponseSchema, DEVICE_UNLOCK_PATHS.unlockWithPin, { method: 'POST', body: { userId, deviceId, proof } });
        return { result: 'ok', secret };
      } catch (error) {
        if (!(error instanceof TransportError)) throw error;
        if (error.kind === 'network' || error.kind === 'server') return { result: 'offline' };
        if (isWipeOrder(error)) return { result: 'wipe' };
        // The login throttle shared with passwords (server/auth/login-guard.ts): the PIN wrap is kept.
        if (error.kind === 'rate_limited') return { result: 'rate-limited' };
        const refusal = pinUnlockRefusalSchema.safeParse(error.details.body);
        if (refusal.success && refusal.data.error === 'wrong_pin') return { result: 'wrong', remaining: refusal.data.remaining ?? 0 };
        if (refusal.success && refusal.data.error === 'pin_locked_out') return { result: 'locked-out' };
        return { result: 'unavailable' };
      }
    },
  };
}

// The PIN unlock with the server's help (docs/key-handling.md), shared by the server and the tablet:
//   POST /api/devices/pin-unlock  (Bearer)  {deviceId, proof}          → { secret, expiresAt }
//        enrols this device: the server keeps a fresh secret and the hash of the PIN proof;
//   POST /api/auth/pin-unlock               {userId, deviceId, proof}  → { secret }
//        after a reload: the secret, only for the right proof; a wrong one answers
//        401 {"error":"wrong_pin","remaining":n}; the fifth destroys the secret and answers
//        401 {"error":"pin_locked_out"}; none kept (never enrolled, expired after 12 hours, logged
//        out, locked out) answers 401 {"error":"pin_unavailable"}; a revoked device gets the wipe order.
// The proof is derived from the PIN on the tablet; the secret never touches the tablet's disk.
import { z } from 'zod';

export const DEVICE_UNLOCK_PATHS = {
  enrolPin: '/api/devices/pin-unlock',
  unlockWithPin: '/api/auth/pin-unlock',
} as const;

/** Wrong PINs after which the server destroys the device's secret. */
export const MAX_SERVER_PIN_ATTEMPTS = 5;
/** How long the server keeps a device's PIN secret after enrolment. */
export const PIN_UNLOCK_TTL_HOURS = 12;

/** 32 bytes in base64url, no padding. */
const proof = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { message: 'invalidProof' });
const id = z.string().min(1).max(64);

export const enrolPinRequestSchema = z.strictObject({ deviceId: id, proof });
export const enrolPinResponseSchema = z.object({ secret: z.string().min(40).max(100), expiresAt: z.string() });
export const pinUnlockRequestSchema = z.strictObject({ userId: id, deviceId: id, proof });
export const pinUnlockResponseSchema = z.object({ secret: z.string().min(40).max(100) });
export const pinUnlockRefusalSchema = z.object({
  error: z.enum(['wrong_pin', 'pin_locked_out', 'pin_unavailable', 'unauthorized']),
  remaining: z.number().int().min(0).optional(),
  wipe: z.boolean().optional(),
});

export type EnrolPinResponse = z.infer<typeof enrolPinResponseSchema>;
export type PinUnlockRefusal = z.infer<typeof pinUnlockRefusalSchema>;

import { describe, expect, it } from 'vitest';
import { createDeviceUnlockApi } from './device-unlock-api';

const answering = (status: number, body: unknown): typeof fetch => async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('the PIN unlock answers', () => {
  it('tells each refusal apart, a 429 of the login throttle included (the PIN wrap is then kept)', async () => {
    const ask = (status: number, body: unknown) => createDeviceUnlockApi({ fetch: answering(status, body) }).unlockWithPin('u', 'd', 'p');
    expect(await ask(200, { secret: 's'.repeat(43) })).toEqual({ result: 'ok', secret: 's'.repeat(43) });
    expect(await ask(401, { error: 'wrong_pin', remaining: 3 })).toEqual({ result: 'wrong', remaining: 3 });
    expect(await ask(401, { error: 'pin_locked_out' })).toEqual({ result: 'locked-out' });
    expect(await ask(401, { error: 'pin_unavailable' })).toEqual({ result: 'unavailable' });
    expect(await ask(429, { error: 'rate_limited', retryAfterSeconds: 60, message: 'Too many' })).toEqual({ result: 'rate-limited' });
  });
});

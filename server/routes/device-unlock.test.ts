// The PIN unlock with the server's help: the secret only for the right proof, five wrong tries then
// the secret destroyed, nothing for another user or device, and forgotten on logout, revocation
// and after 12 hours. Each refusal is shown to change nothing else in the database.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_PATHS } from '../../src/domain/accounts';
import { DEVICE_UNLOCK_PATHS, MAX_SERVER_PIN_ATTEMPTS } from '../../src/domain/device-unlock';
import { API_PATHS } from '../../src/domain/wire';
import { testDatabases } from '../../tests/support/postgres';
import { tryPinUnlock } from '../auth/device-unlock';
import { PASSWORD, createFixture, type Fixture } from '../test-fixture';

const newProof = () => randomBytes(32).toString('base64url');

describe.each(testDatabases())('PIN unlock with the server’s help on $name', (target) => {
  let fixture: Fixture;
  const inject = (url: string, payload: object, token?: string) =>
    fixture.server.app.inject({ method: 'POST', url, payload, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const unlockRow = (userId: string, deviceId: string) =>
    fixture.server.db.selectFrom('device_unlocks').selectAll().where('user_id', '=', userId).where('device_id', '=', deviceId).executeTakeFirst();

  /** Alice logs in on a new device and enrols a PIN proof there. */
  async function enrolled() {
    const deviceId = randomUUID();
    const login = await inject(API_PATHS.login, { email: fixture.users.alice.email, password: PASSWORD, deviceId });
    const token = login.json<{ token: string }>().token;
    const proof = newProof();
    const response = await inject(DEVICE_UNLOCK_PATHS.enrolPin, { deviceId, proof }, token);
    expect(response.statusCode).toBe(200);
    const { secret, expiresAt } = response.json<{ secret: string; expiresAt: string }>();
    const userId = fixture.users.alice.id;
    return { deviceId, token, proof, secret, expiresAt, userId, unlock: (tried: string, who = userId, device = deviceId) => inject(DEVICE_UNLOCK_PATHS.unlockWithPin, { userId: who, deviceId: device, proof: tried }) };
  }

  beforeAll(async () => {
    fixture = await createFixture(target);
  });
  afterAll(() => fixture.close());

  it('hands the secret for the right proof only, for 12 hours, and never for another user or device', async () => {
    const device = await enrolled();
    expect(device.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(device.expiresAt) - Date.now()).toBeGreaterThan(11.9 * 3600_000);
    expect(Date.parse(device.expiresAt) - Date.now()).toBeLessThanOrEqual(12 * 3600_000);
    const right = await device.unlock(device.proof);
    expect(right.statusCode).toBe(200);
    expect(right.json()).toEqual({ secret: device.secret });
    // The server keeps only the hash of the proof.
    expect(JSON.stringify(await unlockRow(device.userId, device.deviceId))).not.toContain(device.proof);

    const otherUser = await device.unlock(device.proof, fixture.users.bob.id);
    expect([otherUser.statusCode, otherUser.json()]).toEqual([401, { error: 'pin_unavailable' }]);
    const otherDevice = await device.unlock(device.proof, device.userId, randomUUID());
    expect([otherDevice.statusCode, otherDevice.json()]).toEqual([401, { error: 'pin_unavailable' }]);
    expect((await unlockRow(device.userId, device.deviceId))?.attempts).toBe(0);

    // 13 hours later the secret is gone.
    const later = new Date(Date.now() + 13 * 3600_000);
    expect(await tryPinUnlock(fixture.server.db, device.userId, device.deviceId, device.proof, later)).toEqual({ result: 'unavailable' });
    expect(await unlockRow(device.userId, device.deviceId)).toBeUndefined();
  });

  it('refuses enrolment without the device’s own session or with a malformed proof, changing nothing', async () => {
    const device = await enrolled();
    const before = await unlockRow(device.userId, device.deviceId);
    expect((await inject(DEVICE_UNLOCK_PATHS.enrolPin, { deviceId: device.deviceId, proof: newProof() })).statusCode).toBe(401);
    const otherDevice = await inject(DEVICE_UNLOCK_PATHS.enrolPin, { deviceId: randomUUID(), proof: newProof() }, device.token);
    expect(otherDevice.statusCode).toBe(400);
    expect(otherDevice.json<{ issues: { code: string }[] }>().issues[0]?.code).toBe('otherDevice');
    // A session opened without a device id (the fixture's) cannot enrol any device either.
    expect((await inject(DEVICE_UNLOCK_PATHS.enrolPin, { deviceId: device.deviceId, proof: newProof() }, fixture.users.alice.token)).statusCode).toBe(400);
    const malformed = await inject(DEVICE_UNLOCK_PATHS.enrolPin, { deviceId: device.deviceId, proof: '1234' }, device.token);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json<{ error: string; issues: unknown[] }>()).toMatchObject({ error: 'bad_request', issues: [expect.objectContaining({ path: ['proof'] })] });
    const unlockMalformed = await inject(DEVICE_UNLOCK_PATHS.unlockWithPin, { userId: device.userId, deviceId: device.deviceId, proof: '0000', extra: 1 });
    expect(unlockMalformed.statusCode).toBe(400);
    expect(await unlockRow(device.userId, device.deviceId)).toEqual(before);
  });

  it('counts wrong PINs: a right one resets the count; the fifth wrong one destroys the secret for good', async () => {
    const device = await enrolled();
    for (let remaining = MAX_SERVER_PIN_ATTEMPTS - 1; remaining >= 1; remaining -= 1) {
      const wrong = await device.unlock(newProof());
      expect([wrong.statusCode, wrong.json()]).toEqual([401, { error: 'wrong_pin', remaining }]);
    }
    expect((await device.unlock(device.proof)).statusCode).toBe(200);
    expect((await unlockRow(device.userId, device.deviceId))?.attempts).toBe(0);

    const answers = [];
    for (let i = 0; i < MAX_SERVER_PIN_ATTEMPTS; i += 1) answers.push((await device.unlock(newProof())).json<{ error: string; remaining?: number }>());
    expect(answers.map((answer) => answer.remaining ?? answer.error)).toEqual([4, 3, 2, 1, 'pin_locked_out']);
    expect(await unlockRow(device.userId, device.deviceId)).toBeUndefined();
    // The right PIN no longer helps: only the password opens the tablet now.
    const after = await device.unlock(device.proof);
    expect([after.statusCode, after.json()]).toEqual([401, { error: 'pin_unavailable' }]);
  });

  it('lets no more than five tries through when they arrive together', async () => {
    const device = await enrolled();
    const answers = await Promise.all(Array.from({ length: 12 }, () => device.unlock(newProof()).then((response) => response.json<{ error: string }>().error)));
    expect(answers.filter((error) => error === 'wrong_pin')).toHaveLength(MAX_SERVER_PIN_ATTEMPTS - 1);
    expect(answers.filter((error) => error === 'pin_locked_out')).toHaveLength(1);
    expect(answers.filter((error) => error === 'pin_unavailable')).toHaveLength(12 - MAX_SERVER_PIN_ATTEMPTS);
    expect(await unlockRow(device.userId, device.deviceId)).toBeUndefined();
  });

  it('forgets the secret at logout', async () => {
    const device = await enrolled();
    expect((await inject(ACCOUNT_PATHS.logout, {}, device.token)).statusCode).toBe(204);
    expect(await unlockRow(device.userId, device.deviceId)).toBeUndefined();
    const after = await device.unlock(device.proof);
    expect([after.statusCode, after.json()]).toEqual([401, { error: 'pin_unavailable' }]);
  });

  it('forgets the secret when the device is revoked, and answers the wipe order', async () => {
    const device = await enrolled();
    const revoke = await inject(`/api/users/${device.userId}/devices/${device.deviceId}/revoke`, {}, fixture.users.admin.token);
    expect(revoke.statusCode).toBe(200);
    expect(await unlockRow(device.userId, device.deviceId)).toBeUndefined();
    const after = await device.unlock(device.proof);
    expect([after.statusCode, after.json()]).toEqual([401, { error: 'unauthorized', wipe: true }]);
  });
});

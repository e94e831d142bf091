// A fake of the HTTP transport for session tests: login with accounts and device secrets like
// the server's, and the sync API of a FakeSyncServer behind a token check.
import type { LoginRequest, LoginResponse, SessionUser } from '../../domain/wire';
import { TransportError, type HttpTransport } from '../transport';
import { FakeSyncServer } from './fake-sync-server';

interface FakeAccount {
  password: string;
  user: SessionUser;
}

export class FakeTransport implements HttpTransport {
  readonly server = new FakeSyncServer();
  readonly accounts = new Map<string, FakeAccount>();
  /** 'offline' makes every request fail as unreachable. */
  mode: 'online' | 'offline' | 'rate_limited' = 'online';
  private readonly deviceSecrets = new Map<string, string>();
  /** Token → the device it was given to ('' when none). */
  private readonly tokens = new Map<string, string>();
  /** Devices a coordinator revoked: their login and sync get a wipe order. */
  readonly revokedDevices = new Set<string>();
  /** Every device id seen at login, in order. */
  readonly loginDevices: string[] = [];

  addAccount(email: string, password: string, user: Partial<SessionUser> = {}): SessionUser {
    const full: SessionUser = { id: globalThis.crypto.randomUUID(), name: 'Adviser', role: 'adviser', siteIds: ['site-1'], ...user };
    this.accounts.set(email.toLowerCase(), { password, user: full });
    return full;
  }

  setPassword(email: string, password: string): void {
    const account = this.accounts.get(email.toLowerCase());
    if (account) account.password = password;
  }

  async health() {
    this.reachable();
    return { ok: true as const, schemaVersion: 1, serverEpoch: this.server.epoch };
  }

  async login(request: LoginRequest): Promise<LoginResponse> {
    this.reachable();
    if (this.mode === 'rate_limited') throw new TransportError('rate_limited', { status: 429 });
    const account = this.accounts.get(request.email.toLowerCase());
    if (!account || account.password !== request.password) throw new TransportError('unauthorized', { status: 401 });
    this.loginDevices.push(request.deviceId ?? '');
    if (request.deviceId && this.revokedDevices.has(request.deviceId)) throw wipeOrder();
    const token = `token-${globalThis.crypto.randomUUID()}`;
    this.tokens.set(token, request.deviceId ?? '');
    const response: LoginResponse = { token, user: account.user };
    if (request.deviceId) {
      const slot = `${account.user.id}|${request.deviceId}`;
      if (!this.deviceSecrets.has(slot)) this.deviceSecrets.set(slot, `secret-${globalThis.crypto.randomUUID()}`);
      response.deviceSecret = this.deviceSecrets.get(slot);
    }
    return response;
  }

  api(getToken: () => string | undefined) {
    const inner = this.server.api();
    const check = () => {
      this.reachable();
      const token = getToken();
      if (!token || !this.tokens.has(token)) throw new TransportError('unauthorized', { status: 401 });
      if (this.revokedDevices.has(this.tokens.get(token) ?? '')) throw wipeOrder();
    };
    return {
      push: async (request: Parameters<typeof inner.push>[0]) => (check(), inner.push(request)),
      pull: async (cursor: number, limit: number) => (check(), inner.pull(cursor, limit)),
    };
  }

  revokeTokens(): void {
    this.tokens.clear();
  }

  /** Revokes the device of the last login (as a coordinator would from the accounts screen). */
  revokeLastDevice(): void {
    const deviceId = this.loginDevices.at(-1);
    if (deviceId) this.revokedDevices.add(deviceId);
  }

  private reachable(): void {
    if (this.mode === 'offline') throw new TransportError('network');
  }
}

const wipeOrder = () => new TransportError('unauthorized', { status: 401, body: { error: 'unauthorized', wipe: true } });

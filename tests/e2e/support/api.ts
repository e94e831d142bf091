// Reads the server's view directly (as a second device would), to prove a sync really arrived.
import { randomUUID } from 'node:crypto';
import { SCHEMA_VERSION } from '../../../src/domain/tables';
import { API_PATHS, healthSchema, loginResponseSchema, pullResponseSchema, pushResponseSchema, type Mutation, type WireRecord } from '../../../src/domain/wire';

export const DEMO_ADVISER = { email: 'conseillere@demo.vdc.brussels', password: 'demo-vdc-2026' };

export async function apiLogin(baseUrl: string, credentials = DEMO_ADVISER): Promise<string> {
  const response = await fetch(`${baseUrl}${API_PATHS.login}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (!response.ok) throw new Error(`login failed: ${response.status}`);
  return loginResponseSchema.parse(await response.json()).token;
}

/** Every change the token may pull, all pages, oldest first (a record changed twice is there twice). */
export async function allServerChanges(baseUrl: string, token: string): Promise<WireRecord[]> {
  const changes: WireRecord[] = [];
  let cursor = 0;
  for (;;) {
    const response = await fetch(`${baseUrl}${API_PATHS.pull}?cursor=${cursor}&limit=1000`, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`pull failed: ${response.status}`);
    const page = pullResponseSchema.parse(await response.json());
    changes.push(...page.changes);
    if (!page.hasMore) return changes;
    cursor = page.cursor;
  }
}

/** The last state of each record the token may pull (deleted ones included), as a new device would hold them. */
export async function latestServerRecords(baseUrl: string, token: string): Promise<WireRecord[]> {
  const latest = new Map<string, WireRecord>();
  for (const change of await allServerChanges(baseUrl, token)) latest.set(`${change.table}/${change.id}`, change);
  return [...latest.values()];
}

/** Pages through /api/sync/pull from the start until a candidate with this first name shows up. */
export async function findCandidateOnServer(baseUrl: string, token: string, firstName: string): Promise<WireRecord | undefined> {
  let cursor = 0;
  for (;;) {
    const response = await fetch(`${baseUrl}${API_PATHS.pull}?cursor=${cursor}&limit=1000`, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`pull failed: ${response.status}`);
    const page = pullResponseSchema.parse(await response.json());
    const found = page.changes.find((change) => change.table === 'candidates' && change.data.firstName === firstName);
    if (found) return found;
    if (!page.hasMore) return undefined;
    cursor = page.cursor;
  }
}

export interface SeededRecord {
  table: Mutation['table'];
  id: string;
  siteId: string;
  fields: Record<string, unknown>;
}

/** Writes records as another tablet would, through /api/sync/push; throws unless every one applied. */
export async function pushAsTablet(baseUrl: string, token: string, records: readonly SeededRecord[]): Promise<void> {
  const health = healthSchema.parse(await (await fetch(`${baseUrl}${API_PATHS.health}`)).json());
  const response = await fetch(`${baseUrl}${API_PATHS.push}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      clientId: randomUUID(),
      schemaVersion: SCHEMA_VERSION,
      serverEpoch: health.serverEpoch,
      mutations: records.map((record, index) => ({ seq: index + 1, op: 'put', baseRev: 0, ...record })),
    }),
  });
  const outcomes = pushResponseSchema.parse(await response.json()).results.map((entry) => `${entry.status} ${entry.error ?? ''}`.trim());
  if (outcomes.some((outcome) => outcome !== 'applied')) throw new Error(`seeding refused: ${outcomes.join(', ')}`);
}

// What both import browser tests share (import.spec.ts, import-files.spec.ts): the coordinator who
// imports, and the server's records read back page by page.
import { API_PATHS, pullResponseSchema, type WireRecord } from '../../../src/domain/wire';

export const IMPORT_COORDINATOR = { email: 'coordination@demo.vdc.brussels', password: 'demo-vdc-2026' };

/** Every record the token may pull from the server, all pages. */
export async function allServerRecords(serverUrl: string, token: string): Promise<WireRecord[]> {
  const records: WireRecord[] = [];
  let cursor = 0;
  for (;;) {
    const response = await fetch(`${serverUrl}${API_PATHS.pull}?cursor=${cursor}&limit=1000`, { headers: { authorization: `Bearer ${token}` } });
    const pulled = pullResponseSchema.parse(await response.json());
    records.push(...pulled.changes);
    if (!pulled.hasMore) return records;
    cursor = pulled.cursor;
  }
}

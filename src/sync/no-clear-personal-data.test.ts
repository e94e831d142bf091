// Proof that personal data is encrypted at rest: markers with non-ASCII letters go into every
// personal field, through the real session, repositories, outbox, sync results and attention
// lists; then every store of every IndexedDB database is scanned (keys and values, strings and
// binary as UTF-8 and UTF-16). A positive control shows the scan finds a marker written in clear.
import { describe, expect, it } from 'vitest';
import { FakeTransport } from './testing/fake-transport';
import { signIn } from './session';

const MARK = 'Zoë-Ŀmarker';
const EMAIL = 'zoe.qx7marker@example.org';
const PHONE = '+32 470 91 82 73';
const BIRTH = '1987-03-14';
const PASSWORD = 'pässwörd-Ŀmarker';

function decodeBytes(bytes: Uint8Array): string {
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  const utf16 = new TextDecoder('utf-16le').decode(bytes.byteLength % 2 === 0 ? bytes : bytes.subarray(1));
  return `${utf8}\n${utf16}`;
}

function flatten(value: unknown, out: string[], seen = new Set<unknown>()): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'number' || typeof value === 'boolean') out.push(String(value));
  else if (value instanceof ArrayBuffer) out.push(decodeBytes(new Uint8Array(value)));
  else if (ArrayBuffer.isView(value)) out.push(decodeBytes(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)));
  else if (typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    if (value instanceof CryptoKey) return;
    for (const [key, inner] of Object.entries(value)) {
      out.push(key);
      flatten(inner, out, seen);
    }
    if (Array.isArray(value)) for (const inner of value) flatten(inner, out, seen);
  }
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function dumpEveryDatabase(): Promise<string> {
  const out: string[] = [];
  for (const info of await indexedDB.databases()) {
    if (!info.name) continue;
    const db = await request(indexedDB.open(info.name));
    out.push(info.name);
    for (const storeName of Array.from(db.objectStoreNames)) {
      const store = db.transaction(storeName, 'readonly').objectStore(storeName);
      const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
      out.push(storeName);
      flatten(keys, out);
      flatten(values, out);
    }
    db.close();
  }
  return out.join('\n');
}

function writeClearControl(name: string, value: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('control');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('control', 'readwrite');
      tx.objectStore('control').put({ text: value }, 'k');
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

describe('personal data at rest', () => {
  it('no marker is found in clear in any IndexedDB database; the control is found', async () => {
    const transport = new FakeTransport();
    transport.addAccount(EMAIL, PASSWORD, { name: `Adviser ${MARK}` });
    const directoryName = `scan-directory-${crypto.randomUUID()}`;
    const outcome = await signIn({ transport, directoryName, email: EMAIL, password: PASSWORD, pbkdf2Iterations: 1_000 });
    if (!outcome.ok) throw new Error(outcome.reason);
    const workspace = outcome.workspace;

    const person = await workspace.repo('candidates').create('site-1', {
      firstName: `${MARK}-first`,
      lastName: `${MARK}-last`,
      birthDate: BIRTH,
      gender: 'F',
      phone: PHONE,
      email: EMAIL,
      languages: ['ar', 'fr'],
      consent: { given: true, date: '2024-05-02', scopes: ['suivi'] },
      notes: `${MARK}-notes`,
    });
    await workspace.repo('candidates').update(person.id, { notes: `${MARK}-notes-2` });
    await workspace.repo('followUpNotes').create('site-1', { candidateId: person.id, date: '2024-05-02', text: `${MARK}-followup` });
    await workspace.repo('positionings').create('site-1', {
      candidateId: person.id,
      questionnaireId: 'vdc-positioning',
      questionnaireVersion: 1,
      answers: { q1: `${MARK}-answer` },
      adviserRatings: { q1: `${MARK}-rating` },
    });
    // Sync: one change is refused, so the attention list holds an encrypted copy too.
    transport.server.faults.rejectWhen = (mutation) => (mutation.table === 'positionings' ? 'forbidden_site' : undefined);
    await workspace.sync.syncNow();
    expect(workspace.sync.getStatus().needsAttention).toBe(1);
    await workspace.repo('candidates').update(person.id, { lastName: `${MARK}-pending` }); // stays in the outbox

    const dump = await dumpEveryDatabase();
    expect(dump).toContain(directoryName); // the scan did see the directory...
    expect(dump).toContain('outbox'); // ...and the adviser's database
    for (const secret of [MARK, EMAIL, PHONE, BIRTH, PASSWORD, 'token-']) expect(dump).not.toContain(secret);

    await writeClearControl(`control-${crypto.randomUUID()}`, `${MARK}-control`);
    expect(await dumpEveryDatabase()).toContain(MARK);
    await workspace.signOut();
  });
});

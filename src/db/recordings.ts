// The adviser's own voice for questionnaire texts (the `recordings` store of Dexie version 2):
// a recorded clip replaces the generated one on this device. The audio bytes are AES-GCM encrypted
// and bound to the clip's key; stored as ArrayBuffer (a Blob does not survive every IndexedDB).
// Only the key ("fr/<clipId>") and the time stay in clear.
import { randomBytes } from './crypto';
import { openUserDatabase, type RecordingRow, type UserDatabase } from './user-database';

export interface StoredRecording {
  audio: ArrayBuffer;
  /** The recorder's format, e.g. "audio/webm;codecs=opus". */
  mimeType: string;
  updatedAt: string;
}

export interface RecordingStore {
  /** The keys that have a recording (e.g. "fr/item.admin-filing"). */
  keys(): Promise<string[]>;
  /** The recording of a clip, or undefined (also when it cannot be decrypted any more). */
  get(key: string): Promise<StoredRecording | undefined>;
  /** Saves (replaces) the recording of a clip. */
  save(key: string, audio: ArrayBuffer, mimeType: string): Promise<void>;
  remove(key: string): Promise<void>;
  close(): void;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const recordingAad = (key: string) => encoder.encode(`recordings|${key}`);

/** Plain text: one byte of length, the MIME type, then the audio. */
function pack(audio: ArrayBuffer, mimeType: string): Uint8Array<ArrayBuffer> {
  const type = encoder.encode(mimeType.slice(0, 200));
  const out = new Uint8Array(1 + type.byteLength + audio.byteLength);
  out[0] = type.byteLength;
  out.set(type, 1);
  out.set(new Uint8Array(audio), 1 + type.byteLength);
  return out;
}

function unpack(plain: ArrayBuffer): { audio: ArrayBuffer; mimeType: string } {
  const bytes = new Uint8Array(plain);
  const length = bytes[0] ?? 0;
  return { mimeType: decoder.decode(bytes.subarray(1, 1 + length)), audio: bytes.slice(1 + length).buffer };
}

export function createRecordingStore(db: UserDatabase, dataKey: CryptoKey, now: () => Date = () => new Date()): RecordingStore {
  return {
    async keys() {
      return (await db.recordings.toCollection().primaryKeys()).filter((key): key is string => typeof key === 'string');
    },
    async get(key) {
      const row = await db.recordings.get(key);
      if (!row) return undefined;
      try {
        const plain = await globalThis.crypto.subtle.decrypt(
          { name: 'AES-GCM', iv: new Uint8Array(row.enc.iv), additionalData: recordingAad(key) },
          dataKey,
          row.enc.ct,
        );
        return { ...unpack(plain), updatedAt: row.updatedAt };
      } catch {
        return undefined; // written under another key: as good as absent
      }
    },
    async save(key, audio, mimeType) {
      // Encrypt first: awaiting WebCrypto inside a Dexie transaction would end it.
      const iv = randomBytes(12);
      const ct = await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: recordingAad(key) }, dataKey, pack(audio, mimeType));
      const row: RecordingRow = { key, updatedAt: now().toISOString(), enc: { iv, ct } };
      await db.recordings.put(row);
    },
    async remove(key) {
      await db.recordings.delete(key);
    },
    close() {
      db.close();
    },
  };
}

/** The adviser's recordings on their own connection to their database (closed at sign-out). */
export function openRecordingStore(userId: string, dataKey: CryptoKey): RecordingStore {
  return createRecordingStore(openUserDatabase(userId), dataKey);
}

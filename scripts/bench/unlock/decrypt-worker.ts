// A worker_threads stand-in for a page's decryption worker (docs/read-model.md, "Unlock to a
// searchable list"): receives the non-extractable data key by structured clone, never exports it,
// decrypts its share of the rows with the app's decryptJson and posts the records back.
import { parentPort } from 'node:worker_threads';
import { decryptJson, rowAad, type EncryptedPayload } from '../../../src/db/crypto';

interface Job {
  key: CryptoKey;
  rows: { id: string; enc: EncryptedPayload }[];
}

parentPort?.on('message', (job: Job) => {
  void Promise.all(
    job.rows.map(async (row) => ({ id: row.id, data: await decryptJson<Record<string, string>>(job.key, row.enc, rowAad('candidates', row.id, 'site-1')) })),
  ).then((records) => parentPort?.postMessage(records));
});

// Attachments: `npm run bench -- attachments` (docs/attachments.md). Over real HTTP on localhost:
// upload (start + 256 KiB chunks, hash and type checked, stored in SQLite) and download of a 4 MiB
// photo through the attachment routes, against the raw transfer of the same bytes (one PUT into
// memory, one GET). Then the space a site's recordings of the whole questionnaire would take:
// every clip of public/audio/manifest.json (fr, en, ar, the app's words) read by an adviser, at the
// generated clips' durations estimated from their MP3 sizes, recorded as Opus at 32 kbit/s
// (Chromium's MediaRecorder default is about that). Target: attachments at least half the raw speed.
import { statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify from 'fastify';
import { buildServer } from '../../server/app';
import { createSite, createUser } from '../../server/admin/accounts';
import { issueToken } from '../../server/auth/tokens';
import { ATTACHMENT_CHUNK_BYTES } from '../../src/domain/attachments';
import { createAttachmentBytesApi } from '../../src/sync/attachments-api';
import { sha256Hex } from '../../src/sync/attachments';

const SIZE = 4 * 1024 * 1024;
const ROUNDS = 5;
const mib = (bytes: number) => bytes / 1024 / 1024;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function photo(round: number): ArrayBuffer {
  const bytes = new Uint8Array(SIZE);
  for (let index = 0; index < SIZE; index++) bytes[index] = (index * 31 + round * 7 + (index >> 11)) & 0xff;
  bytes.set([0xff, 0xd8, 0xff, 0xe0, round], 0);
  return bytes.buffer;
}

const server = await buildServer({ databaseUrl: 'sqlite::memory:', pushRateLimits: false });
await createSite(server.db, { id: 'site-a', name: 'Bench', kind: 'mission-locale', communeCode: 'schaerbeek' });
const userId = await createUser(server.db, { email: 'bench@test.vdc.brussels', password: 'bench password long', name: 'Bench', role: 'adviser', siteIds: ['site-a'] });
const { token } = await issueToken(server.db, userId, undefined, 1);
const base = await server.app.listen({ port: 0, host: '127.0.0.1' });
const api = createAttachmentBytesApi({ baseUrl: base, getToken: () => token });

const raw = Fastify({ bodyLimit: 2 * SIZE });
raw.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
let kept: Buffer = Buffer.alloc(0);
raw.put('/raw', async (request) => {
  kept = request.body as Buffer;
  return { ok: true };
});
raw.get('/raw', async (_request, reply) => reply.type('application/octet-stream').send(kept));
const rawBase = await raw.listen({ port: 0, host: '127.0.0.1' });

const timings = { up: [] as number[], down: [] as number[], rawUp: [] as number[], rawDown: [] as number[] };
for (let round = 0; round < ROUNDS; round++) {
  const bytes = photo(round);
  const hash = await sha256Hex(bytes);
  let started = performance.now();
  let state = await api.start(hash, { siteId: 'site-a', size: SIZE, mediaType: 'image/jpeg' });
  for (const index of state.missing) state = await api.putChunk(hash, index, 'site-a', new Uint8Array(bytes, index * ATTACHMENT_CHUNK_BYTES, Math.min(ATTACHMENT_CHUNK_BYTES, SIZE - index * ATTACHMENT_CHUNK_BYTES)));
  if (!state.complete) throw new Error('upload not complete');
  timings.up.push(performance.now() - started);
  started = performance.now();
  const back = await api.download(hash, 'site-a');
  timings.down.push(performance.now() - started);
  if (back.byteLength !== SIZE) throw new Error('download size');

  started = performance.now();
  await fetch(`${rawBase}/raw`, { method: 'PUT', headers: { 'content-type': 'application/octet-stream' }, body: new Uint8Array(bytes) });
  timings.rawUp.push(performance.now() - started);
  started = performance.now();
  await (await fetch(`${rawBase}/raw`)).arrayBuffer();
  timings.rawDown.push(performance.now() - started);
}
await raw.close();
await server.close();

const speed = (ms: number) => Math.round((mib(SIZE) / (ms / 1000)) * 10) / 10;
console.log(`\nAttachment transfer of a ${mib(SIZE)} MiB photo, median of ${ROUNDS} (target: at least half the raw speed)`);
console.table([
  { transfer: 'upload', 'attachments MiB/s': speed(median(timings.up)), 'raw MiB/s': speed(median(timings.rawUp)), ratio: Math.round((median(timings.rawUp) / median(timings.up)) * 100) / 100 },
  { transfer: 'download', 'attachments MiB/s': speed(median(timings.down)), 'raw MiB/s': speed(median(timings.rawDown)), ratio: Math.round((median(timings.rawDown) / median(timings.down)) * 100) / 100 },
]);

// MP3 of espeak-ng via lame (scripts/audio/generate.mjs): about 24 kbit/s mono; Opus at 32 kbit/s.
const MP3_BYTES_PER_SECOND = 3000;
const OPUS_BYTES_PER_SECOND = 4000;
const manifest = JSON.parse(readFileSync('public/audio/manifest.json', 'utf8')) as { clips: Record<string, { file: string }> };
const perLanguage = new Map<string, { clips: number; seconds: number }>();
for (const [key, clip] of Object.entries(manifest.clips)) {
  const language = key.split('/')[0] ?? '?';
  const entry = perLanguage.get(language) ?? { clips: 0, seconds: 0 };
  entry.clips++;
  entry.seconds += statSync(join('public/audio', clip.file)).size / MP3_BYTES_PER_SECOND;
  perLanguage.set(language, entry);
}
const rows = [...perLanguage].map(([language, { clips, seconds }]) => ({ language, clips, 'minutes of speech': Math.round(seconds / 6) / 10, 'recorded MiB (Opus 32 kbit/s)': Math.round(mib(seconds * OPUS_BYTES_PER_SECOND) * 10) / 10 }));
console.log('\nA site recording every text of the questionnaire in its own voice (estimate from the generated clips)');
console.table(rows);
const total = rows.reduce((sum, row) => sum + row['recorded MiB (Opus 32 kbit/s)'], 0);
console.log(`Total: ${Math.round(total * 10) / 10} MiB on the server once per site, and on each tablet of the site (default tablet budget 200 MiB).`);

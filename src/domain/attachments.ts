// Attachments (docs/attachments.md): a synced record in the table `attachments` (who owns it, its
// kind, media type, size and SHA-256) plus its bytes, which travel apart from the record through
// the chunked routes below. Shared by the tablet and the server: limits, the byte-sniffing type
// check and the wire shapes of the byte routes.
import { z } from 'zod';

export const ATTACHMENT_KINDS = ['voice', 'photo'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** Media types accepted, per kind; the server checks them against the bytes (sniffMediaType). */
export const ATTACHMENT_MEDIA_TYPES = {
  voice: ['audio/webm', 'audio/ogg', 'audio/mp4', 'audio/mpeg'],
  photo: ['image/jpeg', 'image/png', 'image/webp'],
} as const satisfies Record<AttachmentKind, readonly string[]>;

export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[AttachmentKind][number];
export const ALL_ATTACHMENT_MEDIA_TYPES: readonly AttachmentMediaType[] = [...ATTACHMENT_MEDIA_TYPES.voice, ...ATTACHMENT_MEDIA_TYPES.photo];

/** A clip of a questionnaire text is seconds long; 5 MiB is minutes of Opus. */
export const MAX_VOICE_BYTES = 5 * 1024 * 1024;
/** Photos are shrunk on the tablet (PHOTO_MAX_EDGE_PX, JPEG) to well under this. */
export const MAX_PHOTO_BYTES = 4 * 1024 * 1024;
export const MAX_ATTACHMENT_BYTES = Math.max(MAX_VOICE_BYTES, MAX_PHOTO_BYTES);
/** The longest edge of a photo after the tablet shrinks it. */
export const PHOTO_MAX_EDGE_PX = 1600;

export function maxBytesOf(kind: AttachmentKind): number {
  return kind === 'voice' ? MAX_VOICE_BYTES : MAX_PHOTO_BYTES;
}

export function kindOfMediaType(mediaType: string): AttachmentKind | undefined {
  const base = baseMediaType(mediaType);
  if ((ATTACHMENT_MEDIA_TYPES.voice as readonly string[]).includes(base)) return 'voice';
  if ((ATTACHMENT_MEDIA_TYPES.photo as readonly string[]).includes(base)) return 'photo';
  return undefined;
}

/** "audio/webm;codecs=opus" → "audio/webm". */
export function baseMediaType(mediaType: string): string {
  return (mediaType.split(';')[0] ?? '').trim().toLowerCase();
}

/**
 * Who may change or remove a recorded voice (docs/attachments.md, "Voices"): the adviser who
 * recorded it, a coordinator of its site (a coordinator's sites all lie in one organisation), or an
 * administrator. The server enforces it on every push (server/attachments/voice-authority.ts); the
 * recording screen shows "remove" only to them.
 */
export function mayChangeVoice(user: { id: string; role: string; siteIds: readonly string[] }, voice: { siteId: string; recordedBy?: string | undefined }): boolean {
  if (user.role === 'admin' || voice.recordedBy === user.id) return true;
  return user.role === 'coordinator' && user.siteIds.includes(voice.siteId);
}

/** Bytes of one uploaded chunk (the last one may be shorter): well under the server's body limit. */
export const ATTACHMENT_CHUNK_BYTES = 256 * 1024;

export function chunkCount(size: number): number {
  return Math.max(1, Math.ceil(size / ATTACHMENT_CHUNK_BYTES));
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;

const startsWith = (bytes: Uint8Array, prefix: readonly number[], offset = 0) => prefix.every((byte, index) => bytes[offset + index] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/**
 * The media type the bytes really are (magic numbers), or undefined. Never the file's name or the
 * type a client declared: those are what an attacker chooses.
 */
export function sniffMediaType(bytes: Uint8Array): AttachmentMediaType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  // EBML header: WebM (Matroska) as MediaRecorder writes it in Chromium and Firefox.
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return 'audio/webm';
  if (startsWith(bytes, ascii('OggS'))) return 'audio/ogg';
  // ISO BMFF: a size, then "ftyp" (Safari's MediaRecorder writes audio/mp4).
  if (startsWith(bytes, ascii('ftyp'), 4)) return 'audio/mp4';
  // MP3: an ID3 tag, or an MPEG audio frame sync (11 bits set) of layer III.
  if (startsWith(bytes, ascii('ID3'))) return 'audio/mpeg';
  if (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0 && ((bytes[1] ?? 0) & 0x06) === 0x02) return 'audio/mpeg';
  return undefined;
}

export const ATTACHMENT_PATHS = {
  /** POST: start or resume an upload; answers what is still missing. */
  upload: (hash: string) => `/api/attachments/${hash}/upload`,
  /** PUT: one chunk's bytes (application/octet-stream). */
  chunk: (hash: string, index: number, siteId: string) => `/api/attachments/${hash}/chunks/${index}?siteId=${encodeURIComponent(siteId)}`,
  /** GET: the bytes, for a site that holds them. */
  bytes: (hash: string, siteId: string) => `/api/attachments/${hash}?siteId=${encodeURIComponent(siteId)}`,
} as const;

export const attachmentHashSchema = z.string().regex(SHA256_HEX, { message: 'invalidHash' });

export const uploadRequestSchema = z.strictObject({
  siteId: z.string().min(1).max(64),
  size: z.number().int().min(1).max(MAX_ATTACHMENT_BYTES, { message: 'tooLarge' }),
  mediaType: z.string().max(100).refine((value) => kindOfMediaType(value) !== undefined, { message: 'unsupportedType' }),
});
export type UploadRequest = z.infer<typeof uploadRequestSchema>;

/** The state of an upload: `complete` once the site holds the bytes; else the chunks still missing. */
export const uploadStateSchema = z.object({
  complete: z.boolean(),
  chunkBytes: z.number().int(),
  missing: z.array(z.number().int().min(0)),
});
export type UploadState = z.infer<typeof uploadStateSchema>;

export const chunkParamsSchema = z.object({ hash: attachmentHashSchema, index: z.coerce.number().int().min(0).max(chunkCount(MAX_ATTACHMENT_BYTES) - 1) });
export const siteQuerySchema = z.object({ siteId: z.string().min(1).max(64) });

// The byte routes of attachments (docs/attachments.md, "Upload protocol") over fetch: start or
// resume an upload, send one chunk, fetch the bytes. JSON answers are parsed with the shared
// schemas; failures become AttachmentTransferError with the server's code.
import { ATTACHMENT_PATHS, uploadStateSchema, type UploadRequest, type UploadState } from '../domain/attachments';
import type { TransportOptions } from './transport';

export interface AttachmentBytesApi {
  start(hash: string, request: UploadRequest): Promise<UploadState>;
  putChunk(hash: string, index: number, siteId: string, bytes: Uint8Array): Promise<UploadState>;
  download(hash: string, siteId: string): Promise<ArrayBuffer>;
}

/** `network` when the server could not be reached; else the HTTP status and the contract's error code. */
export class AttachmentTransferError extends Error {
  constructor(
    readonly status: number | 'network',
    readonly code: string,
  ) {
    super(`attachment transfer: ${code} (${status})`);
    this.name = 'AttachmentTransferError';
  }

  /** Sending the same bytes again cannot succeed (gone, not an accepted type, too large, refused). */
  get final(): boolean {
    return this.status === 410 || this.status === 415 || this.status === 400 || this.status === 403 || this.status === 413;
  }
}

export interface AttachmentBytesApiOptions extends TransportOptions {
  getToken: () => string | undefined;
}

export function createAttachmentBytesApi(options: AttachmentBytesApiOptions): AttachmentBytesApi {
  const baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 60_000;

  async function send(path: string, init: RequestInit): Promise<Response> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const token = options.getToken();
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, { ...init, headers: { ...(init.headers as Record<string, string>), ...(token ? { authorization: `Bearer ${token}` } : {}) }, signal: controller.signal });
    } catch {
      throw new AttachmentTransferError('network', 'network');
    } finally {
      clearTimeout(timer);
    }
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { error?: unknown };
      throw new AttachmentTransferError(response.status, typeof body.error === 'string' ? body.error : 'error');
    }
    return response;
  }

  async function state(response: Response): Promise<UploadState> {
    const parsed = uploadStateSchema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw new AttachmentTransferError(response.status, 'server');
    return parsed.data;
  }

  return {
    start: async (hash, request) =>
      state(await send(ATTACHMENT_PATHS.upload(hash), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) })),
    putChunk: async (hash, index, siteId, bytes) =>
      state(await send(ATTACHMENT_PATHS.chunk(hash, index, siteId), { method: 'PUT', headers: { 'content-type': 'application/octet-stream' }, body: bytes as Uint8Array<ArrayBuffer> })),
    download: async (hash, siteId) => (await send(ATTACHMENT_PATHS.bytes(hash, siteId), { method: 'GET' })).arrayBuffer(),
  };
}

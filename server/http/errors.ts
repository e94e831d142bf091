// Errors that end a request with a contract body (docs/sync-protocol.md, "Error codes"). Thrown
// from anywhere inside a handler or transaction: throwing rolls the transaction back, so a failed
// request changes nothing.
import type { z } from 'zod';
import { toWireIssues } from '../../src/domain/wire';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly body: { error: string } & Record<string, unknown>,
    /** Response headers that go with the error (Retry-After of a 429). */
    readonly headers: Record<string, string> = {},
  ) {
    super(body.error);
  }
}

export const unauthorized = () => new HttpError(401, { error: 'unauthorized' });
export const forbidden = () => new HttpError(403, { error: 'forbidden' });
export const notFound = () => new HttpError(404, { error: 'not_found' });

export function badRequest(issues: { path: (string | number)[]; code: string; message: string }[]): HttpError {
  return new HttpError(400, { error: 'bad_request', issues });
}

/** Parses a request part with a domain schema, or fails the request with 400 bad_request. */
export function parseOrBadRequest<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw badRequest(toWireIssues(parsed.error.issues));
  return parsed.data;
}

// The fault-injecting fetch of the integration property tests (sync-properties, attachment-properties):
// a tablet's fetch over the real server's `inject`, which a test makes lose requests before the
// server, lose answers after the server committed, send a request twice, or be offline. Each
// fault counter is spent one request at a time; the test sets them between its steps.

/** What the fetch does to the next requests; the test changes these between steps. */
export interface FetchFaults {
  /** The next n requests never reach the server. */
  dropBefore: number;
  /** The next n answers are lost after the server handled (and committed) the request. */
  dropAfter: number;
  /** The next n requests (of those `duplicates` selects) reach the server twice. */
  duplicate: number;
  /** Every request fails as a network error. */
  offline: boolean;
}

export const noFaults = (): FetchFaults => ({ dropBefore: 0, dropAfter: 0, duplicate: 0, offline: false });

/** The part of a Fastify `inject` answer the fetch turns into a Response. */
export interface InjectedAnswer {
  statusCode: number;
  rawPayload: Buffer;
  headers: Record<string, unknown>;
}

export interface FaultyFetchOptions<A extends InjectedAnswer> {
  faults: FetchFaults;
  /** The request as the server receives it (path and query), e.g. `server.app.inject`. */
  send(url: string, init: RequestInit | undefined): Promise<A>;
  /** Which requests a `duplicate` fault doubles (default: every request). */
  duplicates?: (url: string) => boolean;
  /** Sends the two copies at the same time instead of one after the other (default: never). */
  concurrentDuplicates?: () => boolean;
  /** Sees every answer that reaches the tablet (not those lost after the server). */
  onAnswer?: (url: string, init: RequestInit | undefined, answer: A) => void;
}

export function faultyFetch<A extends InjectedAnswer>({ faults, send, duplicates = () => true, concurrentDuplicates = () => false, onAnswer }: FaultyFetchOptions<A>): typeof fetch {
  return async (input, init) => {
    const parsed = new URL(String(input));
    const url = parsed.pathname + parsed.search;
    if (faults.offline) throw new TypeError('offline');
    if (faults.dropBefore > 0) {
      faults.dropBefore--;
      throw new TypeError('request lost on the way');
    }
    let answer: A;
    if (faults.duplicate > 0 && duplicates(url)) {
      faults.duplicate--;
      if (concurrentDuplicates()) [, answer] = await Promise.all([send(url, init), send(url, init)]);
      else {
        await send(url, init);
        answer = await send(url, init);
      }
    } else answer = await send(url, init);
    if (faults.dropAfter > 0) {
      faults.dropAfter--;
      throw new TypeError('answer lost after the server committed');
    }
    onAnswer?.(url, init, answer);
    const empty = answer.statusCode === 204 || answer.rawPayload.length === 0;
    return new Response(empty ? null : new Uint8Array(answer.rawPayload), {
      status: answer.statusCode,
      headers: { 'content-type': String(answer.headers['content-type'] ?? 'application/json') },
    });
  };
}

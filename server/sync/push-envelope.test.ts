// The hand check of a push body (./push-envelope.ts) accepts only what `pushRequestSchema`
// accepts, with the same result, and every well-formed body: random bodies, valid and not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pushRequestSchema } from '../../src/domain/wire';
import { HttpError } from '../http/errors';
import { parsePushRequest, wellFormedPush } from './push-envelope';

/** Mostly a valid value, sometimes one the schema refuses. */
const mostly = <T, U>(valid: fc.Arbitrary<T>, refused: fc.Arbitrary<U>) => fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: refused });
const odd = fc.constantFrom<unknown>(null, undefined, '', '1', 1.5, -1, 0, -0, Number.NaN, 2 ** 53, [], {}, true);

const mutation = fc.record(
  {
    seq: mostly(fc.integer({ min: 1, max: 5000 }), odd),
    table: mostly(fc.constantFrom('candidates', 'attendance', 'followUpNotes'), fc.constantFrom('payments', 'Candidates', 42)),
    id: mostly(fc.uuid(), fc.constantFrom('', 'x'.repeat(65), 7)),
    siteId: mostly(fc.constantFrom('site-a', 'x'.repeat(64)), fc.constantFrom('', 'x'.repeat(65), null)),
    op: mostly(fc.constantFrom('put', 'delete'), fc.constantFrom('upsert', 'PUT', null)),
    baseRev: mostly(fc.nat(), odd),
    fields: mostly(fc.option(fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 })), { nil: undefined }), fc.constantFrom<unknown>(null, [], 'x', 3)),
    extra: fc.option(fc.string(), { nil: undefined }),
  },
  { requiredKeys: ['seq', 'table', 'id', 'siteId', 'op', 'baseRev'] },
);

const body = fc.record(
  {
    clientId: mostly(fc.uuid({ version: [4, 7] }), fc.constantFrom('not-a-uuid', '', 3)),
    schemaVersion: mostly(fc.integer({ min: 1, max: 3 }), odd),
    serverEpoch: fc.option(mostly(fc.string({ minLength: 1, maxLength: 100 }), fc.constantFrom('', 'e'.repeat(101), 5)), { nil: undefined }),
    mutations: mostly(fc.array(mutation, { maxLength: 4 }), fc.constantFrom<unknown>(null, {}, 'all')),
    extra: fc.option(fc.integer(), { nil: undefined }),
  },
  { requiredKeys: ['clientId', 'schemaVersion', 'mutations'] },
);

describe('the hand check of a push body', () => {
  it('accepts only what the wire schema accepts, gives what it gives, and accepts all it accepts', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(body, (sent) => {
        // As the body arrives: JSON (undefined values are left out, as in a real request).
        const json: unknown = JSON.parse(JSON.stringify(sent));
        const fast = wellFormedPush(json);
        const schema = pushRequestSchema.safeParse(json);
        if (fast) expect(fast).toStrictEqual(schema.data);
        expect(fast !== undefined).toBe(schema.success);
        if (schema.success) accepted += 1;
        else refused += 1;
      }),
      { numRuns: 2000 },
    );
    // The runs met both kinds of body.
    expect(accepted).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });

  it('answers a malformed body with the wire schema’s own 400 issues', () => {
    const sent = { clientId: 'not-a-uuid', schemaVersion: 1, mutations: [{ seq: 0, table: 'payments', id: '', siteId: 's', op: 'upsert', baseRev: -1, fields: [] }] };
    const error = (() => {
      try {
        parsePushRequest(sent);
      } catch (thrown) {
        return thrown;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(HttpError);
    const issues = (error as HttpError).body.issues as { path: unknown[] }[];
    expect(issues.map((issue) => issue.path.join('.')).sort()).toEqual(
      ['clientId', 'mutations.0.seq', 'mutations.0.table', 'mutations.0.id', 'mutations.0.op', 'mutations.0.baseRev', 'mutations.0.fields'].sort(),
    );
  });
});

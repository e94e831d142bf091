// The fast pull-answer guard accepts and refuses the same records as the shared zod schema.
import { describe, expect, it } from 'vitest';
import { pullResponseSchema, wireRecordSchema } from '../domain/wire';
import { isWireRecord, pullResponseFastSchema } from './pull-response-schema';

const good = { table: 'candidates', id: 'c1', siteId: 's1', rev: 3, deleted: false, data: { firstName: 'Amina', languages: ['fr'] } };
const samples: unknown[] = [
  good,
  { ...good, deleted: true, data: {} },
  { ...good, table: 'nope' },
  { ...good, id: 3 },
  { ...good, siteId: undefined },
  { ...good, rev: 1.5 },
  { ...good, rev: '3' },
  { ...good, deleted: 0 },
  { ...good, data: null },
  { ...good, data: ['x'] },
  { ...good, data: 'x' },
  null,
  [good],
  'x',
];

describe('the pull answer guard', () => {
  it('agrees with wireRecordSchema on every sample', () => {
    for (const sample of samples) expect([sample, isWireRecord(sample)]).toEqual([sample, wireRecordSchema.safeParse(sample).success]);
  });

  it('parses a page like the shared schema and refuses a page with a bad record', () => {
    const page = { changes: [good], cursor: 3, hasMore: false, serverEpoch: 'e', siteIds: ['s1'] };
    expect(pullResponseFastSchema.parse(page)).toEqual(pullResponseSchema.parse(page));
    expect(pullResponseFastSchema.safeParse({ ...page, changes: [good, { ...good, rev: 'x' }] }).success).toBe(false);
    expect(pullResponseFastSchema.safeParse({ ...page, cursor: -1 }).success).toBe(false);
  });

  it('leaves out the records of a table this version does not know, instead of refusing the page', () => {
    const page = { changes: [good, { ...good, table: 'tableOfANewerServer', id: 'n1' }], cursor: 3, hasMore: false, serverEpoch: 'e', siteIds: ['s1'] };
    expect(pullResponseFastSchema.parse(page).changes).toEqual([good]);
  });
});

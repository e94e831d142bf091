import { describe, expect, it } from 'vitest';
import { freshMutations, planMerge, type MergeableRecord } from './sync-merge';

const deletedBy = (clientId: string): MergeableRecord => ({
  deleted: true,
  data: { firstName: 'Amina' },
  fieldMeta: { firstName: { rev: 1, clientId: 'a' }, deleted: { rev: 2, clientId } },
});

describe('planMerge', () => {
  it('lets the device that deleted a record bring it back, and makes anyone else’s edit a conflict', () => {
    expect(planMerge({ existing: deletedBy('a'), op: 'put', baseRev: 2, fields: { notes: 'x' }, clientId: 'a' })).toMatchObject({
      deleted: false,
      changedFields: ['deleted', 'notes'],
      conflicts: [],
    });
    expect(planMerge({ existing: deletedBy('a'), op: 'put', baseRev: 2, fields: { notes: 'x' }, clientId: 'b' })).toMatchObject({
      deleted: true,
      conflicts: [{ field: 'deleted', serverValue: true, clientValue: false }],
    });
  });

  it('keeps the server value and reports a conflict only when another device changed the field since the base', () => {
    const existing: MergeableRecord = { deleted: false, data: { firstName: 'Jan' }, fieldMeta: { firstName: { rev: 5, clientId: 'b' } } };
    expect(planMerge({ existing, op: 'put', baseRev: 4, fields: { firstName: 'Zoë' }, clientId: 'a' }).conflicts).toEqual([
      { field: 'firstName', serverValue: 'Jan', clientValue: 'Zoë' },
    ]);
    expect(planMerge({ existing, op: 'put', baseRev: 5, fields: { firstName: 'Zoë' }, clientId: 'a' }).data).toEqual({ firstName: 'Zoë' });
    expect(planMerge({ existing, op: 'put', baseRev: 0, fields: { firstName: 'Jan' }, clientId: 'a' })).toMatchObject({ changedFields: [], conflicts: [] });
  });
});

describe('freshMutations', () => {
  it('skips replays and refuses a gap', () => {
    expect(freshMutations([{ seq: 2 }, { seq: 3 }, { seq: 4 }], 2)).toEqual({ fresh: [{ seq: 3 }, { seq: 4 }] });
    expect(freshMutations([{ seq: 3 }, { seq: 5 }], 2)).toEqual({ gap: true });
  });
});

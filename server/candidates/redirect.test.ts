import { describe, expect, it } from 'vitest';
import type { Mutation } from '../../src/domain/wire';
import { redirectMerged } from './redirect';

const files: Record<string, { siteId: string; mergedInto?: string }> = {
  away: { siteId: 'site-a', mergedInto: 'kept' },
  kept: { siteId: 'site-b' },
  other: { siteId: 'site-a' },
};
const candidateOf = (id: string) => files[id];
const mutation = (extra: Partial<Mutation>): Mutation => ({ seq: 1, table: 'candidates', id: 'away', siteId: 'site-a', op: 'put', baseRev: 3, ...extra });

describe('redirectMerged', () => {
  it('applies an edit of a merged-away file to the kept file, on its site, without touching mergedInto', () => {
    expect(redirectMerged(mutation({ fields: { phone: '0470', mergedInto: null } }), candidateOf)).toEqual({
      mutation: mutation({ id: 'kept', siteId: 'site-b', fields: { phone: '0470' } }),
    });
  });

  it('refuses a delete of a merged-away file (it is kept), and leaves other files alone', () => {
    expect(redirectMerged(mutation({ op: 'delete' }), candidateOf)).toEqual({ refused: 'merged' });
    const plain = mutation({ id: 'other', fields: { phone: '0470' } });
    expect(redirectMerged(plain, candidateOf)).toEqual({ mutation: plain });
  });

  it('does not redirect a mutation that claims another site (it is refused as forbidden_site later)', () => {
    const foreign = mutation({ siteId: 'site-c', fields: { phone: '0470' } });
    expect(redirectMerged(foreign, candidateOf)).toEqual({ mutation: foreign });
  });

  it('re-points links to the merged-away person, without repeating the kept one', () => {
    const action = mutation({ table: 'spocActions', id: 's1', fields: { candidateIds: ['away', 'kept', 'other'], date: '2026-03-01' } });
    expect(redirectMerged(action, candidateOf)).toEqual({ mutation: { ...action, fields: { candidateIds: ['kept', 'other'], date: '2026-03-01' } } });
    const note = mutation({ table: 'followUpNotes', id: 'n1', fields: { candidateId: 'away', text: 'x' } });
    expect(redirectMerged(note, candidateOf)).toEqual({ mutation: { ...note, fields: { candidateId: 'kept', text: 'x' } } });
  });
});

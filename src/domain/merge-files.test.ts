import { describe, expect, it } from 'vitest';
import { buildCandidateIndex, findDuplicatesOf, findLikelyDuplicates } from './matching';
import { keptFileChanges, keptFileId, markedNotSamePerson, mergeRefusal, repointedLinks } from './merge-files';

const ids = { keptId: 'k', mergedAwayId: 'm' };

describe('keptFileChanges: what the kept file gains from the merged-away one', () => {
  it('fills only the empty fields, never overwrites', () => {
    const changes = keptFileChanges(
      { firstName: 'Mohammed', lastName: 'El Amrani', phone: '0470 11 11 11', email: null, notes: '' },
      { firstName: 'Muhammad', lastName: 'Al-Amrani', phone: '0470 22 22 22', email: 'm@example.be', notes: 'Met at the CPAS', communeCode: 'ixelles' },
      ids,
    );
    expect(changes).toEqual({ email: 'm@example.be', notes: 'Met at the CPAS', communeCode: 'ixelles' });
  });

  it('completes a birth year with a full date of that year, not of another year', () => {
    expect(keptFileChanges({ lastName: 'A', birthDate: '1990' }, { lastName: 'A', birthDate: '1990-03-12' }, ids)).toEqual({ birthDate: '1990-03-12' });
    expect(keptFileChanges({ lastName: 'A', birthDate: '1991' }, { lastName: 'A', birthDate: '1990-03-12' }, ids)).toEqual({});
    expect(keptFileChanges({ lastName: 'A', birthDate: '1990-01-01' }, { lastName: 'A', birthDate: '1990' }, ids)).toEqual({});
  });

  it('joins languages and "not the same person" marks, without either file’s own id', () => {
    const changes = keptFileChanges(
      { lastName: 'A', languages: ['ar'], notSamePersonAs: ['x', 'm'] },
      { lastName: 'A', languages: ['fr', 'ar'], notSamePersonAs: ['y', 'k'] },
      ids,
    );
    expect(changes).toEqual({ languages: ['ar', 'fr'], notSamePersonAs: ['x', 'y'] });
  });

  it('never copies the merge’s own bookkeeping', () => {
    expect(keptFileChanges({ lastName: 'A' }, { lastName: 'B', mergedInto: 'z', erased: false }, ids)).toEqual({});
  });
});

describe('mergeRefusal', () => {
  const file = (id: string, data = {}) => ({ id, data: { lastName: 'A', ...data } });
  it('refuses a merge into itself, into an erased or merged file, and of an erased or merged file', () => {
    expect(mergeRefusal(file('a'), file('a'))).toBe('same_file');
    expect(mergeRefusal(file('k', { erased: true }), file('m'))).toBe('into_erased');
    expect(mergeRefusal(file('k', { mergedInto: 'z' }), file('m'))).toBe('into_merged');
    expect(mergeRefusal(file('k'), file('m', { erased: true }))).toBe('erased');
    expect(mergeRefusal(file('k'), file('m', { mergedInto: 'z' }))).toBe('merged');
    expect(mergeRefusal(file('k'), file('m'))).toBeUndefined();
  });
});

describe('repointedLinks and keptFileId', () => {
  it('re-points candidateId and candidateIds (without repeating the kept id)', () => {
    expect(repointedLinks({ candidateId: 'm' }, 'm', 'k')).toEqual({ candidateId: 'k' });
    expect(repointedLinks({ candidateIds: ['m', 'k', 'x'] }, 'm', 'k')).toEqual({ candidateIds: ['k', 'x'] });
    expect(repointedLinks({ candidateId: 'x', candidateIds: ['x'] }, 'm', 'k')).toBeUndefined();
  });

  it('follows mergedInto to the kept file, and stops on a cycle', () => {
    const links: Record<string, string> = { a: 'b', b: 'c', x: 'y', y: 'x' };
    expect(keptFileId('a', (id) => links[id])).toBe('c');
    expect(keptFileId('c', (id) => links[id])).toBe('c');
    expect(['x', 'y']).toContain(keptFileId('x', (id) => links[id]));
  });
});

describe('"not the same person" in duplicate detection', () => {
  const records = [
    { id: 'a', data: { firstName: 'Fatima', lastName: 'Benali', birthDate: '1982-07-01' } },
    { id: 'b', data: { firstName: 'Fatma', lastName: 'Ben Ali', birthDate: '1982-07-01', notSamePersonAs: ['a'] } },
    { id: 'c', data: { firstName: 'Fatima', lastName: 'Benali', birthDate: '1982-07-01', mergedInto: 'a' } },
  ];

  it('is marked on either side', () => {
    expect(markedNotSamePerson(records[0]!, records[1]!)).toBe(true);
    expect(markedNotSamePerson(records[1]!, records[0]!)).toBe(true);
    expect(markedNotSamePerson(records[0]!, records[2]!)).toBe(false);
  });

  it('is never flagged again for that pair, from either file; a merged-away file is never flagged', () => {
    const index = buildCandidateIndex(records);
    expect(findDuplicatesOf(index, 'a').map((match) => match.id)).toEqual([]);
    expect(findDuplicatesOf(index, 'b').map((match) => match.id)).toEqual([]);
    // A new person typed at intake is still warned about both files.
    expect(findLikelyDuplicates(index, { firstName: 'Fatima', lastName: 'Benali', birthDate: '1982-07-01' }).map((match) => match.id).sort()).toEqual(['a', 'b']);
  });
});

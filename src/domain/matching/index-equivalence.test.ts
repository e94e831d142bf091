// The index must answer exactly as it did before its build was made cheaper (docs/read-model.md,
// "Unlock to a searchable list"): the digest below was taken from the index as it was before that
// change, over the same seeded candidates, queries, duplicate checks and live changes.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fictionalCandidates } from './bench';
import { buildCandidateIndex, findDuplicatesOf, findLikelyDuplicates, searchCandidates } from './index';
import type { CandidateRecord } from './index';

/** Names the syllable generator never makes: scripts, particles, accents, phones and erasures. */
const SPECIAL: CandidateRecord[] = [
  { id: 's1', data: { firstName: 'Mohamed', lastName: 'El Amrani', birthDate: '1990-03-04', phone: '+32 475 12 34 56' } },
  { id: 's2', data: { firstName: 'محمد', lastName: 'العمراني', birthDate: '1990-03-04' } },
  { id: 's3', data: { firstName: 'Ayşe', lastName: 'Yılmaz', birthDate: '1985' } },
  { id: 's4', data: { firstName: 'Abd el Kader', lastName: 'Ben Ali', communeCode: '21004' } },
  { id: 's5', data: { firstName: 'Nour Eddine', lastName: 'Es-Saadi', erased: true } },
  { id: 's6', data: { firstName: 'Jean-Pierre', lastName: 'Van den Bossche', mergedInto: 's1' } },
  { id: 's7', data: { firstName: 'Youssef', lastName: 'Benali', notSamePersonAs: ['s4'] } },
  { id: 's8', data: { firstName: null, lastName: "N'Diaye", phone: '0032 2 123 45 67' } },
];

function queriesOf(records: readonly CandidateRecord[]): string[] {
  const queries = ['', 'a', 'm', 'el am', 'elam', 'amr', 'محمد', 'mohamed', '0475', '+32 475', '1080', '1000', 'ben ali', 'ayse', 'ndiaye', 'x', 'ou', 'zz 04'];
  for (let i = 0; i < records.length; i += 37) {
    const { firstName, lastName, phone } = records[i]?.data ?? {};
    const last = lastName ?? '';
    const first = firstName ?? '';
    for (let length = 1; length <= 5; length++) queries.push(last.slice(0, length), first.slice(0, length));
    queries.push(`${first.slice(0, 2)} ${last.slice(0, 3)}`, `${last} ${first}`, (phone ?? '').slice(3, 8));
  }
  return queries;
}

function answersOf(records: CandidateRecord[]): { digest: string; found: number; asked: number } {
  const index = buildCandidateIndex(records);
  const answers: unknown[] = [index.size, index.orderedIds()];
  const queries = queriesOf(records);
  let found = 0;
  for (const query of queries) {
    const ids = searchCandidates(index, query, { limit: 200 });
    if (ids.length > 0) found += 1;
    answers.push(ids);
  }
  for (let i = 0; i < records.length; i += 53) {
    const { firstName, lastName, birthDate } = records[i]?.data ?? {};
    const typo = (lastName ?? '').length > 5 ? `${(lastName ?? '').slice(0, 2)}${(lastName ?? '').slice(3)}` : `${lastName ?? ''}e`;
    answers.push(findLikelyDuplicates(index, { firstName, lastName: typo, birthDate }));
    answers.push(findDuplicatesOf(index, records[i]?.id ?? ''));
  }
  // Live changes after the build: renames, removals, a late arrival.
  for (let i = 0; i < records.length; i += 101) {
    const record = records[i] as CandidateRecord;
    index.update({ id: record.id, data: { ...record.data, lastName: `${record.data.lastName ?? ''} Ben Salah` } });
  }
  for (let i = 50; i < records.length; i += 151) index.remove(records[i]?.id ?? '');
  index.add({ id: 'late', data: { firstName: 'Karima', lastName: 'El Amrani', birthDate: '1990-03-04' } });
  answers.push(index.size, index.orderedIds());
  for (const query of queries.slice(0, 120)) answers.push(searchCandidates(index, query));
  answers.push(findDuplicatesOf(index, 'late'), findDuplicatesOf(index, 's1'), findDuplicatesOf(index, 's4'));
  return { digest: createHash('sha256').update(JSON.stringify(answers)).digest('hex'), found, asked: queries.length };
}

describe('CandidateIndex answers', () => {
  it('are the same as before the cheaper build, over many searches, duplicate checks and changes', () => {
    const records = [...SPECIAL, ...fictionalCandidates(4000, 11)];
    const { digest, found, asked } = answersOf(records);
    // The digest is worth something only if most searches find files.
    expect(found).toBeGreaterThan(asked * 0.8);
    expect(digest).toBe('2534dcce7ecce50c47abfd92573f46f5352bd45a201addce6a97b91451280017');
  });
});

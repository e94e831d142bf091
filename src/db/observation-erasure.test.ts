// What a tablet keeps of an observation once its person is erased (docs/observations.md): the
// same as the server (server/sync/observations.test.ts).
import { describe, expect, it } from 'vitest';
import { wipeLinked } from './pull-erasure';

describe('an erased person’s observation on the tablet', () => {
  it('keeps its links, kind, métier, UC, result, observer kind, date and work site, and loses the words about the work', () => {
    const kept = { candidateId: 'c-1', accompanimentId: 'a-1', kind: 'mock-test', metier: 'coiffeur', uc: 'UC1', result: 'partly', observerKind: 'professional', date: '2026-03-04', workSiteId: 's-1' };
    const written = { task: 'Un brushing', conditions: 'Salon', criteria: [{ label: 'Hygiène', result: 'met' }], observerName: 'Mme Janssens', note: 'À revoir' };
    expect(wipeLinked('observations', { ...kept, ...written })).toEqual(kept);
  });
});

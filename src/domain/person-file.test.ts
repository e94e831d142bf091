import { describe, expect, it } from 'vitest';
import { collectPersonFile, type PersonFileTables } from './person-file';

const site = 'site-a';
const tables: PersonFileTables = {
  candidates: [
    { id: 'c1', siteId: site, data: { firstName: 'Amina', lastName: 'Benali' } },
    { id: 'c2', siteId: site, data: { firstName: 'Other' } },
  ],
  spocActions: [
    { id: 's2', siteId: site, data: { date: '2026-03-01', kind: 'collective', candidateIds: ['c1', 'c2'] } },
    { id: 's1', siteId: site, data: { date: '2026-01-05', kind: 'individuelle', candidateIds: ['c1'] } },
    { id: 's3', siteId: site, data: { date: '2026-02-01', kind: 'individuelle', candidateIds: ['c2'] } },
  ],
  accompaniments: [{ id: 'a1', siteId: site, data: { candidateId: 'c1', metier: 'coiffeur', startDate: '2026-02-01', status: 'open' } }],
  positionings: [],
  moduleSessions: [{ id: 'm1', siteId: site, data: { module: 'stress', date: '2026-04-02' } }],
  attendance: [
    { id: 't1', siteId: site, data: { candidateId: 'c1', sessionId: 'm1', status: 'present' } },
    { id: 't2', siteId: site, data: { candidateId: 'c2', sessionId: 'm1', status: 'present' } },
  ],
  validationSteps: [],
  followUpNotes: [{ id: 'n1', siteId: site, data: { candidateId: 'c1', date: '2026-02-02', text: 'Note for Amina' } }],
  observations: [
    { id: 'o2', siteId: site, data: { candidateId: 'c1', kind: 'mock-test', metier: 'coiffeur', uc: 'UC2', task: 'Coupe', result: 'partly', observerKind: 'adviser', date: '2026-05-02' } },
    { id: 'o1', siteId: site, data: { candidateId: 'c1', kind: 'observation', metier: 'coiffeur', uc: 'UC1', task: 'Shampoing', result: 'met', observerKind: 'adviser', date: '2026-04-20' } },
    { id: 'o3', siteId: site, data: { candidateId: 'c2', kind: 'observation', metier: 'coiffeur', uc: 'UC1', task: 'Other', result: 'met', observerKind: 'adviser', date: '2026-04-20' } },
  ],
};

describe('a person’s complete file', () => {
  it('gathers every record about the person, in date order, and nothing about others', () => {
    const file = collectPersonFile('c1', tables);
    expect(file?.candidate.data.firstName).toBe('Amina');
    expect(file?.spocActions.map((action) => action.id)).toEqual(['s1', 's2']);
    expect(file?.accompaniments.map((record) => record.id)).toEqual(['a1']);
    expect(file?.attendance).toEqual([expect.objectContaining({ id: 't1', session: expect.objectContaining({ id: 'm1' }) })]);
    expect(file?.followUpNotes.map((note) => note.data.text)).toEqual(['Note for Amina']);
    expect(file?.observations.map((record) => record.id)).toEqual(['o1', 'o2']);
    expect(JSON.stringify(file)).not.toContain('Other');
  });

  it('is undefined for an unknown person', () => {
    expect(collectPersonFile('nobody', tables)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { addYears, filesDueForAnonymisation, type RetentionInput, type RetentionRecord } from './retention';

const record = (id: string, data: Record<string, unknown>, siteId = 'site-a'): RetentionRecord => ({ id, siteId, data });
const empty: RetentionInput = { candidates: [], spocActions: [], accompaniments: [], moduleSessions: [], attendance: [], validationSteps: [], followUpNotes: [], positionings: [] };

describe('retention of closed files', () => {
  const today = '2026-11-23';

  it.each([
    ['a SPOC action alone, six years ago', { spocActions: [record('s', { date: '2020-10-01', candidateIds: ['c'] })] }, true],
    ['a SPOC action four years ago', { spocActions: [record('s', { date: '2022-10-01', candidateIds: ['c'] })] }, false],
    ['exactly five years ago today', { spocActions: [record('s', { date: '2021-11-23', candidateIds: ['c'] })] }, false],
    ['five years and a day ago', { spocActions: [record('s', { date: '2021-11-22', candidateIds: ['c'] })] }, true],
    ['a closed accompaniment ended six years ago', { accompaniments: [record('a', { candidateId: 'c', startDate: '2019-01-01', status: 'closed', exitDate: '2020-06-01' })] }, true],
    ['an accompaniment still open, started long ago', { accompaniments: [record('a', { candidateId: 'c', startDate: '2015-01-01', status: 'open' })] }, false],
    ['an old action but a recent note', { spocActions: [record('s', { date: '2015-10-01', candidateIds: ['c'] })], followUpNotes: [record('n', { candidateId: 'c', date: '2025-01-01' })] }, false],
    ['an old action but a recent module session attended', { spocActions: [record('s', { date: '2015-10-01', candidateIds: ['c'] })], moduleSessions: [record('m', { date: '2024-03-01' })], attendance: [record('t', { candidateId: 'c', sessionId: 'm' })] }, false],
    ['an old action but a recent Titre', { spocActions: [record('s', { date: '2015-10-01', candidateIds: ['c'] })], validationSteps: [record('v', { candidateId: 'c', titreDate: '2023-05-01' })] }, false],
    ['an old action but a recent positioning', { spocActions: [record('s', { date: '2015-10-01', candidateIds: ['c'] })], positionings: [record('p', { candidateId: 'c', startedAt: '2024-02-01T10:00:00Z' })] }, false],
    ['no dated action at all', {}, false],
  ])('%s → due: %s', (_name, parts, expected) => {
    const input = { ...empty, candidates: [record('c', { firstName: 'Amina' })], ...parts } as RetentionInput;
    expect(filesDueForAnonymisation(input, today).map((file) => file.candidateId)).toEqual(expected ? ['c'] : []);
  });

  it('uses each site’s own period and skips erased and merged files', () => {
    const input: RetentionInput = {
      ...empty,
      candidates: [record('a', {}, 'site-a'), record('b', {}, 'site-b'), record('erased', { erased: true }), record('merged', { mergedInto: 'a' })],
      spocActions: [record('s', { date: '2023-01-10', candidateIds: ['a', 'b', 'erased', 'merged'] })],
    };
    const due = filesDueForAnonymisation(input, today, new Map([['site-b', 2]]));
    expect(due).toEqual([{ candidateId: 'b', siteId: 'site-b', lastAction: '2023-01-10' }]);
  });

  it('adds years to a 29 February', () => {
    expect(addYears('2024-02-29', 5)).toBe('2029-02-28');
    expect(addYears('2020-06-15', 5)).toBe('2025-06-15');
  });
});

describe('retention and individual module work', () => {
  it('counts a piece of module work as the person’s last action', () => {
    const input: RetentionInput = {
      ...empty,
      candidates: [{ id: 'c1', siteId: 's', data: { firstName: 'Awa' } }],
      accompaniments: [{ id: 'a1', siteId: 's', data: { candidateId: 'c1', startDate: '2015-01-01', status: 'closed', exitDate: '2015-06-01' } }],
      moduleWork: [{ id: 'w1', siteId: 's', data: { candidateId: 'c1', date: '2022-03-01' } }],
    };
    expect(filesDueForAnonymisation(input, '2026-01-01')).toEqual([]);
    expect(filesDueForAnonymisation(input, '2027-03-02')).toEqual([{ candidateId: 'c1', siteId: 's', lastAction: '2022-03-01' }]);
  });
});

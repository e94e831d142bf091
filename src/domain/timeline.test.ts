import { describe, expect, it } from 'vitest';
import { buildTimeline, type TimelineSources } from './timeline';
import { openAccompanimentFor } from './timeline-accompaniments';

const none: TimelineSources = { spocActions: [], accompaniments: [], positionings: [], attendance: [], validationSteps: [], followUpNotes: [], observations: [] };
const summary = (sources: Partial<TimelineSources>) => buildTimeline({ ...none, ...sources }).map((entry) => `${entry.date} ${entry.kind}`);

describe('buildTimeline', () => {
  const cases: { name: string; sources: Partial<TimelineSources>; expected: string[] }[] = [
    { name: 'nothing recorded', sources: {}, expected: [] },
    {
      name: 'a SPOC action and a note, newest first',
      sources: {
        spocActions: [{ id: 's1', data: { date: '2026-01-10', kind: 'individuelle' } }],
        followUpNotes: [{ id: 'n1', data: { date: '2026-02-01', text: 'Appelée' } }],
      },
      expected: ['2026-02-01 note', '2026-01-10 spocAction'],
    },
    {
      name: 'an open accompaniment gives only its start',
      sources: { accompaniments: [{ id: 'a1', data: { metier: 'coiffeur', startDate: '2026-03-01', status: 'open' } }] },
      expected: ['2026-03-01 accompanimentStart'],
    },
    {
      name: 'a closed accompaniment gives its start and its exit, the exit first on the same day',
      sources: {
        accompaniments: [{ id: 'a1', data: { metier: 'coiffeur', startDate: '2026-03-01', status: 'closed', exitDate: '2026-03-01', exitReason: 'emploi' } }],
      },
      expected: ['2026-03-01 accompanimentExit', '2026-03-01 accompanimentStart'],
    },
    {
      name: 'a positioning is dated by its day, completed or not',
      sources: { positionings: [{ id: 'p1', data: { startedAt: '2026-04-02T09:15:00+02:00', questionnaireId: 'q', questionnaireVersion: 1 } }] },
      expected: ['2026-04-02 positioning'],
    },
    {
      name: 'a module attended is dated by its session',
      sources: {
        attendance: [{ id: 't1', data: { status: 'present', hours: 3 }, session: { id: 'ms1', data: { module: 'fle', date: '2026-05-05' } } }],
      },
      expected: ['2026-05-05 module'],
    },
    {
      name: 'a validation step gives one entry per dated step',
      sources: {
        validationSteps: [{ id: 'v1', data: { uc: 'UC1', registrationDate: '2026-06-01', testDate: '2026-06-20', result: 'reussi', titreDate: '2026-07-01' } }],
      },
      expected: ['2026-07-01 validationTitre', '2026-06-20 validationTest', '2026-06-01 validationRegistration'],
    },
    {
      name: 'an undated validation step still shows, last',
      sources: {
        validationSteps: [{ id: 'v1', data: { uc: 'UC1' } }],
        followUpNotes: [{ id: 'n1', data: { date: '2026-01-01', text: 'x' } }],
      },
      expected: ['2026-01-01 note', ' validationRegistration'],
    },
    {
      name: 'practical observations and mock tests are dated by their day, after a note of the same day',
      sources: {
        observations: [
          { id: 'o1', data: { kind: 'observation', metier: 'coiffeur', uc: 'UC1', result: 'met', date: '2026-04-20' } },
          { id: 'o2', data: { kind: 'mock-test', metier: 'coiffeur', uc: 'UC2', result: 'partly', date: '2026-05-02' } },
        ],
        followUpNotes: [{ id: 'n1', data: { date: '2026-04-20', text: 'x' } }],
      },
      expected: ['2026-05-02 observation', '2026-04-20 note', '2026-04-20 observation'],
    },
  ];
  it.each(cases)('$name', ({ sources, expected }) => {
    expect(summary(sources)).toEqual(expected);
  });

  it('keeps what the screen needs to say each entry in words', () => {
    const [exit] = buildTimeline({
      ...none,
      accompaniments: [{ id: 'a1', data: { metier: 'coiffeur', startDate: '2026-03-01', status: 'closed', exitDate: '2026-04-01', exitReason: 'emploi' } }],
    });
    expect(exit).toEqual({ key: 'acc-exit:a1', recordId: 'a1', date: '2026-04-01', kind: 'accompanimentExit', metier: 'coiffeur', exitReason: 'emploi' });
  });

  it('keeps an observation’s kind, UC, result and observer, not its task or note', () => {
    const [entry] = buildTimeline({
      ...none,
      observations: [{ id: 'o1', data: { candidateId: 'c1', kind: 'mock-test', metier: 'coiffeur', uc: 'UC2', task: 'Coupe', result: 'partly', observerKind: 'professional', observerName: 'Mme Dupont', date: '2026-05-02', note: 'À revoir' } }],
    });
    expect(entry).toEqual({
      key: 'obs:o1',
      recordId: 'o1',
      date: '2026-05-02',
      kind: 'observation',
      observation: { kind: 'mock-test', metier: 'coiffeur', uc: 'UC2', result: 'partly', observerKind: 'professional', observerName: 'Mme Dupont' },
    });
  });
});

describe('openAccompanimentFor', () => {
  const records = [
    { id: 'a1', data: { candidateId: 'c1', metier: 'coiffeur', status: 'open' as const } },
    { id: 'a2', data: { candidateId: 'c1', metier: 'aide-menager', status: 'closed' as const } },
    { id: 'a3', data: { candidateId: 'c2', metier: 'carreleur', status: 'open' as const } },
  ];
  it.each([
    { name: 'an open one for the same métier', metier: 'coiffeur', exceptId: undefined, expected: 'a1' },
    { name: 'the one being edited does not count', metier: 'coiffeur', exceptId: 'a1', expected: undefined },
    { name: 'a closed one does not count', metier: 'aide-menager', exceptId: undefined, expected: undefined },
    { name: "another person's does not count", metier: 'carreleur', exceptId: undefined, expected: undefined },
  ])('$name', ({ metier, exceptId, expected }) => {
    expect(openAccompanimentFor(records, 'c1', metier, exceptId)).toBe(expected);
  });
});

// Validation-attempt rules, table-driven.
import { describe, expect, it } from 'vitest';
import { recordSchemas } from './entities';
import { failedAttempts, guidanceCompulsory, guidanceDue, isTestAwaitingResult, isUpcomingTest, type AttemptFacts } from './validation-rules';

const fail = (uc: string, id?: string): AttemptFacts => ({ id, uc, result: 'echoue' });

describe('guidance after two failed attempts', () => {
  it.each<[string, AttemptFacts[], string, string | undefined, number, boolean]>([
    ['no attempt', [], 'UC1', undefined, 0, false],
    ['one failure', [fail('UC1')], 'UC1', undefined, 1, false],
    ['two failures', [fail('UC1'), fail('UC1')], 'UC1', undefined, 2, true],
    ['two failures, other UC', [fail('UC1'), fail('UC1')], 'UC2', undefined, 0, false],
    ['failures at different UCs', [fail('UC1'), fail('UC2')], 'UC1', undefined, 1, false],
    ['case and spaces ignored', [fail('uc1 '), fail('UC1')], 'Uc1', undefined, 2, true],
    ['absent and postponed are not failures', [{ uc: 'UC1', result: 'absent' }, { uc: 'UC1', result: 'reporte' }, fail('UC1')], 'UC1', undefined, 1, false],
    ['a pass does not count', [fail('UC1'), { uc: 'UC1', result: 'reussi' }], 'UC1', undefined, 1, false],
    ['the attempt being edited is left out', [fail('UC1', 'a'), fail('UC1', 'b')], 'UC1', 'b', 1, false],
    ['three failures', [fail('UC1'), fail('UC1'), fail('UC1')], 'UC1', undefined, 3, true],
    ['empty UC', [fail(''), fail('')], '', undefined, 2, false],
    ['spaces inside an old free-text code', [fail('UC 1'), fail('uc1')], 'UC1', undefined, 2, true],
  ])('%s', (_name, attempts, uc, exceptId, failures, compulsory) => {
    expect(failedAttempts(attempts, uc, exceptId)).toBe(failures);
    expect(guidanceCompulsory(attempts, uc, exceptId)).toBe(compulsory);
  });

  const failAt = (metier: string | undefined, uc = 'UC1'): AttemptFacts => ({ uc, result: 'echoue', ...(metier ? { metier } : {}) });
  it.each<[string, AttemptFacts[], string | undefined, number, boolean]>([
    ['two failures at the métier', [failAt('aide-menager'), failAt('aide-menager')], 'aide-menager', 2, true],
    ['the same code of another métier is another UC', [failAt('aide-menager'), failAt('coiffeur')], 'aide-menager', 1, false],
    ['an attempt without a métier counts for any métier', [failAt('aide-menager'), failAt(undefined)], 'aide-menager', 2, true],
    ['a new attempt without a métier counts every métier', [failAt('aide-menager'), failAt('coiffeur')], undefined, 2, true],
  ])('by métier: %s', (_name, attempts, metier, failures, compulsory) => {
    expect(failedAttempts(attempts, 'UC1', undefined, metier)).toBe(failures);
    expect(guidanceCompulsory(attempts, 'UC1', undefined, metier)).toBe(compulsory);
  });
});

describe('guidance due from the second failure', () => {
  it.each<[string, AttemptFacts[], AttemptFacts, boolean]>([
    ['the second failure being recorded', [fail('UC1', 'a')], { id: 'b', uc: 'UC1', result: 'echoue' }, true],
    ['the first failure being recorded', [], { id: 'a', uc: 'UC1', result: 'echoue' }, false],
    ['a pass after one failure', [fail('UC1', 'a')], { id: 'b', uc: 'UC1', result: 'reussi' }, false],
    ['a new registration after two failures', [fail('UC1', 'a'), fail('UC1', 'b')], { uc: 'UC1' }, true],
    ['the second failure corrected (itself not counted twice)', [fail('UC1', 'a'), fail('UC1', 'b')], { id: 'b', uc: 'UC1', result: 'echoue' }, true],
    ['guidance recorded on the attempt being saved', [fail('UC1', 'a')], { id: 'b', uc: 'UC1', result: 'echoue', guidanceDate: '2026-03-01' }, false],
    ['guidance recorded on an earlier attempt', [fail('UC1', 'a'), { ...fail('UC1', 'b'), guidanceDate: '2026-03-01' }], { uc: 'UC1' }, false],
    ['guidance recorded at another UC does not count', [fail('UC1', 'a'), { ...fail('UC2', 'c'), guidanceDate: '2026-03-01' }], { id: 'b', uc: 'UC1', result: 'echoue' }, true],
    ['guidance cleared on the attempt being saved', [fail('UC1', 'a'), { ...fail('UC1', 'b'), guidanceDate: '2026-03-01' }], { id: 'b', uc: 'UC1', result: 'echoue', guidanceDate: null }, true],
    ['no UC', [fail('', 'a')], { id: 'b', uc: '', result: 'echoue' }, false],
  ])('%s', (_name, attempts, current, due) => {
    expect(guidanceDue(attempts, current)).toBe(due);
  });
});

describe('the guidance date on the record (checked alike by the tablet and the sync server)', () => {
  const step = { candidateId: 'c-1', uc: 'UC1', result: 'echoue' };
  it.each([
    ['a calendar date', '2026-03-01', true],
    ['cleared', null, true],
    ['not a date', '01/03/2026', false],
    ['an impossible date', '2026-02-30', false],
  ] as const)('%s', (_name, guidanceDate, valid) => {
    expect(recordSchemas.validationSteps.safeParse({ ...step, guidanceDate }).success).toBe(valid);
  });
});

describe('tests due', () => {
  it.each([
    [{ testDate: '2026-05-10' }, '2026-05-01', true, false],
    [{ testDate: '2026-05-01' }, '2026-05-01', true, false],
    [{ testDate: '2026-04-10' }, '2026-05-01', false, true],
    [{ testDate: '2026-04-10', result: 'reussi' }, '2026-05-01', false, false],
    [{ testDate: '2026-05-10', result: 'reporte' }, '2026-05-01', false, false],
    [{}, '2026-05-01', false, false],
  ])('%j on %s: upcoming %s, awaiting result %s', (step, today, upcoming, awaiting) => {
    expect(isUpcomingTest(step, today)).toBe(upcoming);
    expect(isTestAwaitingResult(step, today)).toBe(awaiting);
  });
});

// Validation-attempt rules, table-driven.
import { describe, expect, it } from 'vitest';
import { failedAttempts, guidanceCompulsory, isTestAwaitingResult, isUpcomingTest, type AttemptFacts } from './validation-rules';

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
  ])('%s', (_name, attempts, uc, exceptId, failures, compulsory) => {
    expect(failedAttempts(attempts, uc, exceptId)).toBe(failures);
    expect(guidanceCompulsory(attempts, uc, exceptId)).toBe(compulsory);
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

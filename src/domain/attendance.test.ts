// Roll-call rules, table-driven.
import { describe, expect, it } from 'vitest';
import { attendanceRate, defaultHoursFor, endsBeforeStart, rollCallChoice, sessionHours, summarizeAttendance } from './attendance';

describe('session times', () => {
  it.each([
    ['09:00', '12:30', 3.5, false],
    ['13:00', '13:10', 0.25, false],
    ['12:00', '09:00', undefined, true],
    ['09:00', '09:00', undefined, true],
    ['09:00', undefined, undefined, false],
    [null, '10:00', undefined, false],
  ] as const)('%s–%s gives %s hours (ends before start: %s)', (start, end, hours, before) => {
    expect(sessionHours(start, end)).toBe(hours);
    expect(endsBeforeStart(start, end)).toBe(before);
  });

  it.each([
    ['present', 3, 3],
    ['retard', 3, 3],
    ['absent', 3, 0],
    ['absent-excuse', 3, 0],
    ['inscrit', 3, undefined],
    ['present', undefined, undefined],
  ] as const)('%s with %s session hours records %s', (status, full, expected) => {
    expect(defaultHoursFor(status, full)).toBe(expected);
  });
});

describe('one roll-call choice', () => {
  it.each([
    ['present', 3.5, 3.5],
    ['retard', 3.5, 3.5],
    ['absent-excuse', 3.5, 0],
    ['absent', 3.5, 0],
    ['inscrit', 3.5, null],
    ['present', undefined, null],
    ['absent-excuse', undefined, 0],
  ] as const)('%s in a %s-hour session records %s hours', (status, full, hours) => {
    expect(rollCallChoice(status, full)).toEqual({ status, hours });
  });
});

describe('summary and rate', () => {
  it.each([
    [[], undefined],
    [['inscrit', 'inscrit'], undefined],
    [['present', 'absent'], 0.5],
    [['present', 'retard', 'absent-excuse', 'inscrit'], 2 / 3],
    [['absent'], 0],
  ] as const)('rate of %j is %s', (statuses, rate) => {
    expect(attendanceRate(statuses)).toBe(rate);
  });

  it('counts each status', () => {
    expect(summarizeAttendance(['present', 'present', 'absent', 'inscrit', 'bogus'])).toEqual({
      inscrit: 1,
      present: 2,
      retard: 0,
      'absent-excuse': 0,
      absent: 1,
    });
  });
});

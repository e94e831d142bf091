// Roll-call rules, table-driven.
import { describe, expect, it } from 'vitest';
import { attendanceRate, defaultHoursFor, endsBeforeStart, nextRollCallStatus, rollCallTap, sessionHours, summarizeAttendance } from './attendance';

describe('roll call cycle', () => {
  it.each([
    ['inscrit', 'present'],
    [undefined, 'present'],
    ['present', 'retard'],
    ['retard', 'absent-excuse'],
    ['absent-excuse', 'absent'],
    ['absent', 'present'],
  ] as const)('%s → %s', (from, to) => {
    expect(nextRollCallStatus(from)).toBe(to);
  });
});

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

describe('one roll-call tap', () => {
  it.each([
    ['inscrit', 3.5, 'present', 3.5],
    ['present', 3.5, 'retard', 3.5],
    ['retard', 3.5, 'absent-excuse', 0],
    ['absent-excuse', 3.5, 'absent', 0],
    ['absent', 3.5, 'present', 3.5],
    ['absent', undefined, 'present', null],
    ['retard', undefined, 'absent-excuse', 0],
  ] as const)('from %s in a %s-hour session: %s with %s hours', (from, full, status, hours) => {
    expect(rollCallTap(from, full)).toEqual({ status, hours });
  });

  it('cycling all the way round restores the full session whatever was typed before', () => {
    // Hours typed for a status never survive the next tap: each tap sets the new status's default.
    let row: { status: string; hours: number | null } = { status: 'present', hours: 2 };
    const seen: [string, number | null][] = [];
    for (let tap = 0; tap < 4; tap++) {
      row = rollCallTap(row.status, 3);
      seen.push([row.status, row.hours]);
    }
    expect(seen).toEqual([
      ['retard', 3],
      ['absent-excuse', 0],
      ['absent', 0],
      ['present', 3],
    ]);
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

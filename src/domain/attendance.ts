// Roll-call rules: what choosing a status records, the hours a session gives by default, the
// summary count and a candidate's attendance rate. Pure, no React, no storage.
import { CLOCK_TIME } from './dates';

export type AttendanceStatus = 'inscrit' | 'present' | 'retard' | 'absent-excuse' | 'absent';

function minutesOf(time: string | null | undefined): number | undefined {
  if (!time || !CLOCK_TIME.test(time)) return undefined;
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/** True when both times are given and the end is not after the start. */
export function endsBeforeStart(startTime: string | null | undefined, endTime: string | null | undefined): boolean {
  const start = minutesOf(startTime);
  const end = minutesOf(endTime);
  return start !== undefined && end !== undefined && end <= start;
}

/** The session's length in hours (quarter-hour precision), or undefined without both times. */
export function sessionHours(startTime: string | null | undefined, endTime: string | null | undefined): number | undefined {
  const start = minutesOf(startTime);
  const end = minutesOf(endTime);
  if (start === undefined || end === undefined || end <= start) return undefined;
  return Math.round(((end - start) / 60) * 4) / 4;
}

/** Hours recorded by default for a status: the whole session when there, none when absent. */
export function defaultHoursFor(status: AttendanceStatus, fullHours: number | undefined): number | undefined {
  if (status === 'present' || status === 'retard') return fullHours;
  if (status === 'absent' || status === 'absent-excuse') return 0;
  return undefined;
}

/**
 * What choosing a status at the roll call records: the status and its default hours, always both,
 * so that going back from absent to present restores the session's length over any hours typed
 * for the earlier status, and an absence never keeps hours. `null` clears the hours when the
 * session has no times to count them from, or when the person is set back to not yet called.
 */
export function rollCallChoice(status: AttendanceStatus, fullHours: number | undefined): { status: AttendanceStatus; hours: number | null } {
  return { status, hours: defaultHoursFor(status, fullHours) ?? null };
}

export type AttendanceSummary = Record<AttendanceStatus, number>;

export function summarizeAttendance(statuses: readonly (string | undefined)[]): AttendanceSummary {
  const summary: AttendanceSummary = { inscrit: 0, present: 0, retard: 0, 'absent-excuse': 0, absent: 0 };
  for (const status of statuses) {
    if (status && status in summary) summary[status as AttendanceStatus] += 1;
  }
  return summary;
}

/** Share of sessions attended (present or late) among those whose roll call was taken; undefined if none. */
export function attendanceRate(statuses: readonly (string | undefined)[]): number | undefined {
  const summary = summarizeAttendance(statuses);
  const taken = summary.present + summary.retard + summary['absent-excuse'] + summary.absent;
  if (taken === 0) return undefined;
  return (summary.present + summary.retard) / taken;
}

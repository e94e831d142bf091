// Periods and dates. Every date of the data is a Brussels calendar day `YYYY-MM-DD` (dates.ts), so
// plain string comparison orders them: no Date objects, no time zones, same answer on tablet and server.
import { BIRTH_YEAR, isCalendarDate } from '../dates';

export interface Period {
  from: string;
  to: string;
}

/** Throws on a malformed or inverted period: a report over a nonsense period must not look valid. */
export function assertPeriod(period: Period): void {
  if (!isCalendarDate(period.from) || !isCalendarDate(period.to)) throw new RangeError('invalidDate');
  if (period.from > period.to) throw new RangeError('periodInverted');
}

/** An action or a validation attempt counts in the period of its own date. */
export function inPeriod(date: string | null | undefined, period: Period): date is string {
  return typeof date === 'string' && date >= period.from && date <= period.to;
}

/**
 * An accompaniment counts in every period during which it was open: started on or before the
 * period's end and not closed before its start. Without an exit date it is still open, whatever its
 * status says (the dates are what the rule reads; a `closed` status without exit date is the data's
 * problem, not a reason to guess a date).
 */
export function openDuring(startDate: string | null | undefined, exitDate: string | null | undefined, period: Period): boolean {
  if (typeof startDate !== 'string' || startDate > period.to) return false;
  return exitDate === null || exitDate === undefined || exitDate >= period.from;
}

export function yearPeriod(year: number): Period {
  const y = String(year).padStart(4, '0');
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export const AGE_BANDS = ['<25', '25-34', '35-44', '45-49', '50-54', '55+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/**
 * Age on `day` (the period's last day). With a full birth date: completed years on that day (a
 * 29 February birthday is reached on 1 March in common years). With a birth year alone,
 * the rule says "age on 31 December of that year": "that year" is read as the year of the
 * period's last day (31 December of the birth year would make everyone 0), so the age is
 * year(day) − birth year, as if the birthday had already passed. Undefined when unusable.
 */
export function ageOn(birthDate: string | null | undefined, day: string): number | undefined {
  if (typeof birthDate !== 'string') return undefined;
  const dayYear = yearOf(day);
  if (BIRTH_YEAR.test(birthDate)) return dayYear - Number(birthDate);
  if (!isCalendarDate(birthDate)) return undefined;
  const birthdayPassed = day.slice(5) >= birthDate.slice(5);
  return dayYear - yearOf(birthDate) - (birthdayPassed ? 0 : 1);
}

/** Bands of the report: <25, 25–34, 35–44, 45–49, 50–54 (so 50+ can be read), 55+ (a negative age from bad data falls in <25). */
export function ageBand(age: number): AgeBand {
  if (age < 25) return '<25';
  if (age < 35) return '25-34';
  if (age < 45) return '35-44';
  if (age < 50) return '45-49';
  if (age < 55) return '50-54';
  return '55+';
}

/** Code-point order, not localeCompare: the tablet's and the server's ICU must not change row order. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Calendar dates are Europe/Brussels days (YYYY-MM-DD), never derived from toISOString() of a
// local time: an intake at 00:30 in Brussels belongs to that Brussels day.
export const CALENDAR_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const BIRTH_YEAR = /^\d{4}$/;
export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const brusselsDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The last day formatted, by the UTC minute it was asked for. */
let lastDay: { minute: number; day: string } | undefined;

/**
 * The Brussels calendar day of an instant, as YYYY-MM-DD. Brussels is a whole number of hours
 * from UTC, so its day cannot change within a UTC minute: the last answer is kept for that minute
 * (the plausibility rules ask for today's date at every date field a push validates).
 */
export function brusselsDate(instant: Date = new Date()): string {
  const minute = Math.floor(instant.getTime() / 60_000);
  if (lastDay?.minute === minute) return lastDay.day;
  const day = brusselsDay.format(instant);
  if (Number.isFinite(minute)) lastDay = { minute, day };
  return day;
}

/** True when the string is a real calendar day (rejects 2024-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!CALENDAR_DATE.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

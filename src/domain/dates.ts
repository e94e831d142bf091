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

/** The Brussels calendar day of an instant, as YYYY-MM-DD. */
export function brusselsDate(instant: Date = new Date()): string {
  return brusselsDay.format(instant);
}

/** True when the string is a real calendar day (rejects 2024-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!CALENDAR_DATE.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

// Plausibility rules: values that have the right shape but cannot be true (a person born this
// year, a phone of 2 digits, an information action in 2031, a session with no place, a negative
// head count, an accompaniment closed before it started). Written once here and used through the
// record schemas of entities.ts, so the four callers apply the same rule with the same words:
// the intake form (its resolver runs recordSchemas), the import (rows.ts), the tablet's write
// validation (db/records.ts validatedChange) and the server's push (server/sync/apply-mutation.ts).
// Each rule returns a message key of validation-messages.ts, or undefined. Why each bound is what
// it is: docs/plausibility.md.
import { BIRTH_YEAR, brusselsDate, isCalendarDate } from './dates';

/** Ages a candidate may have (in years, at the day the record is written). */
export const PLAUSIBLE_AGE = { min: 14, max: 100 } as const;

/** Digits a phone number may have once separators, a leading + or 00 are taken off. */
export const PHONE_DIGITS = { min: 8, max: 15 } as const;

/** How far ahead an information action (SPOC) may be dated: one that is planned, not years ahead. */
export const ACTION_DAYS_AHEAD = 366;

/** The earliest year a dated action of the programme may carry (older ones are typing errors). */
export const EARLIEST_ACTION_YEAR = 2000;

const shiftYears = (day: string, years: number) => `${String(Number(day.slice(0, 4)) + years).padStart(4, '0')}${day.slice(4)}`;

/** A birth date (YYYY-MM-DD) or year (YYYY): in the past, and an age between the bounds today. */
export function birthDateIssue(value: string, today: string = brusselsDate()): 'birthDateFuture' | 'birthDateTooRecent' | 'birthDateTooOld' | undefined {
  if (!BIRTH_YEAR.test(value) && !isCalendarDate(value)) return undefined; // the shape is another rule's
  if (value > today.slice(0, value.length)) return 'birthDateFuture';
  const youngest = shiftYears(today, -PLAUSIBLE_AGE.min).slice(0, value.length);
  if (value > youngest) return 'birthDateTooRecent';
  // Older than the maximum: born on or before the day the person turned max + 1.
  const oldest = shiftYears(today, -(PLAUSIBLE_AGE.max + 1));
  if (value.length === 4 ? value < oldest.slice(0, 4) : value <= oldest) return 'birthDateTooOld';
  return undefined;
}

/** The digits of a phone number that count: separators, a leading + or 00 left out. */
export function phoneDigits(value: string): string {
  const digits = value.replace(/\D/g, '');
  return value.trim().startsWith('+') ? digits : digits.replace(/^00/, '');
}

export function phoneIssue(value: string): 'phoneTooShort' | 'phoneTooLong' | undefined {
  if (!/^[+\d][\d\s./-]*$/.test(value.trim())) return undefined; // the shape is another rule's
  const count = phoneDigits(value).length;
  if (count < PHONE_DIGITS.min) return 'phoneTooShort';
  if (count > PHONE_DIGITS.max) return 'phoneTooLong';
  return undefined;
}

const addDays = (day: string, days: number) => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
};

/** The date of an action that happened (or is planned): not years ahead, not from before the programme. */
export function actionDateIssue(value: string, today: string = brusselsDate()): 'dateTooFarAhead' | 'dateTooOld' | undefined {
  if (!isCalendarDate(value)) return undefined;
  if (value > addDays(today, ACTION_DAYS_AHEAD)) return 'dateTooFarAhead';
  if (Number(value.slice(0, 4)) < EARLIEST_ACTION_YEAR) return 'dateTooOld';
  return undefined;
}

/** People present who were not named: a whole number, zero or more. */
export function headCountIssue(value: number): 'headCountNegative' | 'headCountNotWhole' | undefined {
  if (value < 0) return 'headCountNegative';
  if (!Number.isInteger(value)) return 'headCountNotWhole';
  return undefined;
}

/** Places of a module session: at least one (unknown is left empty, not 0). */
export function capacityIssue(value: number): 'capacityZero' | 'capacityNotWhole' | undefined {
  if (!Number.isInteger(value)) return 'capacityNotWhole';
  if (value < 1) return 'capacityZero';
  return undefined;
}

/** An accompaniment ends on or after the day it started (closing after a Titre too). */
export function exitDateIssue(startDate: string | null | undefined, exitDate: string | null | undefined): 'exitBeforeStart' | undefined {
  return startDate && exitDate && exitDate < startDate ? 'exitBeforeStart' : undefined;
}

/**
 * The message keys of the rules above that read one field. A stored record is not held to them
 * as a whole: they apply to the fields a change sets (entities.ts `fieldSchemas`), so a record
 * written before a rule existed, or before today moved it out of bounds, can still be edited
 * elsewhere; the adviser meets the rule at the field when she changes that field
 * (docs/plausibility.md). `exitBeforeStart` reads two fields and stays a rule of the whole record.
 */
export const FIELD_PLAUSIBILITY_ISSUES: ReadonlySet<string> = new Set([
  'birthDateFuture', 'birthDateTooRecent', 'birthDateTooOld', 'phoneTooShort', 'phoneTooLong', 'dateTooFarAhead', 'dateTooOld',
  'headCountNegative', 'headCountNotWhole', 'capacityZero', 'capacityNotWhole',
] satisfies NonNullable<ReturnType<typeof birthDateIssue | typeof phoneIssue | typeof actionDateIssue | typeof headCountIssue | typeof capacityIssue>>[]);

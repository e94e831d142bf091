// Zod pieces of the synced records' fields, shared by the candidate's field table
// (candidate-fields.ts) and the other tables' shapes (entities.ts). The messages are the domain's
// keys (validation-messages.ts), translated where a field shows them.
import { z } from 'zod';
import { BIRTH_YEAR, CLOCK_TIME, isCalendarDate } from './dates';
import { birthDateIssue, phoneIssue } from './plausibility';

export const text = (max: number) => z.string().trim().max(max, { message: 'tooLong' });
export const code = <C extends string>(codes: readonly C[]) =>
  z.enum(codes as [C, ...C[]], { message: 'unknownCode' });
export const id = z.string().min(1, { message: 'invalidId' }).max(64, { message: 'invalidId' });
export const calendarDate = z.string().refine(isCalendarDate, { message: 'invalidDate' });
export const instant = z.iso.datetime({ offset: true, message: 'invalidDate' });
export const clockTime = z.string().regex(CLOCK_TIME, { message: 'invalidTime' });

/** A plausibility rule of plausibility.ts as a zod check: its message key, or nothing. */
export const plausible =
  <T>(issueOf: (value: T) => string | undefined) =>
  (value: T, ctx: z.RefinementCtx) => {
    const issue = issueOf(value);
    if (issue) ctx.addIssue({ code: 'custom', message: issue });
  };

export const birthDate = z
  .string()
  .refine((value) => BIRTH_YEAR.test(value) || isCalendarDate(value), { message: 'invalidBirthDate' })
  .superRefine(plausible((value: string) => birthDateIssue(value)));
export const phone = z
  .string()
  .trim()
  .max(30, { message: 'tooLong' })
  .regex(/^[+\d][\d\s./-]*$/, { message: 'invalidPhone' })
  .superRefine(plausible(phoneIssue));

/** A field that may be absent (unknown) or `null` (cleared). */
export const clearable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

// The query of GET /api/reports/activity: a period of calendar days and, optionally, sites
// (`siteId` repeated). Issues carry validation-message keys, so a 400 reads in words.
import { z } from 'zod';
import { isCalendarDate } from '../../src/domain/dates';

const calendarDay = z.string({ message: 'required' }).refine(isCalendarDate, { message: 'invalidDate' });
const siteId = z.string().trim().min(1, { message: 'invalidId' }).max(64, { message: 'tooLong' });

export const MAX_REPORT_SITES = 200;

export const activityReportQuerySchema = z
  .object({
    from: calendarDay,
    to: calendarDay,
    // Fastify gives a repeated parameter as an array and a single one as a string.
    siteId: z
      .union([siteId, z.array(siteId).max(MAX_REPORT_SITES, { message: 'outOfRange' })])
      .optional()
      .transform((value) => (value === undefined ? undefined : [...new Set(Array.isArray(value) ? value : [value])])),
  })
  .superRefine((query, context) => {
    // Calendar days compare as strings.
    if (query.from > query.to) context.addIssue({ code: 'custom', path: ['to'], message: 'endBeforeStart' });
  });

export type ActivityReportQuery = z.output<typeof activityReportQuerySchema>;

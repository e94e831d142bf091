// How long an unfinished upload may wait before the daily pass drops its chunks
// (docs/attachments.md, "Abandoned uploads"): ATTACHMENT_UPLOAD_DAYS, default 7 days.
import { z } from 'zod';
import { ABANDONED_UPLOAD_MS } from './erasure';

const DAY_MS = 24 * 60 * 60 * 1000;
const daysSchema = z.coerce.number().positive().max(365);

/** The setting from the environment; a value that is not a number of days in (0, 365] stops the start with the reason. */
export function abandonedUploadMsFromEnv(env: Record<string, string | undefined>): number {
  const raw = env.ATTACHMENT_UPLOAD_DAYS?.trim();
  if (!raw) return ABANDONED_UPLOAD_MS;
  const days = daysSchema.safeParse(raw);
  if (!days.success) throw new Error(`ATTACHMENT_UPLOAD_DAYS must be a number of days above 0 and at most 365, not "${raw}"`);
  return days.data * DAY_MS;
}

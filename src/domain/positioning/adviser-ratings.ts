// The adviser's own rating of a sitting's items (the `adviserRatings` field of a positioning):
// a level per item on the adviser's four-step scale, a comment per domain, when and by whom.
// The wire keeps the field as an open map (older records hold other shapes): it is read here
// leniently, so that one odd value never hides the rest.
import { z } from 'zod';

/** The adviser's scale: what they observed, not what the candidate said. */
export const ADVISER_LEVELS = ['acquired', 'partial', 'not-yet', 'not-observed'] as const;
export type AdviserLevel = (typeof ADVISER_LEVELS)[number];

/** Points (0–1) of a level, as the questionnaire's three-step scale counts them; not observed counts nothing. */
export const ADVISER_LEVEL_POINTS: Record<AdviserLevel, number | undefined> = {
  acquired: 1,
  partial: 0.5,
  'not-yet': 0,
  'not-observed': undefined,
};

export const MAX_DOMAIN_COMMENT = 2000;

export interface AdviserRatings {
  items: Partial<Record<string, AdviserLevel>>;
  comments: Partial<Record<string, string>>;
  ratedAt?: string;
  ratedBy?: string;
}

const level = z.enum(ADVISER_LEVELS);
const comment = z.string().max(MAX_DOMAIN_COMMENT);

function entriesOf<T>(raw: unknown, schema: z.ZodType<T>): Record<string, T> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(raw)) {
    const parsed = schema.safeParse(value);
    if (parsed.success) out[key] = parsed.data;
  }
  return out;
}

/** The ratings stored on a positioning (empty when none, or when the field holds something else). */
export function readAdviserRatings(raw: unknown): AdviserRatings {
  const map = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const ratings: AdviserRatings = { items: entriesOf(map.items, level), comments: entriesOf(map.comments, comment) };
  if (typeof map.ratedAt === 'string') ratings.ratedAt = map.ratedAt;
  if (typeof map.ratedBy === 'string') ratings.ratedBy = map.ratedBy;
  return ratings;
}

/** Whether the adviser has rated or commented anything yet. */
export function hasAdviserRatings(ratings: AdviserRatings): boolean {
  return Object.keys(ratings.items).length > 0 || Object.values(ratings.comments).some((text) => text && text.trim() !== '');
}

/** The field's value to store: empty comments left out, comments trimmed. */
export function adviserRatingsField(ratings: AdviserRatings, ratedAt: string, ratedBy: string): Record<string, unknown> {
  const comments = Object.fromEntries(
    Object.entries(ratings.comments)
      .map(([domain, text]) => [domain, (text ?? '').trim()] as const)
      .filter(([, text]) => text !== ''),
  );
  const items = Object.fromEntries(Object.entries(ratings.items).filter(([, value]) => value !== undefined));
  return { items, comments, ratedAt, ratedBy };
}

/** Problems of a rating form before it is saved: comments too long, by domain. */
export function ratingProblems(ratings: AdviserRatings): Record<string, 'tooLong'> {
  const problems: Record<string, 'tooLong'> = {};
  for (const [domain, text] of Object.entries(ratings.comments)) if ((text ?? '').trim().length > MAX_DOMAIN_COMMENT) problems[domain] = 'tooLong';
  return problems;
}

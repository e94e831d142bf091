// What the candidate and the adviser agree after the compared positioning (docs/positioning-review.md):
// a level per item (`agreedLevels`), the candidate's own words, the orientation, and, from the
// agreed levels and the latest practical observation of each UC, where the person stands per UC.
// Pure; the wire keeps these fields small and is read leniently (one odd value never hides the rest).
import { z } from 'zod';

export const AGREED_LEVELS = ['acquired', 'partly', 'not-yet', 'to-observe'] as const;
export type AgreedLevel = (typeof AGREED_LEVELS)[number];
export type AgreedLevels = Record<string, AgreedLevel>;

export const ORIENTATIONS = ['modules', 'training-first', 'straight-to-registration', 'other'] as const;
export type OrientationCode = (typeof ORIENTATIONS)[number];

export const MAX_CANDIDATE_WORDS = 2000;
export const MAX_ORIENTATION_NOTE = 1000;

const itemId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'invalidId' }).max(100, { message: 'invalidId' });
const agreedLevel = z.enum(AGREED_LEVELS, { message: 'unknownCode' });

/** The wire field: item id → agreed level (at most a few hundred items per questionnaire). */
export const agreedLevelsSchema = z.record(itemId, agreedLevel).refine((map) => Object.keys(map).length <= 500, { message: 'tooLong' });

export const orientationSchema = z.strictObject({
  code: z.enum(ORIENTATIONS, { message: 'unknownCode' }),
  note: z.string().trim().max(MAX_ORIENTATION_NOTE, { message: 'tooLong' }).optional(),
});
export type Orientation = z.infer<typeof orientationSchema>;

export function readAgreedLevels(raw: unknown): AgreedLevels {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const out: AgreedLevels = {};
  for (const [key, value] of Object.entries(raw)) {
    const parsed = agreedLevel.safeParse(value);
    if (parsed.success) out[key] = parsed.data;
  }
  return out;
}

export function readOrientation(raw: unknown): Orientation | undefined {
  const parsed = orientationSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** Points (0–1) of an agreed level on the questionnaire's three-step scale; "to observe" counts as "je ne sais pas". */
export const AGREED_LEVEL_POINTS: Record<AgreedLevel, number | 'dont-know'> = { acquired: 1, partly: 0.5, 'not-yet': 0, 'to-observe': 'dont-know' };

export type ObservedResult = 'met' | 'partly' | 'not-yet';
export interface ObservedUc {
  uc: string;
  result: ObservedResult;
}

/** The latest observation per UC (by date, then by order given): the shape of part 3's `observedUcs`. */
export function latestPerUc(observations: readonly { uc?: string; result?: string; date?: string }[]): ObservedUc[] {
  const latest = new Map<string, { result: ObservedResult; date: string }>();
  for (const entry of observations) {
    if (!entry.uc || (entry.result !== 'met' && entry.result !== 'partly' && entry.result !== 'not-yet')) continue;
    const date = entry.date ?? '';
    const known = latest.get(entry.uc);
    if (!known || date >= known.date) latest.set(entry.uc, { result: entry.result, date });
  }
  return [...latest.entries()].map(([uc, { result }]) => ({ uc, result }));
}

const OBSERVED_LEVEL: Record<ObservedResult, AgreedLevel> = { met: 'acquired', partly: 'partly', 'not-yet': 'not-yet' };

/**
 * The level each item counts at for the recommendations: the practical observation of a UC settles
 * the items tied to it (practice over talk); otherwise the agreed level.
 */
export function effectiveLevels(items: readonly { itemId: string; ucs: readonly string[] }[], agreed: AgreedLevels, observed: readonly ObservedUc[]): AgreedLevels {
  const byUc = new Map(observed.map((entry) => [entry.uc, entry.result]));
  const out: AgreedLevels = { ...agreed };
  for (const item of items) {
    const results = item.ucs.flatMap((uc) => {
      const result = byUc.get(uc);
      return result ? [result] : [];
    });
    if (results.length === 0) continue;
    // Several UCs observed: the weakest result counts.
    const weakest = results.includes('not-yet') ? 'not-yet' : results.includes('partly') ? 'partly' : 'met';
    out[item.itemId] = OBSERVED_LEVEL[weakest];
  }
  return out;
}

export type UcStanding = 'ready' | 'partly' | 'not-yet' | 'to-observe';
export interface UcResult {
  uc: string;
  standing: UcStanding;
  /** Whether a practical observation settled it. */
  observed: boolean;
}

/**
 * Where the person stands per UC: the observation when there is one; else from the agreed levels
 * of the items tied to it: all acquired → ready, any not yet → not yet, any to observe (or none
 * agreed) → to observe, else partly.
 */
export function ucStandings(ucs: readonly string[], items: readonly { itemId: string; ucs: readonly string[] }[], agreed: AgreedLevels, observed: readonly ObservedUc[]): UcResult[] {
  const byUc = new Map(observed.map((entry) => [entry.uc, entry.result]));
  return ucs.map((uc) => {
    const result = byUc.get(uc);
    if (result) return { uc, standing: result === 'met' ? 'ready' : result, observed: true };
    const levels = items.filter((item) => item.ucs.includes(uc)).map((item) => agreed[item.itemId]);
    let standing: UcStanding;
    if (levels.length === 0 || levels.some((level) => level === undefined || level === 'to-observe')) standing = 'to-observe';
    else if (levels.every((level) => level === 'acquired')) standing = 'ready';
    else if (levels.some((level) => level === 'not-yet')) standing = 'not-yet';
    else standing = 'partly';
    return { uc, standing, observed: false };
  });
}

/** The UCs named by the items, in the order first met. */
export function ucsOfItems(items: readonly { ucs: readonly string[] }[]): string[] {
  return [...new Set(items.flatMap((item) => item.ucs))];
}

/** Problems of the agreement form before saving. */
export function agreementProblems(input: { candidateWords: string; orientation?: { code?: string; note?: string } }): Record<string, 'tooLong' | 'noteRequired'> {
  const problems: Record<string, 'tooLong' | 'noteRequired'> = {};
  if (input.candidateWords.trim().length > MAX_CANDIDATE_WORDS) problems.candidateWords = 'tooLong';
  const note = (input.orientation?.note ?? '').trim();
  if (note.length > MAX_ORIENTATION_NOTE) problems.orientationNote = 'tooLong';
  else if (input.orientation?.code === 'other' && note === '') problems.orientationNote = 'noteRequired';
  return problems;
}

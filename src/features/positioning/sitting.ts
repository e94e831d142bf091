// One sitting of the questionnaire as candidate mode sees it: the métier and second language
// chosen by the adviser, the answers given so far (each with when it was given), the screens to
// show, and where to resume. Pure functions over the positioning record's fields.
import type { PositioningData } from '../../domain/entities';
import { isShown, questionnaireForMetier, recommendModules, scoreDomains, type Answer, type Answers, type Screen } from '../../content/load';
import type { Questionnaire } from '../../content/schema';

export type SecondLanguage = 'en' | 'ar';

/** What the adviser chose for this sitting. */
export interface SittingSettings {
  metier: string;
  secondLanguage?: SecondLanguage;
}

/** One answer as stored: the chosen id(s) and when the candidate gave it. */
export interface StoredAnswer {
  value: Answer;
  at: string;
}

/**
 * The record has no field of its own for the sitting's settings: they are kept, encrypted with
 * the answers, under this key (item ids are slugs, so it cannot clash with one).
 */
export const SETTINGS_KEY = '@sitting';

type AnswerMap = NonNullable<PositioningData['answers']>;

export function sittingSettings(data: PositioningData): SittingSettings | undefined {
  const raw = data.answers?.[SETTINGS_KEY];
  if (!raw || typeof raw !== 'object') return undefined;
  const { metier, secondLanguage } = raw as Record<string, unknown>;
  if (typeof metier !== 'string') return undefined;
  return { metier, ...(secondLanguage === 'en' || secondLanguage === 'ar' ? { secondLanguage } : {}) };
}

function isAnswer(value: unknown): value is Answer {
  return typeof value === 'string' || (Array.isArray(value) && value.every((id) => typeof id === 'string'));
}

/** The answers by item id, as the scoring functions of the content read them. */
export function answersOf(data: PositioningData): Answers {
  const out: Record<string, Answer> = {};
  for (const [key, raw] of Object.entries(data.answers ?? {})) {
    if (key === SETTINGS_KEY || !raw || typeof raw !== 'object') continue;
    const value = (raw as { value?: unknown }).value;
    if (isAnswer(value)) out[key] = value;
  }
  return out;
}

/** The first answers field of a new sitting. */
export function initialAnswers(settings: SittingSettings): AnswerMap {
  return { [SETTINGS_KEY]: { ...settings } };
}

/** The answers field with one answer set (or removed, for an emptied pick-many). */
export function withAnswer(data: PositioningData, itemId: string, value: Answer | undefined, at: string): AnswerMap {
  const next: AnswerMap = { ...(data.answers ?? {}) };
  if (value === undefined || (Array.isArray(value) && value.length === 0)) delete next[itemId];
  else next[itemId] = { value, at } satisfies StoredAnswer;
  return next;
}

/** The screens shown for these answers (items with `showIf` appear once their condition holds). */
export function visibleScreens(q: Questionnaire, metier: string, answers: Answers): Screen[] {
  return questionnaireForMetier(q, metier).filter((screen) => isShown(screen.item, answers));
}

/** Where to resume: the first screen without an answer, or the number of screens when all are answered. */
export function firstUnanswered(screens: readonly Screen[], answers: Answers): number {
  const index = screens.findIndex((screen) => answers[screen.item.id] === undefined);
  return index === -1 ? screens.length : index;
}

/**
 * Scores and recommendations to store when the sitting is complete. The métier feeds the
 * per-métier thresholds of the rules (`metierIn`, docs/positioning-items.md).
 */
export function completion(q: Questionnaire, answers: Answers, at: string, metier?: string): Pick<PositioningData, 'completedAt' | 'scores' | 'recommendations'> {
  const scores = scoreDomains(q, answers);
  const recommendations = recommendModules(q, scores, answers, metier === undefined ? {} : { metier });
  return {
    completedAt: at,
    scores: Object.fromEntries(scores.map((entry) => [entry.domain, { score: entry.score, counted: entry.counted, dontKnow: entry.dontKnow, flags: entry.flags }])),
    recommendations: recommendations.map((entry) => ({ module: entry.module, reasons: entry.reasons.map((reason) => reason.ruleId) })),
  };
}

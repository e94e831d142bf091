// One sitting of the questionnaire as candidate mode sees it: the métier and second language
// chosen by the adviser, the answers given so far (each with when it was given), the screens to
// show, and where to resume. Pure functions over the positioning record's fields.
// The métier and second language are fields of the record (`metier`, `secondLanguage`), written
// when the sitting starts, so that erasing the answers keeps them; sittings started before those
// fields existed kept them inside `answers`, under SETTINGS_KEY, where readers still look.
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
 * Where sittings started before the record had `metier` and `secondLanguage` kept them: inside the
 * answers, under this key (item ids are slugs, so it cannot clash with one). Read, never written.
 */
export const SETTINGS_KEY = '@sitting';

const isSecondLanguage = (value: unknown): value is SecondLanguage => value === 'en' || value === 'ar';

type AnswerMap = NonNullable<PositioningData['answers']>;

/** The sitting's métier and second language: the record's fields, else the old place in the answers. */
export function sittingSettings(data: PositioningData): SittingSettings | undefined {
  if (typeof data.metier === 'string') return { metier: data.metier, ...(isSecondLanguage(data.secondLanguage) ? { secondLanguage: data.secondLanguage } : {}) };
  const raw = data.answers?.[SETTINGS_KEY];
  if (!raw || typeof raw !== 'object') return undefined;
  const { metier, secondLanguage } = raw as Record<string, unknown>;
  if (typeof metier !== 'string') return undefined;
  return { metier, ...(isSecondLanguage(secondLanguage) ? { secondLanguage } : {}) };
}

/** The fields a new sitting is created with: its métier and, if any, its second language. */
export function sittingFields(settings: SittingSettings): Pick<PositioningData, 'metier' | 'secondLanguage'> {
  return { metier: settings.metier, ...(settings.secondLanguage ? { secondLanguage: settings.secondLanguage } : {}) };
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

/** The answers field of a sitting started before `metier` and `secondLanguage` were fields (tests of old sittings). */
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

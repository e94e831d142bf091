// Loading a questionnaire, the screens of a sitting for one métier, and the scoring and
// module-recommendation rules. Pure functions over the validated content.
import { z } from 'zod';
import { METIER_CODES, MODULE_CODES } from '../domain/codes';
import {
  DONT_KNOW,
  answerChoices,
  questionnaireSchema,
  type AudioRef,
  type Condition,
  type DomainId,
  type Item,
  type Questionnaire,
  type Text,
} from './schema';

export class QuestionnaireContentError extends Error {
  constructor(
    message: string,
    readonly issues: readonly z.core.$ZodIssue[],
  ) {
    super(message);
    this.name = 'QuestionnaireContentError';
  }
}

/** Validates questionnaire content (parsed JSON); throws a readable error listing every problem. */
export function loadQuestionnaire(json: unknown): Questionnaire {
  const result = questionnaireSchema.safeParse(json);
  if (result.success) return result.data;
  const name = typeof json === 'object' && json !== null && 'id' in json ? String(json.id) : 'questionnaire';
  throw new QuestionnaireContentError(`Invalid questionnaire content (${name}):\n${z.prettifyError(result.error)}`, result.error.issues);
}

/**
 * An answer: the id of the chosen answer ("yes", "no", a scale id, a choice id, or DONT_KNOW),
 * or the list of chosen ids for a pick-many item.
 */
export type Answer = string | readonly string[];
export type Answers = Readonly<Record<string, Answer | undefined>>;

export interface Screen {
  readonly domainId: DomainId;
  readonly item: Item;
}

/**
 * The items of a sitting for a candidate aiming at this métier, in order. Métier-specific items
 * are kept for their métiers; items marked "others" only when the domain has none of its own
 * for this métier. Items with `showIf` are in the list: hide them with `isShown`.
 */
export function questionnaireForMetier(q: Questionnaire, metierCode: string): Screen[] {
  if (!METIER_CODES.includes(metierCode)) throw new RangeError(`Unknown métier code "${metierCode}"`);
  const screens: Screen[] = [];
  for (const domain of q.domains) {
    const hasOwn = domain.items.some((item) => Array.isArray(item.metiers) && item.metiers.includes(metierCode));
    for (const item of domain.items) {
      const forThisMetier =
        item.metiers === undefined ||
        (item.metiers === 'others' ? !hasOwn : item.metiers.includes(metierCode));
      if (forThisMetier) screens.push({ domainId: domain.id, item });
    }
  }
  return screens;
}

function selected(answer: Answer | undefined): readonly string[] {
  if (answer === undefined) return [];
  return typeof answer === 'string' ? [answer] : answer;
}

/** Whether an item is shown, given the answers so far (its `showIf`). */
export function isShown(item: Item, answers: Answers): boolean {
  if (!item.showIf) return true;
  const ids = selected(answers[item.showIf.item]);
  return ids.some((id) => item.showIf?.answerIn.includes(id));
}

export interface DomainScore {
  readonly domain: DomainId;
  /** 0–100, or null when the domain has no score or nothing scored was answered. */
  readonly score: number | null;
  /** Scored items that count in the score. */
  readonly counted: number;
  /** Items answered "je ne sais pas". */
  readonly dontKnow: number;
  /** Flags raised by the answers of this domain. */
  readonly flags: readonly string[];
}

const DONT_KNOW_ANSWER = 'dont-know-answer';

/** Points (0–1) of one answer, DONT_KNOW_ANSWER, or undefined when the item is not scored or not answered. */
function pointsOf(q: Questionnaire, item: Item, answer: Answer | undefined): number | typeof DONT_KNOW_ANSWER | undefined {
  const ids = selected(answer);
  if (ids.length === 0) return undefined;
  const isDontKnow = ids.length === 1 && ids[0] === DONT_KNOW;
  const scoredItem =
    item.kind === 'self-assessment' ||
    item.kind === 'practice' ||
    (item.kind === 'yes-no' && item.points !== undefined) ||
    ((item.kind === 'pick-one' || item.kind === 'pick-many') && item.choices.some((choice) => choice.points !== undefined));
  if (!scoredItem) return undefined;
  if (isDontKnow) return DONT_KNOW_ANSWER;
  const choices = answerChoices(q, item).filter((choice) => ids.includes(choice.id));
  if (choices.length === 0) return undefined;
  switch (item.kind) {
    case 'self-assessment':
      return q.answerSets.scale.find((step) => step.id === ids[0])?.points;
    case 'practice':
      return choices[0]?.correct ? 1 : 0;
    case 'yes-no':
      return ids[0] === 'yes' ? item.points?.yes : ids[0] === 'no' ? item.points?.no : undefined;
    case 'pick-one':
      return choices[0]?.points;
    case 'pick-many':
      return Math.min(1, choices.reduce((sum, choice) => sum + (choice.points ?? 0), 0));
  }
}

/**
 * What one answer is worth (0–1), "dont-know", or undefined when the item is not scored or not
 * answered: the item's share of its domain score, for the compared positioning.
 */
export function itemPoints(q: Questionnaire, item: Item, answer: Answer | undefined): number | 'dont-know' | undefined {
  const points = pointsOf(q, item, answer);
  return points === DONT_KNOW_ANSWER ? 'dont-know' : points;
}

function flagsOf(item: Item, answer: Answer | undefined): string[] {
  const ids = selected(answer);
  if (item.kind === 'yes-no') {
    return ids.flatMap((id) => (id === 'yes' ? [item.flags?.yes] : id === 'no' ? [item.flags?.no] : [])).filter((f) => f !== undefined);
  }
  if (!('choices' in item)) return [];
  return item.choices.filter((choice) => ids.includes(choice.id) && choice.flag !== undefined).map((choice) => choice.flag as string);
}

/** Domain scores (0–100) and flags from the answers. Answers to hidden items are ignored. */
export function scoreDomains(q: Questionnaire, answers: Answers): DomainScore[] {
  return q.domains.map((domain) => {
    let weighted = 0;
    let weights = 0;
    let counted = 0;
    let dontKnow = 0;
    const flags = new Set<string>();
    for (const item of domain.items) {
      const answer = answers[item.id];
      if (answer === undefined || !isShown(item, answers)) continue;
      for (const flag of flagsOf(item, answer)) flags.add(flag);
      if (selected(answer).length === 1 && selected(answer)[0] === DONT_KNOW) dontKnow += 1;
      if (domain.scoring.method !== 'mean') continue;
      const points = pointsOf(q, item, answer);
      if (points === undefined) continue;
      if (points === DONT_KNOW_ANSWER && domain.scoring.dontKnow === 'skip') continue;
      const weight = item.weight ?? 1;
      weighted += weight * (points === DONT_KNOW_ANSWER ? 0 : points);
      weights += weight;
      counted += 1;
    }
    const score = domain.scoring.method === 'mean' && weights > 0 ? Math.round((100 * weighted) / weights) : null;
    return { domain: domain.id, score, counted, dontKnow, flags: [...flags] };
  });
}

export interface RecommendationReason {
  readonly ruleId: string;
  readonly text: Text;
  readonly pictogram: string;
  readonly audio: AudioRef;
}

export interface Recommendation {
  readonly module: string;
  readonly reasons: readonly RecommendationReason[];
}

/** Modules recommended by the rules, in the order of the module code list, each with its reasons. */
export function recommendModules(q: Questionnaire, scores: readonly DomainScore[], answers: Answers): Recommendation[] {
  const scoreOf = new Map(scores.map((entry) => [entry.domain, entry.score]));
  const flags = new Set(scores.flatMap((entry) => entry.flags));
  const itemsById = new Map(q.domains.flatMap((domain) => domain.items.map((item) => [item.id, item] as const)));
  const holds = (condition: Condition): boolean => {
    if ('all' in condition) return condition.all.every(holds);
    if ('any' in condition) return condition.any.some(holds);
    if ('flag' in condition) return flags.has(condition.flag);
    if ('item' in condition) {
      const item = itemsById.get(condition.item);
      if (!item || !isShown(item, answers)) return false;
      return selected(answers[condition.item]).some((id) => condition.answerIn.includes(id));
    }
    const value = scoreOf.get(condition.domain);
    if (value === undefined || value === null) return false;
    return 'scoreBelow' in condition ? value < condition.scoreBelow : value >= condition.scoreAtLeast;
  };
  const byModule = new Map<string, RecommendationReason[]>();
  for (const rule of q.rules) {
    if (!holds(rule.when)) continue;
    const reasons = byModule.get(rule.module) ?? [];
    reasons.push({ ruleId: rule.id, text: rule.reason, pictogram: rule.pictogram, audio: rule.audio });
    byModule.set(rule.module, reasons);
  }
  return MODULE_CODES.filter((code) => byModule.has(code)).map((module) => ({ module, reasons: byModule.get(module) ?? [] }));
}

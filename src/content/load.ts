// Loading a questionnaire, the screens of a sitting for one métier, and the scoring and
// module-recommendation rules. Pure functions over the validated content.
import { z } from 'zod';
import { METIER_CODES, MODULE_CODES } from '../domain/codes';
import {
  DONT_KNOW,
  answerChoices,
  questionnaireSchema,
  type AdviserText,
  type AudioRef,
  type CefrLevel,
  type Choice,
  type Condition,
  type DomainId,
  type Item,
  type OrientationCode,
  type OrientationRule,
  type Questionnaire,
  type Rule,
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
  /** The candidate's sentence (`candidateReason`, or `reason` in version 1 files). */
  readonly text: Text;
  /** The adviser's reason: which rule or score fired (`reason`). */
  readonly adviserText: AdviserText;
  readonly pictogram: string;
  readonly audio: AudioRef;
}

export interface Recommendation {
  readonly module: string;
  readonly reasons: readonly RecommendationReason[];
}

export interface OrientationRecommendation {
  readonly orientation: OrientationCode;
  readonly reasons: readonly RecommendationReason[];
}

/** What the rules may know of the sitting besides its answers. */
export interface RuleContext {
  /** The sitting's métier: `metierIn` conditions are false without it. */
  readonly metier?: string;
}

/** Whether a condition holds for these scores and answers. */
export function conditionHolds(q: Questionnaire, condition: Condition, scores: readonly DomainScore[], answers: Answers, context: RuleContext = {}): boolean {
  const scoreOf = new Map(scores.map((entry) => [entry.domain, entry.score]));
  const flags = new Set(scores.flatMap((entry) => entry.flags));
  const itemsById = new Map(q.domains.flatMap((domain) => domain.items.map((item) => [item.id, item] as const)));
  const holds = (c: Condition): boolean => {
    if ('all' in c) return c.all.every(holds);
    if ('any' in c) return c.any.some(holds);
    if ('not' in c) return !holds(c.not);
    if ('flag' in c) return flags.has(c.flag);
    if ('metierIn' in c) return context.metier !== undefined && c.metierIn.includes(context.metier);
    if ('item' in c) {
      const item = itemsById.get(c.item);
      if (!item || !isShown(item, answers)) return false;
      return selected(answers[c.item]).some((id) => c.answerIn.includes(id));
    }
    if ('dontKnowShareAtLeast' in c) {
      const share = dontKnowShare(q, c.domain, answers);
      return share !== null && share >= c.dontKnowShareAtLeast;
    }
    const value = c.levelIn ? levelScore(q, c.domain, c.levelIn, answers) : scoreOf.get(c.domain);
    if (value === undefined || value === null) return false;
    return 'scoreBelow' in c ? value < c.scoreBelow : value >= c.scoreAtLeast;
  };
  return holds(condition);
}

/** The score (0–100) of a domain's practice items at these stimulus levels; null when none was answered. */
export function levelScore(q: Questionnaire, domainId: DomainId, levels: readonly CefrLevel[], answers: Answers): number | null {
  const domain = q.domains.find((entry) => entry.id === domainId);
  if (!domain) return null;
  const only = { ...domain, items: domain.items.filter((item) => item.kind === 'practice' && item.stimulus && levels.includes(item.stimulus.level)) };
  return scoreDomains({ ...q, domains: [only] }, answers)[0]?.score ?? null;
}

/**
 * The share (0–100) of a domain's shown, answered, scored items answered "je ne sais pas";
 * null when none was answered.
 */
export function dontKnowShare(q: Questionnaire, domainId: DomainId, answers: Answers): number | null {
  const domain = q.domains.find((entry) => entry.id === domainId);
  let answered = 0;
  let dontKnow = 0;
  for (const item of domain?.items ?? []) {
    if (!isShown(item, answers)) continue;
    const points = pointsOf(q, item, answers[item.id]);
    if (points === undefined) continue;
    answered += 1;
    if (points === DONT_KNOW_ANSWER) dontKnow += 1;
  }
  return answered === 0 ? null : Math.round((100 * dontKnow) / answered);
}

function reasonOf(rule: Rule | OrientationRule): RecommendationReason {
  return {
    ruleId: rule.id,
    text: rule.candidateReason ?? (rule.reason as Text),
    adviserText: rule.reason,
    pictogram: rule.pictogram,
    audio: rule.audio,
  };
}

/**
 * Modules recommended by the rules, in the order of the module code list, each with its reasons.
 * `context` gives the sitting's métier to the per-métier thresholds (`metierIn`).
 */
export function recommendModules(q: Questionnaire, scores: readonly DomainScore[], answers: Answers, context: RuleContext = {}): Recommendation[] {
  const byModule = new Map<string, RecommendationReason[]>();
  for (const rule of q.rules) {
    if (!conditionHolds(q, rule.when, scores, answers, context)) continue;
    const reasons = byModule.get(rule.module) ?? [];
    reasons.push(reasonOf(rule));
    byModule.set(rule.module, reasons);
  }
  return MODULE_CODES.filter((code) => byModule.has(code)).map((module) => ({ module, reasons: byModule.get(module) ?? [] }));
}

/** Orientations the rules suggest (training first, straight to registration), in the file's order. */
export function recommendOrientations(q: Questionnaire, scores: readonly DomainScore[], answers: Answers, context: RuleContext = {}): OrientationRecommendation[] {
  const byCode = new Map<OrientationCode, RecommendationReason[]>();
  for (const rule of q.orientations ?? []) {
    if (!conditionHolds(q, rule.when, scores, answers, context)) continue;
    byCode.set(rule.orientation, [...(byCode.get(rule.orientation) ?? []), reasonOf(rule)]);
  }
  return [...byCode].map(([orientation, reasons]) => ({ orientation, reasons }));
}

/** A practice item (French, maths…) is a result: right or wrong, never a matter of opinion. */
export function isResultItem(item: Item): item is Extract<Item, { kind: 'practice' }> {
  return item.kind === 'practice';
}

/** The right answer of a practice item. */
export function rightChoice(item: Item): Choice | undefined {
  return isResultItem(item) ? item.choices.find((choice) => choice.correct) : undefined;
}

/** A practice item's result: right, wrong, "je ne sais pas", or undefined (not answered, or not a practice item). */
export function practiceResult(item: Item, answer: Answer | undefined): 'right' | 'wrong' | 'dont-know' | undefined {
  const ids = selected(answer);
  if (!isResultItem(item) || ids.length === 0) return undefined;
  if (ids[0] === DONT_KNOW) return 'dont-know';
  return ids[0] === rightChoice(item)?.id ? 'right' : 'wrong';
}

/**
 * Trade tasks the candidate could not judge ("je ne sais pas"): to observe in practice
 * (domain.md: the practical observation settles them).
 */
export function tasksToObserve(q: Questionnaire, screens: readonly Screen[], answers: Answers): Item[] {
  return screens
    .filter((screen) => screen.domainId === 'experience-metier' && screen.item.kind === 'self-assessment' && isShown(screen.item, answers))
    .filter((screen) => selected(answers[screen.item.id])[0] === DONT_KNOW && q.domains.some((domain) => domain.items.includes(screen.item)))
    .map((screen) => screen.item);
}

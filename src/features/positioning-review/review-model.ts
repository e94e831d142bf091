// The bridge between the questionnaire content and the pure rules of domain/positioning: which
// items of a sitting the adviser rates, the candidate's points and words per item, both sides'
// domain scores (the questionnaire's own scoring code), and what each domain comparison needs.
import { DONT_KNOW, answerChoices, type Domain, type Item, type Questionnaire, type Text } from '../../content/schema';
import { itemPoints, scoreDomains, type Answer, type Answers, type Screen } from '../../content/load';
import { findQuestionnaire } from '../../content/questionnaires';
import type { PositioningData } from '../../domain/entities';
import { ADVISER_LEVEL_POINTS, readAdviserRatings, type AdviserRatings } from '../../domain/positioning/adviser-ratings';
import { compareDomains, type DomainComparison } from '../../domain/positioning/comparison';
import { answersOf, sittingSettings, visibleScreens } from '../positioning/sitting';

/** Words of the questionnaire in the adviser's language when the content has it, else French. */
export function textIn(text: Pick<Text, 'fr' | 'en'> & { nl?: string }, language: string): string {
  if (language === 'nl' && text.nl) return text.nl;
  return language === 'en' && text.en ? text.en : text.fr;
}

/** The language `textIn` shows the questionnaire in (French when it has none of the adviser's), for `lang`. */
export function textLang(language: string): 'fr' | 'en' {
  return language === 'en' ? 'en' : 'fr';
}

export interface DomainItems {
  domain: Domain;
  screens: Screen[];
}

export interface Sitting {
  questionnaire: Questionnaire;
  metier: string;
  /** The sitting's second language, shown beside French on the candidate's synthesis. */
  secondLanguage?: 'en' | 'ar';
  answers: Answers;
  /** Every screen the candidate saw, by domain (every domain of the questionnaire, in order). */
  domains: DomainItems[];
  /** Items the adviser rates and agrees with the candidate: self-assessed skills the candidate saw. */
  rateable: Screen[];
  /** Practice items with one right answer (French, maths…): results, not opinions. */
  results: Screen[];
  /** What the candidate told (project, experience, feelings, constraints): read, never rated. */
  told: Screen[];
  ratings: AdviserRatings;
}

/** Domains of feelings (stress, a jury): the answers are heard, never rated acquired / partly / not yet. */
export const FEELING_DOMAINS: readonly string[] = ['test-situation'];

/** Whether the adviser rates an item and agrees its level: a scored self-assessment of a skill. */
export function isRateable(q: Questionnaire, domain: Domain, item: Item): boolean {
  return item.kind === 'self-assessment' && !FEELING_DOMAINS.includes(domain.id) && isScored(q, domain, item);
}

/** The UC codes an item informs (trade items of the métier's référentiel; none on older content). */
export function ucsOf(item: Item): string[] {
  const ucs = (item as { ucs?: unknown }).ucs;
  return Array.isArray(ucs) ? ucs.filter((uc): uc is string => typeof uc === 'string') : [];
}

/** Whether an item counts in its domain's score (the content's own rule, asked with "je ne sais pas"). */
export function isScored(q: Questionnaire, domain: Domain, item: Item): boolean {
  return domain.scoring.method === 'mean' && itemPoints(q, item, DONT_KNOW) !== undefined;
}

/** The sitting a positioning record holds, or undefined when its questionnaire or métier is unknown. */
export function sittingOf(data: PositioningData): Sitting | undefined {
  const questionnaire = findQuestionnaire(data.questionnaireId ?? '', data.questionnaireVersion ?? 0);
  const settings = sittingSettings(data);
  // Real fields of the sitting when it has them (newer sittings), else where older ones kept them.
  const own = data as { metier?: unknown; secondLanguage?: unknown };
  const metier = typeof own.metier === 'string' ? own.metier : settings?.metier;
  if (!questionnaire || !metier) return undefined;
  const second = own.secondLanguage === 'en' || own.secondLanguage === 'ar' ? own.secondLanguage : settings?.secondLanguage;
  const answers = answersOf(data);
  const screens = visibleScreens(questionnaire, metier, answers);
  const domains = questionnaire.domains.map((domain) => ({ domain, screens: screens.filter((screen) => screen.domainId === domain.id) }));
  const rateable = domains.flatMap(({ domain, screens: mine }) => mine.filter((screen) => isRateable(questionnaire, domain, screen.item)));
  const results = screens.filter((screen) => screen.item.kind === 'practice');
  const told = screens.filter((screen) => !rateable.includes(screen) && !results.includes(screen));
  return {
    questionnaire,
    metier,
    ...(second ? { secondLanguage: second } : {}),
    answers,
    domains,
    rateable,
    results,
    told,
    ratings: readAdviserRatings(data.adviserRatings),
  };
}

/** The candidate's answer in words ("Un peu.", "Oui, en Belgique.", "Je ne sais pas."). */
export function answerWords(q: Questionnaire, item: Item, answer: Answer | undefined, language: string): string | undefined {
  if (answer === undefined) return undefined;
  const ids = typeof answer === 'string' ? [answer] : answer;
  const choices = [...answerChoices(q, item), q.answerSets.dontKnow].filter((choice) => ids.includes(choice.id));
  return choices.map((choice) => textIn(choice.text, language)).join(' ');
}

/** The candidate's domain scores (0–100 or null), from the answers. */
export function candidateScores(sitting: Pick<Sitting, 'questionnaire' | 'answers'>): Record<string, number | null> {
  return Object.fromEntries(scoreDomains(sitting.questionnaire, sitting.answers).map((entry) => [entry.domain, entry.score]));
}

/**
 * The adviser's domain scores: every rated item counts as a step of the questionnaire's own
 * three-step scale, through the same scoring code (weights, and each domain's method); an item
 * the adviser did not observe counts nothing.
 */
export function adviserScores(sitting: Pick<Sitting, 'questionnaire' | 'ratings'>, ratings: AdviserRatings = sitting.ratings): Record<string, number | null> {
  const q = sitting.questionnaire;
  const rated: Record<string, Answer> = {};
  for (const [itemId, level] of Object.entries(ratings.items)) {
    const points = level ? ADVISER_LEVEL_POINTS[level] : undefined;
    if (points === undefined) continue;
    const step = [...q.answerSets.scale].sort((a, b) => Math.abs(a.points - points) - Math.abs(b.points - points))[0];
    if (step) rated[itemId] = step.id;
  }
  const asRated: Questionnaire = {
    ...q,
    domains: q.domains.map((domain) => ({
      ...domain,
      items: domain.items.map((item): Item => ({
        id: item.id,
        kind: 'self-assessment',
        text: item.text,
        pictogram: item.pictogram,
        audio: item.audio,
        ...(item.weight !== undefined ? { weight: item.weight } : {}),
      })),
    })),
  };
  const scores = scoreDomains(asRated, rated);
  const hasRatings = Object.keys(rated).length > 0;
  return Object.fromEntries(scores.map((entry) => [entry.domain, hasRatings ? entry.score : null]));
}

/** Candidate vs adviser over the domains with items to rate, item by item (results and feelings apart). */
export function compareSitting(sitting: Sitting, ratings: AdviserRatings = sitting.ratings): DomainComparison[] {
  const candidate = candidateScores(sitting);
  const adviser = adviserScores(sitting, ratings);
  const rated = new Set(sitting.rateable.map((screen) => screen.domainId));
  const scored = sitting.domains.filter(({ domain }) => domain.scoring.method === 'mean' && rated.has(domain.id));
  return compareDomains(
    scored.map(({ domain }) => ({ domainId: domain.id, candidateScore: candidate[domain.id] ?? null, adviserScore: adviser[domain.id] ?? null })),
    sitting.rateable.map((screen) => ({
      itemId: screen.item.id,
      domainId: screen.domainId,
      candidatePoints: itemPoints(sitting.questionnaire, screen.item, sitting.answers[screen.item.id]),
      adviserLevel: ratings.items[screen.item.id],
    })),
  );
}

export function domainTitle(q: Questionnaire, domainId: string, language: string): string {
  const domain = q.domains.find((entry) => entry.id === domainId);
  return domain ? textIn(domain.title, language) : domainId;
}

export function itemById(q: Questionnaire, itemId: string): Item | undefined {
  for (const domain of q.domains) for (const item of domain.items) if (item.id === itemId) return item;
  return undefined;
}

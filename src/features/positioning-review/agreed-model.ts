// The recommendations re-run after the agreement: the candidate's answers with each agreed level
// (or, for a UC observed in practice, the observation's result) in place of the self-assessment,
// through the questionnaire's own scoring and rules. Before any agreement: the candidate's answers.
import { recommendModules, scoreDomains, type Answer, type Answers, type DomainScore, type Recommendation } from '../../content/load';
import { DONT_KNOW } from '../../content/schema';
import { AGREED_LEVEL_POINTS, effectiveLevels, ucStandings, ucsOfItems, type AgreedLevels, type ObservedUc, type UcResult } from '../../domain/positioning/agreement';
import type { StoredRecommendation } from '../../domain/positioning/module-decisions';
import { ucsOf, type Sitting } from './review-model';

export function rateableUcs(sitting: Sitting): { itemId: string; ucs: string[] }[] {
  return sitting.rateable.map(({ item }) => ({ itemId: item.id, ucs: ucsOf(item) }));
}

export function effectiveLevelsOf(sitting: Sitting, agreed: AgreedLevels, observed: readonly ObservedUc[]): AgreedLevels {
  return effectiveLevels(rateableUcs(sitting), agreed, observed);
}

/** The answers the rules read once levels are agreed (observations settling the UCs they cover). */
export function agreedAnswers(sitting: Sitting, agreed: AgreedLevels, observed: readonly ObservedUc[] = []): Answers {
  const levels = effectiveLevels(rateableUcs(sitting), agreed, observed);
  const scale = sitting.questionnaire.answerSets.scale;
  const out: Record<string, Answer | undefined> = { ...sitting.answers };
  for (const { item } of sitting.rateable) {
    const level = levels[item.id];
    if (!level) continue;
    const points = AGREED_LEVEL_POINTS[level];
    if (points === 'dont-know') out[item.id] = DONT_KNOW;
    else out[item.id] = [...scale].sort((a, b) => Math.abs(a.points - points) - Math.abs(b.points - points))[0]?.id;
  }
  return out;
}

export function hasAgreement(agreed: AgreedLevels, observed: readonly ObservedUc[]): boolean {
  return Object.keys(agreed).length > 0 || observed.length > 0;
}

export interface AgreedOutcome {
  scores: DomainScore[];
  answers: Answers;
  recommendations: Recommendation[];
}

export function agreedOutcome(sitting: Sitting, agreed: AgreedLevels, observed: readonly ObservedUc[] = []): AgreedOutcome {
  const answers = agreedAnswers(sitting, agreed, observed);
  const scores = scoreDomains(sitting.questionnaire, answers);
  return { scores, answers, recommendations: recommendModules(sitting.questionnaire, scores, answers, { metier: sitting.metier }) };
}

/** The stored shape of recommendations (module and rule ids). */
export function storedRecommendations(recommendations: readonly Recommendation[]): StoredRecommendation[] {
  return recommendations.map((entry) => ({ module: entry.module, ruleIds: entry.reasons.map((reason) => reason.ruleId) }));
}

/** Where the person stands per UC of the items they saw, and of any UC observed in practice. */
export function sittingUcs(sitting: Sitting, agreed: AgreedLevels, observed: readonly ObservedUc[] = []): UcResult[] {
  const items = rateableUcs(sitting);
  const ucs = [...new Set([...ucsOfItems(items), ...observed.map((entry) => entry.uc)])];
  return ucStandings(ucs, items, agreed, observed);
}

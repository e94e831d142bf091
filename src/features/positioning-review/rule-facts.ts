// Why a rule fired, for the adviser: the condition's parts that held, each with the triggering
// score or answer ("Les calculs: 40 / 100, below 60"; "Vous passez un examen…: Très stressé").
// The rule's own reason is read structurally: `reason` is the adviser's text on newer content
// (fr/en, nl optional), and the only text on older content, so it is the fallback either way.
import { isShown, type Answers, type DomainScore } from '../../content/load';
import type { Condition, Questionnaire, Rule, Text } from '../../content/schema';

export type RuleFact =
  | { kind: 'score'; domainId: string; score: number; below?: number; atLeast?: number }
  | { kind: 'answer'; itemId: string; answer: string | readonly string[] }
  | { kind: 'flag'; flag: string };

type AdviserText = Pick<Text, 'fr'> & { en?: string; nl?: string };

/** The adviser's reason of a rule. */
export function adviserReason(rule: Rule): AdviserText {
  return (rule as { reason: AdviserText }).reason;
}

/** The candidate's reason of a rule, in easy French and the sitting's languages (older content: its only reason). */
export function candidateReason(rule: Rule): Text {
  const own = (rule as { candidateReason?: Text }).candidateReason;
  return own && typeof own.fr === 'string' ? own : rule.reason;
}

/** The parts of the rule's condition that hold, with their values; empty when the rule does not fire. */
export function ruleFacts(q: Questionnaire, rule: Rule, scores: readonly DomainScore[], answers: Answers): RuleFact[] {
  const scoreOf = new Map(scores.map((entry) => [entry.domain as string, entry.score]));
  const flags = new Set(scores.flatMap((entry) => entry.flags));
  const items = new Map(q.domains.flatMap((domain) => domain.items.map((item) => [item.id, item] as const)));
  const facts = (condition: Condition): RuleFact[] | undefined => {
    if ('all' in condition) {
      const parts = condition.all.map(facts);
      return parts.every((part) => part !== undefined) ? parts.flat() : undefined;
    }
    if ('any' in condition) {
      const parts = condition.any.map(facts).filter((part) => part !== undefined);
      return parts.length > 0 ? parts.flat() : undefined;
    }
    if ('flag' in condition) return flags.has(condition.flag) ? [{ kind: 'flag', flag: condition.flag }] : undefined;
    if ('item' in condition) {
      const item = items.get(condition.item);
      const answer = answers[condition.item];
      if (!item || answer === undefined || !isShown(item, answers)) return undefined;
      const ids = typeof answer === 'string' ? [answer] : answer;
      return ids.some((id) => condition.answerIn.includes(id)) ? [{ kind: 'answer', itemId: condition.item, answer }] : undefined;
    }
    const score = scoreOf.get(condition.domain);
    if (score === undefined || score === null) return undefined;
    if ('scoreBelow' in condition) return score < condition.scoreBelow ? [{ kind: 'score', domainId: condition.domain, score, below: condition.scoreBelow }] : undefined;
    return score >= condition.scoreAtLeast ? [{ kind: 'score', domainId: condition.domain, score, atLeast: condition.scoreAtLeast }] : undefined;
  };
  return facts(rule.when) ?? [];
}

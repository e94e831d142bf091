// Why a rule fired, for the adviser: the condition's parts that held, each with the triggering
// score or answer ("Les calculs: 40 / 100, below 60"; "Vous passez un examen…: Très stressé").
// The rule's own reason is read structurally: `reason` is the adviser's text on newer content
// (fr/en, nl optional), and the only text on older content, so it is the fallback either way.
import { conditionHolds, dontKnowShare, levelScore, type Answers, type DomainScore, type RuleContext } from '../../content/load';
import type { Condition, Questionnaire, Rule, Text } from '../../content/schema';

export type RuleFact =
  | { kind: 'score'; domainId: string; score: number; below?: number; atLeast?: number; levels?: readonly string[] }
  | { kind: 'dontKnow'; domainId: string; share: number; atLeast: number }
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

/**
 * The parts of the rule's condition that hold, with their values; empty when the rule does not
 * fire (judged by the content's own evaluator, so the two never disagree). A `not` or a métier
 * condition holds without a value to show.
 */
export function ruleFacts(q: Questionnaire, rule: Rule, scores: readonly DomainScore[], answers: Answers, context: RuleContext = {}): RuleFact[] {
  const scoreOf = new Map(scores.map((entry) => [entry.domain as string, entry.score]));
  const holds = (condition: Condition) => conditionHolds(q, condition, scores, answers, context);
  const facts = (condition: Condition): RuleFact[] => {
    if (!holds(condition)) return [];
    if ('all' in condition || 'any' in condition) return ('all' in condition ? condition.all : condition.any).flatMap(facts);
    if ('not' in condition || 'metierIn' in condition) return [];
    if ('flag' in condition) return [{ kind: 'flag', flag: condition.flag }];
    if ('item' in condition) return [{ kind: 'answer', itemId: condition.item, answer: answers[condition.item]! }];
    if ('dontKnowShareAtLeast' in condition) {
      return [{ kind: 'dontKnow', domainId: condition.domain, share: dontKnowShare(q, condition.domain, answers) ?? 0, atLeast: condition.dontKnowShareAtLeast }];
    }
    const score = (condition.levelIn ? levelScore(q, condition.domain, condition.levelIn, answers) : scoreOf.get(condition.domain)) ?? 0;
    const levels = condition.levelIn ? { levels: condition.levelIn } : {};
    return 'scoreBelow' in condition
      ? [{ kind: 'score', domainId: condition.domain, score, below: condition.scoreBelow, ...levels }]
      : [{ kind: 'score', domainId: condition.domain, score, atLeast: condition.scoreAtLeast, ...levels }];
  };
  return facts(rule.when);
}

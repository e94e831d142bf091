// The triggering score or answer of a rule, in the adviser's words, beside the rule's reason.
import { useTranslation } from 'react-i18next';
import { answerWords, domainTitle, itemById, textIn, type Sitting } from './review-model';
import type { RuleFact } from './rule-facts';

export function RuleFactsText({ sitting, facts }: { sitting: Sitting; facts: readonly RuleFact[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const q = sitting.questionnaire;
  if (facts.length === 0) return null;
  const words = (fact: RuleFact): string => {
    if (fact.kind === 'dontKnow') {
      return t('positioningReview.facts.dontKnow', { domain: domainTitle(q, fact.domainId, language), share: fact.share, threshold: fact.atLeast });
    }
    if (fact.kind === 'score') {
      const title = domainTitle(q, fact.domainId, language);
      const domain = fact.levels ? `${title} (${fact.levels.join(', ')})` : title;
      return fact.below !== undefined
        ? t('positioningReview.facts.scoreBelow', { domain, score: fact.score, threshold: fact.below })
        : t('positioningReview.facts.scoreAtLeast', { domain, score: fact.score, threshold: fact.atLeast });
    }
    if (fact.kind === 'answer') {
      const item = itemById(q, fact.itemId);
      if (!item) return fact.itemId;
      return t('positioningReview.facts.answer', { question: textIn(item.text, language), answer: answerWords(q, item, fact.answer, language) ?? '' });
    }
    const flag = q.flags.find((entry) => entry.code === fact.flag);
    return t('positioningReview.facts.flag', { flag: flag ? textIn(flag.label, language) : fact.flag });
  };
  return (
    <ul className="rule-facts">
      {facts.map((fact, index) => (
        <li key={index}>{words(fact)}</li>
      ))}
    </ul>
  );
}

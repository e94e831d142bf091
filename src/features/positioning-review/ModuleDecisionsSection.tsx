// The recommended modules, each with why (the questionnaire's rules, in plain words) and the
// adviser's decision; modules the adviser adds; and the resulting list that enrolment proposes.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import {
  plannedModules,
  reviewRecommendations,
  withDecision,
  type ModuleDecision,
  type StoredRecommendation,
} from '../../domain/positioning/module-decisions';
import { Pictogram } from '../positioning/Pictogram';
import { AddModuleForm } from './AddModuleForm';
import { DecisionForm } from './DecisionForm';
import { MODULE_CODE_LIST, moduleName, rulesOf } from './module-words';
import { textIn, textLang, type Sitting } from './review-model';
import { adviserReason, ruleFacts } from './rule-facts';
import { RuleFactsText } from './RuleFactsText';
import type { AgreedOutcome } from './agreed-model';

interface ModuleDecisionsSectionProps {
  sitting: Sitting;
  /** The scores and answers the recommendations were made from (agreed levels, or the candidate's answers). */
  basis: Pick<AgreedOutcome, 'scores' | 'answers'>;
  /** Whether the recommendations come from the agreed levels. */
  agreed: boolean;
  recommendations: StoredRecommendation[];
  decisions: ModuleDecision[];
  adviserId: string;
  onSave: (decisions: ModuleDecision[]) => Promise<void>;
}

export function ModuleDecisionsSection({ sitting, basis, agreed, recommendations, decisions, adviserId, onSave }: ModuleDecisionsSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const reviewed = reviewRecommendations(recommendations, decisions);
  const planned = plannedModules(recommendations, decisions);
  const added = decisions.filter((decision) => decision.choice === 'added');
  const taken = new Set([...recommendations.map((entry) => entry.module), ...planned.map((entry) => entry.module)]);
  const available = MODULE_CODE_LIST.filter((code) => !taken.has(code));

  const save = async (module: string, decision: Omit<ModuleDecision, 'decidedAt' | 'decidedBy'> | undefined) => {
    const stamped = decision ? { ...decision, decidedAt: new Date().toISOString(), decidedBy: adviserId } : undefined;
    await onSave(withDecision(decisions, module, stamped));
    setEditing(null);
  };

  return (
    <section className="review-section" aria-labelledby="review-modules-title">
      <h2 id="review-modules-title">{t('positioningReview.decisions.title')}</h2>
      <p className="field__hint">{t(agreed ? 'positioningReview.decisions.fromAgreed' : 'positioningReview.decisions.fromCandidate')}</p>
      {reviewed.length === 0 ? <p>{t('positioningReview.decisions.noneRecommended')}</p> : null}
      <ul className="decision-list">
        {reviewed.map((entry) => {
          const name = moduleName(entry.module, language);
          const decision = entry.decision;
          return (
            <li key={entry.module} className={`decision decision--${entry.status}`}>
              <h3 className="decision__module">{name}</h3>
              <p className="decision__why-title">{t('positioningReview.decisions.why')}</p>
              <ul className="decision__reasons">
                {rulesOf(sitting.questionnaire, entry.ruleIds).map((rule) => (
                  <li key={rule.id} className="decision__reason">
                    <Pictogram id={rule.pictogram} size={36} />
                    <span>
                      <span lang={textLang(language)}>{textIn(adviserReason(rule), language)}</span>
                      <RuleFactsText sitting={sitting} facts={ruleFacts(sitting.questionnaire, rule, basis.scores, basis.answers, { metier: sitting.metier })} />
                    </span>
                  </li>
                ))}
              </ul>
              <p className="decision__status">
                <strong>{t(`positioningReview.decisions.status.${entry.status}`, { module: decision?.replacement ? moduleName(decision.replacement, language) : '' })}</strong>
                {decision?.reason ? ` — ${t('positioningReview.decisions.adviserReason', { reason: decision.reason })}` : ''}
              </p>
              {entry.status === 'pending' || editing === entry.module ? (
                <DecisionForm
                  module={entry.module}
                  {...(decision ? { initial: decision } : {})}
                  onSave={(next) => save(entry.module, next)}
                  {...(entry.status !== 'pending' ? { onCancel: () => setEditing(null) } : {})}
                />
              ) : (
                <button type="button" className="button" aria-label={t('positioningReview.decisions.changeNamed', { module: name })} onClick={() => setEditing(entry.module)}>
                  {t('positioningReview.decisions.change')}
                </button>
              )}
            </li>
          );
        })}
        {added.map((decision) => {
          const name = moduleName(decision.module, language);
          return (
            <li key={decision.module} className="decision decision--added">
              <h3 className="decision__module">{name}</h3>
              <p className="decision__status">
                <strong>{t('positioningReview.decisions.status.added')}</strong>
                {decision.reason ? ` — ${t('positioningReview.decisions.adviserReason', { reason: decision.reason })}` : ''}
              </p>
              <button type="button" className="button button--danger" aria-label={t('positioningReview.decisions.removeAddedNamed', { module: name })} onClick={() => setRemoving(decision.module)}>
                {t('positioningReview.decisions.removeAdded')}
              </button>
            </li>
          );
        })}
      </ul>
      <AddModuleForm available={available} onAdd={(module, reason) => save(module, { module, choice: 'added', reason })} />
      <div className="decision-summary" role="status">
        <h3>{t('positioningReview.decisions.plannedTitle')}</h3>
        {planned.length === 0 ? (
          <p>{t('positioningReview.decisions.plannedNone')}</p>
        ) : (
          <ul>
            {planned.map((entry) => (
              <li key={entry.module}>{moduleName(entry.module, language)}</li>
            ))}
          </ul>
        )}
        <p className="field__hint">{t('positioningReview.decisions.plannedHint')}</p>
      </div>
      {removing ? (
        <ConfirmDialog
          title={t('positioningReview.decisions.confirmRemoveTitle')}
          text={t('positioningReview.decisions.confirmRemoveText', { module: moduleName(removing, language) })}
          confirmLabel={t('positioningReview.decisions.removeAdded')}
          cancelLabel={t('positioningReview.cancel')}
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const module = removing;
            setRemoving(null);
            void save(module, undefined);
          }}
        />
      ) : null}
    </section>
  );
}

// One decision on a recommended module: keep it, remove it, or replace it by another, with the
// reason (required unless the adviser keeps it for the rule's own reason).
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionProblem, type ModuleDecision } from '../../domain/positioning/module-decisions';
import { MODULE_CODE_LIST, moduleName } from './module-words';

type ReviewChoice = 'accepted' | 'removed' | 'replaced';
const CHOICES: readonly ReviewChoice[] = ['accepted', 'removed', 'replaced'];

interface DecisionFormProps {
  module: string;
  initial?: ModuleDecision;
  onSave: (decision: Pick<ModuleDecision, 'module' | 'choice' | 'replacement' | 'reason'>) => Promise<void>;
  onCancel?: () => void;
}

export function DecisionForm({ module, initial, onSave, onCancel }: DecisionFormProps) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const [choice, setChoice] = useState<ReviewChoice>(initial && initial.choice !== 'added' ? initial.choice : 'accepted');
  const [replacement, setReplacement] = useState(initial?.replacement ?? '');
  const [reason, setReason] = useState(initial?.reason ?? '');
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const name = moduleName(module, i18n.language);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const decision = { module, choice, ...(choice === 'replaced' && replacement ? { replacement } : {}), ...(reason.trim() ? { reason: reason.trim() } : {}) };
    const found = decisionProblem(decision);
    setProblem(found);
    if (found) return;
    setBusy(true);
    try {
      await onSave(decision);
    } finally {
      setBusy(false);
    }
  }

  const reasonProblem = problem === 'reasonRequired' || problem === 'tooLong';
  return (
    <form className="decision-form" onSubmit={(event) => void submit(event)} noValidate aria-label={t('positioningReview.decisions.formFor', { module: name })}>
      <fieldset className="choice-group">
        <legend className="field__label">{t('positioningReview.decisions.choiceLegend', { module: name })}</legend>
        <div className="choice-group__options">
          {CHOICES.map((value) => (
            <label key={value} className="choice">
              <input type="radio" name={`${ids}-choice`} value={value} checked={choice === value} onChange={() => setChoice(value)} />
              {t(`positioningReview.decisions.choice.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {choice === 'replaced' ? (
        <div className={problem === 'replacementRequired' || problem === 'sameModule' ? 'field field--invalid' : 'field'}>
          <label className="field__label" htmlFor={`${ids}-replacement`}>
            {t('positioningReview.decisions.replacement')}
          </label>
          <select
            id={`${ids}-replacement`}
            className="input"
            value={replacement}
            aria-invalid={problem === 'replacementRequired' || problem === 'sameModule' ? true : undefined}
            aria-describedby={problem === 'replacementRequired' || problem === 'sameModule' ? `${ids}-replacement-error` : undefined}
            onChange={(event) => setReplacement(event.target.value)}
          >
            <option value="">{t('positioningReview.decisions.chooseModule')}</option>
            {MODULE_CODE_LIST.filter((code) => code !== module).map((code) => (
              <option key={code} value={code}>
                {moduleName(code, i18n.language)}
              </option>
            ))}
          </select>
          {problem === 'replacementRequired' || problem === 'sameModule' ? (
            <p id={`${ids}-replacement-error`} className="field__error">
              {t(`positioningReview.decisions.problem.${problem}`)}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className={reasonProblem ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={`${ids}-reason`}>
          {t(choice === 'accepted' ? 'positioningReview.decisions.reasonOptional' : 'positioningReview.decisions.reason')}
        </label>
        <textarea
          id={`${ids}-reason`}
          className="input input--area"
          value={reason}
          aria-invalid={reasonProblem ? true : undefined}
          aria-describedby={reasonProblem ? `${ids}-reason-error` : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        {reasonProblem ? (
          <p id={`${ids}-reason-error`} className="field__error">
            {t(`positioningReview.decisions.problem.${problem}`)}
          </p>
        ) : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('positioningReview.decisions.save')}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {t('positioningReview.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

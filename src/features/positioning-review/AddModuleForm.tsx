// Adding a module the rules did not recommend, with the reason (required).
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionProblem } from '../../domain/positioning/module-decisions';
import { moduleName } from './module-words';

interface AddModuleFormProps {
  available: readonly string[];
  onAdd: (module: string, reason: string) => Promise<void>;
}

export function AddModuleForm({ available, onAdd }: AddModuleFormProps) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const [module, setModule] = useState('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<{ module?: boolean; reason?: string }>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const reasonProblem = decisionProblem({ module, choice: 'added', reason });
    const found = { ...(module ? {} : { module: true }), ...(reasonProblem ? { reason: reasonProblem } : {}) };
    setProblems(found);
    if (found.module || found.reason) return;
    setBusy(true);
    try {
      await onAdd(module, reason.trim());
      setModule('');
      setReason('');
    } finally {
      setBusy(false);
    }
  }

  if (available.length === 0) return <p className="field__hint">{t('positioningReview.decisions.allPlanned')}</p>;
  return (
    <form className="decision-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{t('positioningReview.decisions.addTitle')}</h3>
      <div className={problems.module ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={`${ids}-module`}>
          {t('positioningReview.decisions.addModule')}
        </label>
        <select
          id={`${ids}-module`}
          className="input"
          value={module}
          aria-invalid={problems.module ? true : undefined}
          aria-describedby={problems.module ? `${ids}-module-error` : undefined}
          onChange={(event) => setModule(event.target.value)}
        >
          <option value="">{t('positioningReview.decisions.chooseModule')}</option>
          {available.map((code) => (
            <option key={code} value={code}>
              {moduleName(code, i18n.language)}
            </option>
          ))}
        </select>
        {problems.module ? (
          <p id={`${ids}-module-error`} className="field__error">
            {t('positioningReview.decisions.problem.moduleRequired')}
          </p>
        ) : null}
      </div>
      <div className={problems.reason ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={`${ids}-reason`}>
          {t('positioningReview.decisions.reason')}
        </label>
        <textarea
          id={`${ids}-reason`}
          className="input input--area"
          value={reason}
          aria-invalid={problems.reason ? true : undefined}
          aria-describedby={problems.reason ? `${ids}-reason-error` : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        {problems.reason ? (
          <p id={`${ids}-reason-error`} className="field__error">
            {t(`positioningReview.decisions.problem.${problems.reason}`)}
          </p>
        ) : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('positioningReview.decisions.add')}
        </button>
      </div>
    </form>
  );
}

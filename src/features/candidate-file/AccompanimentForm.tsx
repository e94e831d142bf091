// Open or correct an accompaniment: métier, start date, adviser (the current user by default); for
// a closed one, its exit date and reason too. The site is the candidate's (shown, not chosen here).
// One open accompaniment per métier: the caller's `openConflict` refuses a second one in words.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { brusselsDate } from '../../domain/dates';
import type { AccompanimentData } from '../../domain/entities';
import type { CodeOption } from '../../i18n/code-labels';
import { InputField, SelectField } from '../../components/form/fields';
import { MetierSelect } from '../../components/metiers/MetierSelect';
import { useMetierCatalogue } from '../../components/metiers/use-metier-catalogue';
import { errorsOfRejection, missingFields, type FieldErrors } from './form-errors';
import { codeOptions } from './labels';
import { TRANSFER_EXIT_REASON } from '../../domain/file-admin';

interface AccompanimentFormProps {
  candidateId: string;
  adviserId: string;
  advisers: CodeOption[];
  siteName: string;
  /** The candidate's site: its métiers come first in the métier picker. */
  siteId: string;
  initial?: AccompanimentData;
  /** True when another accompaniment of this person is open for the métier. */
  openConflict: (metier: string) => boolean;
  onSave: (data: AccompanimentData) => Promise<void>;
  onCancel: () => void;
}

export function AccompanimentForm({ candidateId, adviserId, advisers, siteName, siteId, initial, openConflict, onSave, onCancel }: AccompanimentFormProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { catalogue, metiersOfSite } = useMetierCatalogue();
  const [metier, setMetier] = useState<string>(initial?.metier ?? '');
  const [startDate, setStartDate] = useState(initial?.startDate ?? brusselsDate());
  const [adviser, setAdviser] = useState(initial?.adviserId ?? adviserId);
  const [exitDate, setExitDate] = useState(initial?.exitDate ?? '');
  const [exitReason, setExitReason] = useState<string>(initial?.exitReason ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState(false);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const closed = initial?.status === 'closed';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = missingFields({ metier, startDate, exitDate, exitReason }, closed ? ['metier', 'startDate', 'exitDate', 'exitReason'] : ['metier', 'startDate']);
    if (closed && exitDate && startDate && exitDate < startDate) missing.exitDate = 'endBeforeStart';
    setErrors(missing);
    setFailed(false);
    const refused = !closed && Boolean(metier) && openConflict(metier);
    setConflict(refused);
    if (Object.keys(missing).length > 0 || refused) return;
    const data: AccompanimentData = {
      ...initial,
      candidateId,
      metier: metier as AccompanimentData['metier'],
      startDate,
      adviserId: adviser || adviserId,
      status: initial?.status ?? 'open',
    };
    if (closed) {
      data.exitDate = exitDate;
      data.exitReason = exitReason as AccompanimentData['exitReason'];
    }
    setBusy(true);
    try {
      await onSave(data);
    } catch (error) {
      const fieldErrors = errorsOfRejection(error);
      if (fieldErrors) setErrors(fieldErrors);
      else setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  const title = t(initial ? 'candidateFile.accompaniment.formTitleEdit' : 'candidateFile.accompaniment.formTitleNew');
  const adviserOptions = advisers.some((option) => option.code === adviser) || !adviser ? advisers : [...advisers, { code: adviser, label: adviser }];
  return (
    <form className="file-form" onSubmit={(event) => void submit(event)} aria-label={title} noValidate>
      <h3 className="file-form__title">{title}</h3>
      <div className="form-grid">
        <MetierSelect
          name="acc-metier"
          label={t('candidateFile.accompaniment.metier')}
          required
          errorKey={errors.metier}
          catalogue={catalogue}
          siteMetiers={metiersOfSite(siteId)}
          date={startDate || brusselsDate()}
          value={metier}
          onChange={(value) => {
            setMetier(value);
            setConflict(false);
          }}
        />
        <InputField name="acc-start" type="date" label={t('candidateFile.accompaniment.startDate')} required errorKey={errors.startDate} value={startDate} onChange={setStartDate} />
        <SelectField name="acc-adviser" label={t('candidateFile.accompaniment.adviser')} allowEmpty={false} options={adviserOptions} value={adviser} onChange={setAdviser} />
        <div className="field">
          <span className="field__label">{t('candidateFile.accompaniment.site')}</span>
          <span>{siteName}</span>
        </div>
        {closed ? (
          <>
            <InputField name="acc-exit-date" type="date" label={t('candidateFile.accompaniment.exitDate')} required errorKey={errors.exitDate} value={exitDate} onChange={setExitDate} />
            <SelectField
              name="acc-exit-reason"
              label={t('candidateFile.accompaniment.exitReason')}
              required
              errorKey={errors.exitReason}
              options={codeOptions('exitReasons', language).filter((option) => option.code !== TRANSFER_EXIT_REASON || option.code === initial?.exitReason)}
              value={exitReason}
              onChange={setExitReason}
            />
          </>
        ) : null}
      </div>
      {conflict ? (
        <p className="field__error" role="alert">
          {t('candidateFile.accompaniment.alreadyOpen')}
        </p>
      ) : null}
      {failed ? (
        <p className="field__error" role="alert">
          {t('candidateFile.saveFailed')}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t(busy ? 'candidateFile.saving' : 'candidateFile.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('candidateFile.cancel')}
        </button>
      </div>
    </form>
  );
}

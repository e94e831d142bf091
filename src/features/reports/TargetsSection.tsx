// "Targets" of the reports screen: where the targets shown come from (the server, the last known
// of this session offline, or the 2024 goal, said in words) and a form to enter a goal for a year:
// the network's ONE goal (administrators here; the network reporter has no tablet) or an
// organisation's own (its coordinators, administrators), or remove it. Online only; bad input
// (not a number, negative, huge) is refused here with a message in words before anything is sent.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { DEFAULT_TARGETS, FIRST_TARGET_YEAR, LAST_TARGET_YEAR, MAX_TARGET_PERSONS, parseTargetInput, type TargetInputError } from './report-targets';
import type { ReportTargetsState } from './use-report-targets';

/** A goal the user may enter: the network's (organisationId null) or an organisation's. */
export interface TargetScope {
  organisationId: string | null;
  label: string;
}

interface Props {
  state: ReportTargetsState;
  online: boolean;
  /** The goals this user may enter (none: the form is not shown). */
  scopes: readonly TargetScope[];
  /** The year proposed first: the report period's last year. */
  year: number;
}

type Field = 'spocPersons' | 'accompaniedPersons';
type Errors = Partial<Record<Field | 'year', TargetInputError | 'yearRange'>>;

export function TargetsSection({ state, online, scopes, year }: Props) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const canEdit = scopes.length > 0;
  const [scopeKey, setScopeKey] = useState(scopes[0]?.organisationId ?? '');
  const organisationId = scopeKey === '' ? null : scopeKey;
  // The year typed, until then the report period's.
  const [typedYear, setYearText] = useState<string | undefined>();
  const yearText = typedYear ?? String(year);
  // Typed figures belong to one site, year and stored row: another choice shows what applies to it.
  const [draft, setDraft] = useState<{ key: string; values: Record<Field, string>; errors: Errors } | undefined>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<'saved' | 'resetDone' | 'saveFailed' | undefined>();

  const chosenYear = /^\d{4}$/.test(yearText.trim()) ? Number(yearText.trim()) : undefined;
  const entered = state.rows?.find((row) => row.organisationId === organisationId && row.year === chosenYear);
  const key = `${scopeKey}\u0000${chosenYear ?? ''}\u0000${entered ? `${entered.spocPersons}/${entered.accompaniedPersons}` : 'default'}`;
  const current =
    draft?.key === key
      ? draft
      : {
          key,
          values: {
            spocPersons: String(entered?.spocPersons ?? (organisationId === null ? DEFAULT_TARGETS.spocPersons : '')),
            accompaniedPersons: String(entered?.accompaniedPersons ?? (organisationId === null ? DEFAULT_TARGETS.accompaniedPersons : '')),
          },
          errors: {} as Errors,
        };
  const values = current.values;
  const errors = current.errors;
  const setValue = (field: Field, value: string) => setDraft({ ...current, values: { ...current.values, [field]: value } });
  const setErrors = (next: Errors) => setDraft({ ...current, errors: next });

  const writable = online && canEdit;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(undefined);
    const next: Errors = {};
    if (chosenYear === undefined || chosenYear < FIRST_TARGET_YEAR || chosenYear > LAST_TARGET_YEAR) next.year = 'yearRange';
    const spoc = parseTargetInput(values.spocPersons);
    const accompanied = parseTargetInput(values.accompaniedPersons);
    if ('error' in spoc) next.spocPersons = spoc.error;
    if ('error' in accompanied) next.accompaniedPersons = accompanied.error;
    setErrors(next);
    if (Object.keys(next).length > 0 || !('value' in spoc) || !('value' in accompanied) || chosenYear === undefined) return;
    setBusy(true);
    try {
      await state.save({ organisationId, year: chosenYear, spocPersons: spoc.value, accompaniedPersons: accompanied.value });
      setMessage('saved');
    } catch {
      setMessage('saveFailed');
    } finally {
      setBusy(false);
    }
  }

  async function reset() {
    if (chosenYear === undefined) return;
    setBusy(true);
    setMessage(undefined);
    try {
      await state.remove(organisationId, chosenYear);
      setMessage('resetDone');
    } catch {
      setMessage('saveFailed');
    } finally {
      setBusy(false);
    }
  }

  const errorText = (error: Errors[keyof Errors]) =>
    error === 'yearRange'
      ? t('reports.targetsForm.error.yearRange', { first: FIRST_TARGET_YEAR, last: LAST_TARGET_YEAR })
      : error
        ? t(`reports.targetsForm.error.${error}`, { max: number(MAX_TARGET_PERSONS) })
        : undefined;
  const originText = t(`reports.targetsOrigin.${state.origin === 'defaults' && !online ? 'defaultsOffline' : state.origin}`, {
    spoc: DEFAULT_TARGETS.spocPersons,
    accompanied: DEFAULT_TARGETS.accompaniedPersons,
  });

  return (
    <section className="report-targets" aria-labelledby="report-targets-title">
      <h2 id="report-targets-title">{t('reports.targets')}</h2>
      <p role="status" className="report-targets__origin">
        {originText}
      </p>
      {state.loadFailed && online ? (
        <p className="field__error report-no-print" role="alert">
          {t('reports.targetsOrigin.loadFailed')}
        </p>
      ) : null}
      {canEdit ? (
        <form noValidate className="report-no-print" onSubmit={(event) => void submit(event)} aria-label={t('reports.targetsForm.title')}>
          <fieldset disabled={!writable || busy} className="choice-group">
            <legend className="field__label">{t('reports.targetsForm.title')}</legend>
            {!writable ? <p className="field__hint">{t('reports.targetsForm.offline')}</p> : null}
            <div className="form-grid">
              <div className="field">
                <label htmlFor="target-scope" className="field__label">
                  {t('reports.targetsForm.scope')}
                </label>
                <select id="target-scope" className="input" value={scopeKey} onChange={(event) => setScopeKey(event.target.value)}>
                  {scopes.map((scope) => (
                    <option key={scope.organisationId ?? ''} value={scope.organisationId ?? ''}>
                      {scope.label}
                    </option>
                  ))}
                </select>
              </div>
              <TargetField id="target-year" label={t('reports.targetsForm.year')} value={yearText} error={errorText(errors.year)} onChange={setYearText} />
              <TargetField
                id="target-spocPersons"
                label={t('reports.target.spocPersons')}
                value={values.spocPersons}
                error={errorText(errors.spocPersons)}
                onChange={(value) => setValue('spocPersons', value)}
              />
              <TargetField
                id="target-accompaniedPersons"
                label={t('reports.target.accompaniedPersons')}
                value={values.accompaniedPersons}
                error={errorText(errors.accompaniedPersons)}
                onChange={(value) => setValue('accompaniedPersons', value)}
              />
            </div>
            <p className="field__hint">{t(entered ? 'reports.targetsForm.entered' : organisationId === null ? 'reports.targetsForm.default' : 'reports.targetsForm.none')}</p>
            <button type="submit" className="button button--primary">
              {t('reports.targetsForm.save')}
            </button>{' '}
            {entered ? (
              <button type="button" className="button" onClick={() => void reset()}>
                {t('reports.targetsForm.reset')}
              </button>
            ) : null}
          </fieldset>
        </form>
      ) : null}
      {message ? (
        <p role={message === 'saveFailed' ? 'alert' : 'status'} className={message === 'saveFailed' ? 'field__error' : undefined}>
          {t(`reports.targetsForm.${message}`)}
        </p>
      ) : null}
    </section>
  );
}

function TargetField({ id, label, value, error, onChange }: { id: string; label: string; value: string; error: string | undefined; onChange: (value: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <input
        id={id}
        className="input"
        inputMode="numeric"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

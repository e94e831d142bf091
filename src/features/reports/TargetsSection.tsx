// "Targets" of the reports screen: where the targets shown come from (the server, the last known
// of this session offline, or the 2024 goal, said in words) and a form to enter a goal for a year:
// the network's ONE goal (administrators here; the network reporter has no tablet) or an
// organisation's own (its coordinators, administrators), or remove it. Online only; bad input
// (not a number, negative, huge) is refused here with a message in words before anything is sent.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormFooter } from '../../components/form/FormFooter';
import { FormInput, FormSelect } from '../../components/form/form-controls';
import { useRecordForm } from '../../components/form/use-record-form';
import { useFormatters } from '../../i18n/format';
import { DEFAULT_TARGETS, FIRST_TARGET_YEAR, LAST_TARGET_YEAR, MAX_TARGET_PERSONS, parseTargetInput } from './report-targets';
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

const yearOf = (text: string) => (/^\d{4}$/.test(text.trim()) ? Number(text.trim()) : undefined);
const figure = z.string().superRefine((text, ctx) => {
  const parsed = parseTargetInput(text);
  if ('error' in parsed) ctx.addIssue({ code: 'custom', message: `reports.targetsForm.error.${parsed.error}` });
});

/** The goal as typed (docs/architecture.md, "Record forms"): a year of the range, whole numbers up to the maximum. */
const targetValues = z.object({
  scope: z.string(),
  year: z.string().refine((text) => {
    const year = yearOf(text);
    return year !== undefined && year >= FIRST_TARGET_YEAR && year <= LAST_TARGET_YEAR;
  }, { message: 'reports.targetsForm.error.yearRange' }),
  spocPersons: figure,
  accompaniedPersons: figure,
});
type TargetValues = z.infer<typeof targetValues>;

/** The figure of a parsed field (checked by the schema before it is read). */
const figureOf = (text: string) => {
  const parsed = parseTargetInput(text);
  return 'value' in parsed ? parsed.value : 0;
};

export function TargetsSection({ state, online, scopes, year }: Props) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const canEdit = scopes.length > 0;
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<'saved' | 'resetDone' | 'saveFailed' | undefined>();
  const storedFigures = (scopeKey: string, chosenYear: number | undefined) => {
    const organisationId = scopeKey === '' ? null : scopeKey;
    const entered = state.rows?.find((row) => row.organisationId === organisationId && row.year === chosenYear);
    const fallback = (goal: number) => (organisationId === null ? String(goal) : '');
    return {
      entered,
      spocPersons: entered ? String(entered.spocPersons) : fallback(DEFAULT_TARGETS.spocPersons),
      accompaniedPersons: entered ? String(entered.accompaniedPersons) : fallback(DEFAULT_TARGETS.accompaniedPersons),
    };
  };
  const firstScope = scopes[0]?.organisationId ?? '';
  const first = storedFigures(firstScope, year);
  const { form, submit } = useRecordForm<TargetValues>({
    schema: targetValues,
    // The year proposed first is the report period's.
    defaultValues: { scope: firstScope, year: String(year), spocPersons: first.spocPersons, accompaniedPersons: first.accompaniedPersons },
    save: async (values) => {
      setBusy(true);
      try {
        await state.save({ organisationId: organisationId(values.scope), year: yearOf(values.year) ?? year, spocPersons: figureOf(values.spocPersons), accompaniedPersons: figureOf(values.accompaniedPersons) });
        setMessage('saved');
      } catch {
        setMessage('saveFailed');
      } finally {
        setBusy(false);
      }
    },
  });
  // Until a year is typed, the one proposed follows the report period.
  const yearTyped = Boolean(form.formState.dirtyFields.year);
  useEffect(() => {
    if (!yearTyped) form.resetField('year', { defaultValue: String(year) });
    // Only a new period proposes another year.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form, year]);
  const scopeKey = form.watch('scope');
  const chosenYear = yearOf(form.watch('year'));
  const stored = storedFigures(scopeKey, chosenYear);
  // Typed figures belong to one site, year and stored row: another choice shows what applies to it.
  const storedKey = `${stored.spocPersons}\u0000${stored.accompaniedPersons}\u0000${stored.entered ? 'entered' : 'default'}`;
  useEffect(() => {
    form.resetField('spocPersons', { defaultValue: stored.spocPersons });
    form.resetField('accompaniedPersons', { defaultValue: stored.accompaniedPersons });
    // The key says everything the stored figures depend on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scopeKey, chosenYear, storedKey]);

  const writable = online && canEdit;

  async function reset() {
    if (chosenYear === undefined) return;
    setBusy(true);
    setMessage(undefined);
    try {
      await state.remove(organisationId(scopeKey), chosenYear);
      setMessage('resetDone');
    } catch {
      setMessage('saveFailed');
    } finally {
      setBusy(false);
    }
  }

  const originText = t(`reports.targetsOrigin.${state.origin === 'defaults' && !online ? 'defaultsOffline' : state.origin}`, {
    spoc: DEFAULT_TARGETS.spocPersons,
    accompanied: DEFAULT_TARGETS.accompaniedPersons,
  });
  const figureValues = { max: number(MAX_TARGET_PERSONS) };

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
        <form
          noValidate
          className="report-no-print"
          onSubmit={(event) => {
            setMessage(undefined);
            void submit(event);
          }}
          aria-label={t('reports.targetsForm.title')}
        >
          {/* Disabled only while sending: a fieldset disabled while checking would refuse the focus to the first invalid field. */}
          <fieldset disabled={!writable || busy} className="choice-group">
            <legend className="field__label">{t('reports.targetsForm.title')}</legend>
            {!writable ? <p className="field__hint">{t('reports.targetsForm.offline')}</p> : null}
            <div className="form-grid">
              <FormSelect
                control={form.control}
                field="scope"
                name="target-scope"
                label={t('reports.targetsForm.scope')}
                options={scopes.map((scope) => ({ code: scope.organisationId ?? '', label: scope.label }))}
                allowEmpty={false}
              />
              <FormInput
                control={form.control}
                field="year"
                name="target-year"
                label={t('reports.targetsForm.year')}
                inputProps={{ inputMode: 'numeric' }}
                errorValues={{ first: FIRST_TARGET_YEAR, last: LAST_TARGET_YEAR }}
              />
              <FormInput control={form.control} field="spocPersons" name="target-spocPersons" label={t('reports.target.spocPersons')} inputProps={{ inputMode: 'numeric' }} errorValues={figureValues} />
              <FormInput
                control={form.control}
                field="accompaniedPersons"
                name="target-accompaniedPersons"
                label={t('reports.target.accompaniedPersons')}
                inputProps={{ inputMode: 'numeric' }}
                errorValues={figureValues}
              />
            </div>
            <p className="field__hint">{t(stored.entered ? 'reports.targetsForm.entered' : organisationId(scopeKey) === null ? 'reports.targetsForm.default' : 'reports.targetsForm.none')}</p>
            <FormFooter busy={false} saveLabel={t('reports.targetsForm.save')}>
              {stored.entered ? (
                <button type="button" className="button" onClick={() => void reset()}>
                  {t('reports.targetsForm.reset')}
                </button>
              ) : null}
            </FormFooter>
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

/** The scope's key as the API names it: '' is the network's own goal. */
function organisationId(scopeKey: string): string | null {
  return scopeKey === '' ? null : scopeKey;
}

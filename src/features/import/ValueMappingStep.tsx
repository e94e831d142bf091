// The values to map: each value of a code-list column that the import does not recognise, listed
// once for the whole file with the rows carrying it, a suggestion when one fits, and a choice: a
// code of the list, or "leave the field empty". Nothing is applied until the adviser chooses
// (the suggestions too: one button takes them all, in her name).
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { GENDER_CODES } from '../../domain/codes';
import { suggestCode, type MappableField, type UnmappedValue, type ValueDecisions } from '../../domain/import';
import { communeOptions, type CodeOption } from '../../i18n/code-labels';
import { codeOptions } from '../candidate-file/labels';
import { brusselsDate } from '../../domain/dates';
import { metierChoices, metierOptionList, type MetierCatalogue } from '../../domain/metiers/catalogue';
import { useMetierCatalogue } from '../../components/metiers/use-metier-catalogue';
import { ColumnHeads } from '../../components/ColumnHeads';

/** Row numbers shown beside a value (the count says how many in all). */
const ROWS_SHOWN = 5;

/** The select's value for "leave the field empty". */
const LEAVE_EMPTY = '-';

function optionsFor(field: MappableField, language: string, t: TFunction, catalogue: MetierCatalogue): CodeOption[] {
  switch (field) {
    case 'commune':
      return communeOptions(language);
    case 'metier':
      return metierOptionList(metierChoices(catalogue, language, { date: brusselsDate() })).map(({ code, label }) => ({ code, label }));
    case 'spocKind':
      return codeOptions('spocActionKinds', language);
    case 'exitReason':
      return codeOptions('exitReasons', language);
    case 'gender':
      return GENDER_CODES.map((code) => ({ code, label: t(`import.gender.${code}`) }));
  }
}

interface ValueMappingStepProps {
  values: readonly UnmappedValue[];
  decisions: ValueDecisions;
  onDecide: (key: string, decision: string | null | undefined) => void;
}

export function ValueMappingStep({ values, decisions, onDecide }: ValueMappingStepProps) {
  const { t, i18n } = useTranslation();
  const { catalogue } = useMetierCatalogue();
  if (values.length === 0) return null;
  const suggestions = values.map((value) => ({ value, code: suggestCode(value.field, value.value, catalogue) }));
  const open = suggestions.filter(({ value, code }) => code && !decisions.has(value.key));
  const undecided = values.filter((value) => !decisions.has(value.key)).length;
  return (
    <section className="import-step" aria-labelledby="import-values-title">
      <h2 id="import-values-title">{t('import.values.title')}</h2>
      <p className="field__hint">{t('import.values.hint')}</p>
      <p role="status">{t('import.values.undecided', { count: undecided })}</p>
      {open.length > 0 ? (
        <button type="button" className="button" onClick={() => open.forEach(({ value, code }) => onDecide(value.key, code))}>
          {t('import.values.acceptSuggestions', { count: open.length })}
        </button>
      ) : null}
      <div className="import-table" role="region" tabIndex={0} aria-label={t('import.values.caption')}>
        <table>
          <caption>{t('import.values.caption')}</caption>
          <ColumnHeads labels={[t('import.values.value'), t('import.values.field'), t('import.values.rows'), t('import.values.choice')]} />
          <tbody>
            {suggestions.map(({ value, code }, at) => {
              const selectId = `import-value-${at}`;
              const decision = decisions.get(value.key);
              const options = optionsFor(value.field, i18n.language, t, catalogue);
              const suggested = code ? options.find((option) => option.code === code) : undefined;
              return (
                <tr key={value.key}>
                  <th scope="row">
                    <label htmlFor={selectId}>{value.value}</label>
                  </th>
                  <td>{t(`import.field.${value.field}`)}</td>
                  <td>{t('import.values.rowCount', { count: value.rows.length, rows: `${value.rows.slice(0, ROWS_SHOWN).join(', ')}${value.rows.length > ROWS_SHOWN ? '…' : ''}` })}</td>
                  <td>
                    <select
                      id={selectId}
                      className="input"
                      value={decision === undefined ? '' : decision === null ? LEAVE_EMPTY : decision}
                      aria-describedby={suggested ? `${selectId}-hint` : undefined}
                      onChange={(event) => {
                        const chosen = event.target.value;
                        onDecide(value.key, chosen === '' ? undefined : chosen === LEAVE_EMPTY ? null : chosen);
                      }}
                    >
                      <option value="">{t('import.values.undecidedOption')}</option>
                      <option value={LEAVE_EMPTY}>{t('import.values.leaveEmpty')}</option>
                      {suggested ? <option value={suggested.code}>{t('import.values.suggestedOption', { label: suggested.label })}</option> : null}
                      {options
                        .filter((option) => option.code !== suggested?.code)
                        .map((option) => (
                          <option key={option.code} value={option.code}>
                            {option.label}
                          </option>
                        ))}
                    </select>
                    {suggested ? (
                      <p id={`${selectId}-hint`} className="field__hint">
                        {t('import.values.suggestion', { label: suggested.label })}
                      </p>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

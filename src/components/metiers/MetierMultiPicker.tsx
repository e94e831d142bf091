// Several métiers (the métiers asked about in a SPOC action): the site's métiers and those already
// chosen as checkboxes, and any other métier of the catalogue found by a search and added.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { metierChoices, type MetierCatalogue } from '../../domain/metiers/catalogue';
import { matching } from './MetierSelect';

interface MetierMultiPickerProps {
  name: string;
  legend: string;
  hint?: string;
  catalogue: MetierCatalogue;
  siteMetiers: readonly string[];
  date: string;
  value: readonly string[];
  onChange: (codes: string[]) => void;
}

/** At most this many search results at once: the search narrows, it does not list the catalogue. */
const MAX_RESULTS = 8;

export function MetierMultiPicker({ name, legend, hint, catalogue, siteMetiers, date, value, onChange }: MetierMultiPickerProps) {
  const { t, i18n } = useTranslation();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const choices = useMemo(() => metierChoices(catalogue, i18n.language, { siteMetiers, date, keep: value }), [catalogue, i18n.language, siteMetiers, date, value]);
  const shown = [...choices.site, ...choices.others.filter((option) => value.includes(option.code))];
  const found = query.trim() ? matching(choices.others.filter((option) => !value.includes(option.code)), query).slice(0, MAX_RESULTS) : [];
  const toggle = (code: string, on: boolean) => onChange(on ? [...value, code] : value.filter((chosen) => chosen !== code));
  return (
    <fieldset className="form-section metier-picker" aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${name}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {shown.length > 0 ? (
        <ul className="metier-picker__chosen">
          {shown.map((option) => (
            <li key={option.code}>
              <label className="choice">
                <input type="checkbox" name={name} value={option.code} checked={value.includes(option.code)} onChange={(event) => toggle(option.code, event.target.checked)} />
                <span>{option.label}</span>
              </label>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('metiers.picker.noSiteMetiers')}</p>
      )}
      <div className="field">
        <label htmlFor={searchId} className="field__label">
          {t('metiers.picker.searchOther')}
        </label>
        <input id={searchId} className="input" type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      </div>
      {query.trim() ? (
        found.length > 0 ? (
          <ul className="metier-picker__found" aria-label={t('metiers.picker.results')}>
            {found.map((option) => (
              <li key={option.code}>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    toggle(option.code, true);
                    setQuery('');
                  }}
                >
                  {t('metiers.picker.add', { metier: option.label })}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p role="status">{t('metiers.picker.noResult')}</p>
        )
      ) : null}
    </fieldset>
  );
}

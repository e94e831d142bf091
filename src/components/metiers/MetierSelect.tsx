// One métier, chosen in the catalogue: the site's métiers first, then every other métier current
// on the record's date, with a search box that narrows the list (the catalogue is long). The
// record's present métier stays offered even when retired since.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '../form/FieldShell';
import { metierChoices, type MetierCatalogue, type MetierOption } from '../../domain/metiers/catalogue';
import { foldText } from '../../domain/text-fold';

interface MetierSelectProps {
  name: string;
  label: string;
  catalogue: MetierCatalogue;
  siteMetiers: readonly string[];
  /** The record's date (YYYY-MM-DD): the métiers valid that day are offered. */
  date: string;
  value: string;
  required?: boolean;
  errorKey?: string;
  onChange: (code: string) => void;
  /** The select itself, for a form to focus it when it is the first invalid field. */
  inputRef?: (element: HTMLElement | null) => void;
}

/** Options whose label contains every word typed, accents and case aside. */
export function matching(options: readonly MetierOption[], query: string): MetierOption[] {
  const fold = foldText;
  const words = fold(query).split(/\s+/).filter(Boolean);
  return options.filter((option) => words.every((word) => fold(`${option.label} ${option.code}`).includes(word)));
}

export function MetierSelect({ name, label, catalogue, siteMetiers, date, value, required, errorKey, onChange, inputRef }: MetierSelectProps) {
  const { t, i18n } = useTranslation();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const choices = useMemo(() => metierChoices(catalogue, i18n.language, { siteMetiers, date, keep: [value] }), [catalogue, i18n.language, siteMetiers, date, value]);
  const keepChosen = (options: MetierOption[]) => options.filter((option) => option.code === value || matching([option], query).length > 0);
  const site = keepChosen(choices.site);
  const others = keepChosen(choices.others);
  return (
    <div className="metier-select">
      <div className="field">
        <label htmlFor={searchId} className="field__label">
          {t('metiers.picker.search')}
        </label>
        <input id={searchId} className="input" type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      </div>
      <FieldShell name={name} label={label} errorKey={errorKey} required={required}>
        {(ids) => (
          <select ref={inputRef} id={ids.inputId} className="input" value={value} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} onChange={(event) => onChange(event.target.value)}>
            <option value="">{t('metiers.picker.choose')}</option>
            {site.length > 0 ? (
              <optgroup label={t('metiers.picker.siteGroup')}>
                {site.map((option) => (
                  <option key={option.code} value={option.code}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {others.length > 0 ? (
              <optgroup label={t('metiers.picker.othersGroup')}>
                {others.map((option) => (
                  <option key={option.code} value={option.code}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        )}
      </FieldShell>
    </div>
  );
}

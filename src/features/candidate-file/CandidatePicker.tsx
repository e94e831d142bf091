// The other named people of a collective session: search by name among the tablet's candidates,
// add with one tap, remove with one tap. Keyboard-friendly: plain buttons in the tab order.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalRecord } from '../../sync/workspace';
import { InputField } from '../../components/form/fields';
import { personName } from './person-name';
import { PersonName } from '../../components/PersonName';
import { PersonChoiceButton } from '../../components/PersonChoiceButton';
import { usePersonDetails } from '../candidates/person-details';
import { foldText } from '../../domain/text-fold';

const normalize = foldText;
const MAX_RESULTS = 6;

interface CandidatePickerProps {
  candidates: LocalRecord<'candidates'>[];
  /** The file's own candidate: always named, never offered. */
  selfId: string;
  value: string[];
  onChange: (ids: string[]) => void;
}

export function CandidatePicker({ candidates, selfId, value, onChange }: CandidatePickerProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const detailsOf = usePersonDetails();
  const byId = useMemo(() => new Map(candidates.map((record) => [record.id, record])), [candidates]);
  const matches = useMemo(() => {
    const words = normalize(query).split(/\s+/).filter(Boolean);
    if (words.length === 0) return [];
    return candidates
      .filter((record) => record.id !== selfId && !value.includes(record.id) && !record.data.erased && !record.data.mergedInto)
      .filter((record) => {
        const text = normalize(`${record.data.firstName ?? ''} ${record.data.lastName ?? ''}`);
        return words.every((word) => text.includes(word));
      })
      .slice(0, MAX_RESULTS);
  }, [candidates, query, selfId, value]);
  const noName = t('candidateFile.noName');

  return (
    <div className="candidate-picker">
      <InputField name="spoc-search" label={t('candidateFile.spoc.search')} hint={t('candidateFile.spoc.othersHint')} value={query} onChange={setQuery} />
      {query.trim() && matches.length === 0 ? <p className="field__hint">{t('candidateFile.spoc.noMatch')}</p> : null}
      {matches.length > 0 ? (
        <ul className="candidate-picker__results">
          {matches.map((record) => (
            <li key={record.id}>
              <PersonChoiceButton
                label={t('candidateFile.spoc.addPerson', { name: personName(record, noName) })}
                details={detailsOf(record)}
                onClick={() => onChange([...value, record.id])}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {value.length > 0 ? (
        <ul className="file-chips" aria-label={t('candidateFile.spoc.chosen')}>
          {value.map((id) => {
            const name = personName(byId.get(id), noName);
            return (
              <li key={id} className="file-chip">
                <PersonName>{name}</PersonName>
                {byId.get(id) ? <span className="person-choice__details">{detailsOf(byId.get(id) as LocalRecord<'candidates'>)}</span> : null}
                <button type="button" className="file-chip__remove" aria-label={t('candidateFile.spoc.removePerson', { name })} onClick={() => onChange(value.filter((other) => other !== id))}>
                  <span className="file-chip__x" aria-hidden="true" />
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

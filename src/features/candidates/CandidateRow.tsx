// One line of the candidate list: name, birth, commune, and "not synced" when changes wait.
// Memoized: the list re-renders as the rows in view change, and a row already shown with the same
// record stays as it is. Its position is written by the virtualizer, not by a style prop.
import { memo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { communeLabel } from '../../i18n/code-labels';
import { displayName, formatBirthDate } from './candidate-display';
import type { CandidateRecord } from './candidate-types';
import { PersonName } from '../../components/PersonName';
import { SCREEN_PATHS } from '../../domain/screen-paths';

interface CandidateRowProps {
  record: CandidateRecord;
  index: number;
  /** Only the active row is in the tab order; the arrow keys move between rows. */
  active: boolean;
  measureRef: Ref<HTMLLIElement>;
  setSize: number;
  onFocusRow: (index: number) => void;
}

export const CandidateRow = memo(function CandidateRow({ record, index, active, measureRef, setSize, onFocusRow }: CandidateRowProps) {
  const { t, i18n } = useTranslation();
  const { data } = record;
  const birth = data.birthDate ? formatBirthDate(data.birthDate, i18n.language) : null;
  const commune = communeLabel(data.communeCode, i18n.language) ?? t('candidates.noCommune');
  const name = displayName(data);
  return (
    <li className="candidate-row" ref={measureRef} data-index={index} aria-posinset={index + 1} aria-setsize={setSize}>
      <Link to={SCREEN_PATHS.candidate(record.id)} className="candidate-row__link" tabIndex={active ? 0 : -1} onFocus={() => onFocusRow(index)}>
        <span className="candidate-row__name">{name ? <PersonName>{name}</PersonName> : t(data.erased ? 'candidates.erased' : 'candidates.noName')}</span>
        <span className="candidate-row__meta">
          {birth ? <span>{t(birth.kind === 'year' ? 'candidates.bornIn' : 'candidates.bornOn', birth.kind === 'year' ? { year: birth.text } : { date: birth.text })}</span> : null}
          <span>{commune}</span>
        </span>
        {record.pendingFields.length > 0 ? <span className="badge badge--pending">{t('candidates.unsynced')}</span> : null}
      </Link>
    </li>
  );
});

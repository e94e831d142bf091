// One existing file that may be the person being registered: name, birth, site and last action,
// so the adviser can tell at a glance whether it is the same person.
import { useTranslation } from 'react-i18next';
import type { DuplicateMatch } from '../../../domain/matching';
import { formatDay } from '../../../i18n/format';
import { displayName, formatBirthDate } from '../candidate-display';
import type { CandidateRecord } from '../candidate-types';
import { metierLabel, spocKindLabel } from '../reference-labels';
import type { LastAction } from './last-action';
import { matchLabel } from './match-label';
import { PersonName } from '../../../components/PersonName';

export function DuplicateCandidate({
  record,
  match,
  siteName,
  lastAction,
}: {
  record: CandidateRecord;
  match?: DuplicateMatch;
  siteName: string;
  lastAction: LastAction | undefined;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const birth = record.data.birthDate ? formatBirthDate(record.data.birthDate, language) : null;
  const action = lastAction
    ? t(`duplicates.lastAction.${lastAction.kind}`, {
        date: formatDay(lastAction.date, language),
        what: lastAction.kind === 'spoc' ? spocKindLabel(lastAction.actionKind, language) : metierLabel(lastAction.metier, language),
      })
    : t('duplicates.noAction');
  return (
    <div className="duplicate-candidate">
      <span className="duplicate-candidate__name">
        <PersonName>{displayName(record.data) ?? t('candidates.noName')}</PersonName>
      </span>
      {match ? <span className={`duplicate-level duplicate-level--${match.level}`}>{matchLabel(match, t)}</span> : null}
      <span className="duplicate-candidate__meta">
        {birth ? (
          <span>{t(birth.kind === 'year' ? 'candidates.bornIn' : 'candidates.bornOn', birth.kind === 'year' ? { year: birth.text } : { date: birth.text })}</span>
        ) : (
          <span>{t('duplicates.noBirth')}</span>
        )}
        <span>{t('duplicates.site', { site: siteName })}</span>
        <span>{action}</span>
      </span>
    </div>
  );
}

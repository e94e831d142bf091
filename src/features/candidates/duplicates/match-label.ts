// What a likely duplicate's label says: how sure, then what matched (the name as typed, swapped,
// similar or in another script; the full birth date, the year, or no date), so "same name and same
// date of birth" is never shown for a similar name or a year alone.
import type { TFunction } from 'i18next';
import type { DuplicateMatch } from '../../../domain/matching';

export function matchLabel(match: Pick<DuplicateMatch, 'level' | 'reasons'>, t: TFunction): string {
  const { reasons } = match;
  const name = reasons.includes('other-script')
    ? 'otherScript'
    : reasons.includes('same-name')
      ? 'same'
      : reasons.includes('similar-name')
        ? 'similar'
        : 'swapped';
  const birth = reasons.includes('same-birth-date') ? 'date' : reasons.includes('same-birth-year') ? 'year' : 'none';
  return t('duplicates.matchLabel', {
    level: t(`duplicates.level.${match.level}`),
    name: t(`duplicates.matchedName.${name}`),
    birth: t(`duplicates.matchedBirth.${birth}`),
  });
}

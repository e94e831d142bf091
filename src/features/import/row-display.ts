// How a planned row reads on screen: the person, the SPOC action and the accompaniment it creates,
// with codes turned into labels of the display language.
import type { TFunction } from 'i18next';
import { isolatedText } from '../../domain/bidi';
import type { PlannedRow } from '../../domain/import';
import { communeLabel, referenceLabel } from '../../i18n/code-labels';
import { formatDay } from '../../i18n/format';
import { validationKey } from '../../i18n/validation-key';
import { metierLabel, spocKindLabel } from '../candidates/reference-labels';

/** "Last First", safe inside a sentence (domain/bidi.ts). */
export function personName(row: Pick<PlannedRow, 'candidate'>): string {
  return isolatedText([row.candidate.lastName, row.candidate.firstName].filter(Boolean).join(' '));
}

export interface PreviewCells {
  name: string;
  birthDate: string;
  gender: string;
  commune: string;
  contact: string;
  spocAction: string;
  accompaniment: string;
}

export function previewCells(row: PlannedRow, t: TFunction, language: string): PreviewCells {
  const { candidate, spocAction, accompaniment } = row;
  return {
    name: personName(row),
    birthDate: formatDay(candidate.birthDate, language),
    gender: candidate.gender ? t(`import.gender.${candidate.gender}`) : '',
    commune: communeLabel(candidate.communeCode, language) ?? '',
    contact: [candidate.phone, candidate.email].filter(Boolean).join(' · '),
    spocAction: spocAction
      ? t('import.preview.spoc', { date: formatDay(spocAction.date, language), kind: spocKindLabel(spocAction.kind, language) })
      : '',
    accompaniment: accompaniment
      ? [
          t('import.preview.accompanimentText', { metier: metierLabel(accompaniment.metier, language), date: formatDay(accompaniment.startDate, language) }),
          accompaniment.exitDate ? t('import.preview.exit', { date: formatDay(accompaniment.exitDate, language), reason: referenceLabel('exitReasons', accompaniment.exitReason, language) }) : '',
        ]
          .filter(Boolean)
          .join(' ')
      : '',
  };
}

/** A refused row's reason in words: the import's own words, else the intake's (the same rule). */
export function reasonText(t: TFunction, reason: string): string {
  return t([`import.reason.${reason}`, validationKey(reason)]);
}

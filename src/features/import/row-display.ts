// How a planned row reads on screen: the person, the SPOC action and the accompaniment it creates,
// with codes turned into labels of the display language.
import type { TFunction } from 'i18next';
import type { PlannedRow } from '../../domain/import';
import { communeLabel } from '../../i18n/code-labels';
import { metierLabel, spocKindLabel } from '../candidates/reference-labels';
import { reference } from '../../domain/codes';

export function personName(row: PlannedRow): string {
  return [row.candidate.lastName, row.candidate.firstName].filter(Boolean).join(' ');
}

/** Exit reasons have French labels only in the reference data. */
function exitReasonLabel(code: string | null | undefined): string {
  const entry = reference.vdc.exitReasons.find((item) => item.code === code);
  return entry ? entry.fr : (code ?? '');
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
    birthDate: candidate.birthDate ?? '',
    gender: candidate.gender ? t(`import.gender.${candidate.gender}`) : '',
    commune: communeLabel(candidate.communeCode, language) ?? '',
    contact: [candidate.phone, candidate.email].filter(Boolean).join(' · '),
    spocAction: spocAction
      ? t('import.preview.spoc', { date: spocAction.date, kind: spocKindLabel(spocAction.kind, language) })
      : '',
    accompaniment: accompaniment
      ? [
          t('import.preview.accompanimentText', { metier: metierLabel(accompaniment.metier, language), date: accompaniment.startDate }),
          accompaniment.exitDate ? t('import.preview.exit', { date: accompaniment.exitDate, reason: exitReasonLabel(accompaniment.exitReason) }) : '',
        ]
          .filter(Boolean)
          .join(' ')
      : '',
  };
}

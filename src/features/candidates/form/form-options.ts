// The choices offered by the intake form's plain selects and radios, in the display language
// (communes and languages have their own searchable fields).
import { GENDER_CODES, CONSENT_SCOPE_CODES } from '../../../domain/codes';
import type { TFunction } from 'i18next';
import type { CandidateCodeList } from '../../../domain/candidate-fields';
import { certificationOptions, frenchLevelOptions, motivationOptions, sourceOptions, type CodeOption } from '../../../i18n/code-labels';

export function candidateFormOptions(t: TFunction, language: string) {
  return {
    // By the code lists of the candidate's field table (domain/candidate-fields.ts).
    codeLists: {
      genders: GENDER_CODES.map((code): CodeOption => ({ code, label: t(`gender.${code}`) })),
      frenchLevels: frenchLevelOptions(language),
      certificationAtEntry: certificationOptions(language),
      sources: sourceOptions(language),
      motivations: motivationOptions(language),
    } satisfies Record<CandidateCodeList, CodeOption<string | number>[]>,
    consentScopes: CONSENT_SCOPE_CODES.map((code): CodeOption => ({ code, label: t(`consentScope.${code}`) })),
    consentAnswers: [
      { code: 'yes', label: t('form.consentYes') },
      { code: 'no', label: t('form.consentNo') },
      { code: '', label: t('form.consentUnknown') },
    ],
  };
}

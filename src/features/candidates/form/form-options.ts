// The choices offered by the intake form, in the display language.
import { GENDER_CODES, CONSENT_SCOPE_CODES } from '../../../domain/codes';
import type { TFunction } from 'i18next';
import {
  certificationOptions,
  communeOptions,
  frenchLevelOptions,
  languageName,
  motivationOptions,
  sourceOptions,
  type CodeOption,
} from '../../../i18n/code-labels';

/** Languages most heard in Brussels outreach; a record's other languages are added to the list. */
export const COMMON_LANGUAGES = ['fr', 'nl', 'en', 'ar', 'rif', 'kab', 'tr', 'es', 'pt', 'it', 'ro', 'pl', 'bg', 'ru', 'uk', 'ln', 'so', 'ti', 'fa', 'ps'] as const;

export function candidateFormOptions(t: TFunction, language: string, recordLanguages: readonly string[] = []) {
  const languageCodes = [...COMMON_LANGUAGES, ...recordLanguages.filter((code) => !(COMMON_LANGUAGES as readonly string[]).includes(code))];
  return {
    genders: GENDER_CODES.map((code): CodeOption => ({ code, label: t(`gender.${code}`) })),
    communes: communeOptions(language),
    frenchLevels: frenchLevelOptions(language),
    certifications: certificationOptions(language),
    sources: sourceOptions(language),
    motivations: motivationOptions(language),
    languages: languageCodes.map((code) => ({ value: code, label: languageName(code, language) })),
    consentScopes: CONSENT_SCOPE_CODES.map((code) => ({ value: code, label: t(`consentScope.${code}`) })),
    consentAnswers: [
      { value: 'yes', label: t('form.consentYes') },
      { value: 'no', label: t('form.consentNo') },
      { value: '', label: t('form.consentUnknown') },
    ],
  };
}

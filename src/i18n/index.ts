// i18next setup: French by default, Dutch and English with the same keys. Resources are bundled
// (not fetched) so the app starts offline with its words.
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import fr from './locales/fr.json';
import nl from './locales/nl.json';
import en from './locales/en.json';

export const SUPPORTED_LANGUAGES = ['fr', 'nl', 'en'] as const;
export type AppLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export const resources = {
  fr: { translation: fr },
  nl: { translation: nl },
  en: { translation: en },
} as const;

/** A fresh, synchronously initialised instance (tests create their own; the app creates one). */
export function createI18n(language: AppLanguage = 'fr'): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'fr',
    supportedLngs: [...SUPPORTED_LANGUAGES],
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  return instance;
}

/** The translation key of a domain validation message key (`nameRequired` → `validation.nameRequired`). */
export function validationKey(messageKey: string | undefined): string {
  const known = messageKey !== undefined && messageKey in fr.validation;
  return `validation.${known ? messageKey : 'invalidValue'}`;
}

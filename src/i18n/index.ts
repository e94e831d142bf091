// i18next setup: French by default, Dutch and English with the same keys (see resources.ts).
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { SUPPORTED_LANGUAGES, translations, type AppLanguage } from './resources';

export { SUPPORTED_LANGUAGES, type AppLanguage };

export const resources = {
  fr: { translation: translations.fr },
  nl: { translation: translations.nl },
  en: { translation: translations.en },
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
  const validation = translations.fr.validation;
  const known = messageKey !== undefined && typeof validation === 'object' && messageKey in validation;
  return `validation.${known ? messageKey : 'invalidValue'}`;
}

// i18next setup for tests and screens that check keys: every language, synchronously (see
// resources.ts). The app starts with app-i18n.ts, which bundles French only.
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { i18nOptions } from './languages';
import { SUPPORTED_LANGUAGES, translations, type AppLanguage } from './resources';
import { rememberWords } from './loaded-words';

export { SUPPORTED_LANGUAGES, type AppLanguage };

export const resources = {
  fr: { translation: translations.fr },
  nl: { translation: translations.nl },
  en: { translation: translations.en },
} as const;
for (const language of SUPPORTED_LANGUAGES) rememberWords(language, translations[language]);

/** A fresh, synchronously initialised instance (tests create their own; the app creates one). */
export function createI18n(language: AppLanguage = 'fr'): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({ ...i18nOptions(language), resources });
  return instance;
}

export { validationKey } from './validation-key';

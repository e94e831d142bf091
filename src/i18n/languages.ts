// What every i18n entry point shares, kept free of the words themselves so that importing it
// loads no language: the languages, the shape of a locale tree, the merge of area files, and the
// i18next options.
import type { InitOptions } from 'i18next';

export const SUPPORTED_LANGUAGES = ['fr', 'nl', 'en'] as const;
export type AppLanguage = (typeof SUPPORTED_LANGUAGES)[number];

/**
 * Each language named in itself, the same whatever the interface language, so a reader finds theirs.
 * Written here rather than asked of Intl.DisplayNames: loading the browser's language names held
 * the first screen for a sizeable task on a slow tablet, for three words that never change.
 */
export const LANGUAGE_AUTONYMS: Readonly<Record<AppLanguage, string>> = { fr: 'Français', nl: 'Nederlands', en: 'English' };

export type LocaleTree = { [key: string]: string | LocaleTree };

/** Merges the area files (`./locales/<area>/<language>.json`) of one language; a key defined twice throws. */
export function mergeAreas(areaFiles: Record<string, LocaleTree>, language: AppLanguage): LocaleTree {
  const merged: LocaleTree = {};
  for (const [path, tree] of Object.entries(areaFiles)) {
    if (!path.endsWith(`/${language}.json`)) continue;
    for (const [key, value] of Object.entries(tree)) {
      if (key in merged) throw new Error(`The translation key "${key}" is defined twice (${path})`);
      merged[key] = value;
    }
  }
  return merged;
}

export function i18nOptions(language: AppLanguage): InitOptions {
  return {
    lng: language,
    fallbackLng: 'fr',
    supportedLngs: [...SUPPORTED_LANGUAGES],
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  };
}

// The words of the app, one folder per area (`locales/<area>/<language>.json`) so that each feature
// keeps its own file. Every file holds top-level keys; the areas are merged per language here.
// Bundled, not fetched, so the app starts offline with its words.
export const SUPPORTED_LANGUAGES = ['fr', 'nl', 'en'] as const;
export type AppLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export type LocaleTree = { [key: string]: string | LocaleTree };

const areaFiles = import.meta.glob<LocaleTree>('./locales/*/*.json', { eager: true, import: 'default' });

function mergeAreas(language: AppLanguage): LocaleTree {
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

export const translations: Record<AppLanguage, LocaleTree> = {
  fr: mergeAreas('fr'),
  nl: mergeAreas('nl'),
  en: mergeAreas('en'),
};

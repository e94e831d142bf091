// The words of the app, one folder per area (`locales/<area>/<language>.json`) so that each feature
// keeps its own file. Every file holds top-level keys; the areas are merged per language here.
// Every language at once, synchronously: for tests and for the few screens that check a key. The
// app itself starts with app-i18n.ts, which bundles French only and loads another language on demand.
import { mergeAreas, type AppLanguage, type LocaleTree } from './languages';

export { SUPPORTED_LANGUAGES, type AppLanguage, type LocaleTree } from './languages';

const areaFiles = import.meta.glob<LocaleTree>('./locales/*/*.json', { eager: true, import: 'default' });

export const translations: Record<AppLanguage, LocaleTree> = {
  fr: mergeAreas(areaFiles, 'fr'),
  nl: mergeAreas(areaFiles, 'nl'),
  en: mergeAreas(areaFiles, 'en'),
};

// The app's i18next instance. French (the default and the fallback) is in the first bundle; Dutch
// or English is loaded only when it is the adviser's language, so the login screen carries one
// language's words, not three. (Tests use createI18n() of index.ts, synchronous, every language.)
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { i18nOptions, mergeAreas, type AppLanguage, type LocaleTree } from './languages';
import { rememberWords } from './loaded-words';

const frenchFiles = import.meta.glob<LocaleTree>('./locales/*/fr.json', { eager: true, import: 'default' });
const otherFiles = import.meta.glob<LocaleTree>(['./locales/*/nl.json', './locales/*/en.json'], { import: 'default' });

async function loadWords(language: Exclude<AppLanguage, 'fr'>): Promise<LocaleTree> {
  const entries = Object.entries(otherFiles).filter(([path]) => path.endsWith(`/${language}.json`));
  const trees = await Promise.all(entries.map(async ([path, load]) => [path, await load()] as const));
  const words = mergeAreas(Object.fromEntries(trees), language);
  rememberWords(language, words);
  return words;
}

/** Initialised with French at once; resolves once `language`'s words are there too. */
export async function createAppI18n(language: AppLanguage = 'fr'): Promise<i18n> {
  const instance = i18next.createInstance();
  const french = mergeAreas(frenchFiles, 'fr');
  rememberWords('fr', french);
  const resources: Record<string, { translation: LocaleTree }> = { fr: { translation: french } };
  if (language !== 'fr') resources[language] = { translation: await loadWords(language) };
  await instance.use(initReactI18next).init({ ...i18nOptions(language), resources });
  return instance;
}

/** Makes sure `language`'s words are in the instance (loading them on first use), then switches. */
export async function switchLanguage(instance: i18n, language: AppLanguage): Promise<void> {
  if (language !== 'fr' && !instance.hasResourceBundle(language, 'translation')) {
    instance.addResourceBundle(language, 'translation', await loadWords(language), true, true);
  }
  await instance.changeLanguage(language);
}

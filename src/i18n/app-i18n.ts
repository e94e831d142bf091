// The app's i18next instance. The first bundle carries only the words of the first screens (login,
// not found, update banner: the areas login, pwa and shell) in French, the default and fallback;
// words only signed-in screens read live in other areas, such as `common` (docs/first-screen.md).
// The words of the signed-in screens are loaded once a workspace opens (loadWorkspaceWords, awaited
// by the route guards), and Dutch or English only when it is the adviser's language: the login
// screen carries one language's first words, not every screen's words in three languages.
// (Tests use createI18n() of index.ts, synchronous, every language.)
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { i18nOptions, mergeAreas, type AppLanguage, type LocaleTree } from './languages';
import { rememberWords } from './loaded-words';

type Loaders = Record<AppLanguage, () => Promise<{ default: LocaleTree }>>;

/** Areas (folders of locales/) the login, not-found and update screens read (also in src/i18n/words). */
const firstFrench = import.meta.glob<LocaleTree>('./locales/{login,pwa,shell}/fr.json', { eager: true, import: 'default' });
const FIRST_WORDS: Loaders = {
  fr: async () => ({ default: mergeAreas(firstFrench, 'fr') }),
  nl: () => import('./words/first-nl'),
  en: () => import('./words/first-en'),
};
const WORKSPACE_WORDS: Loaders = {
  fr: () => import('./words/workspace-fr'),
  nl: () => import('./words/workspace-nl'),
  en: () => import('./words/workspace-en'),
};

async function loadAreas(loaders: Loaders, language: AppLanguage): Promise<LocaleTree> {
  return (await loaders[language]()).default;
}

interface AppWords {
  /** Languages whose first-screen words are in the instance. */
  first: Set<AppLanguage>;
  /** The workspace words, per language, loaded or loading. */
  workspace: Map<AppLanguage, Promise<void>>;
  /** Languages whose workspace words are in the instance. */
  workspaceReady: Set<AppLanguage>;
  /** Set once the workspace words were asked for: a language switched to later gets them too. */
  workspaceWanted: boolean;
}

/** Instances made here; an instance not in it (tests' createI18n) has every word already. */
const appWords = new WeakMap<i18n, AppWords>();

/**
 * The instance itself: react-i18next's useTranslation hands out a copy of it (a new one after each
 * language change) that keeps the original under `__original`.
 */
function originalOf(instance: i18n): i18n {
  return (instance as i18n & { __original?: i18n }).__original ?? instance;
}

function addWords(instance: i18n, language: AppLanguage, words: LocaleTree): void {
  instance.addResourceBundle(language, 'translation', words, true, true);
  rememberWords(language, instance.getResourceBundle(language, 'translation') as LocaleTree);
}

async function loadFirstWords(instance: i18n, state: AppWords, language: AppLanguage): Promise<void> {
  if (state.first.has(language)) return;
  addWords(instance, language, await loadAreas(FIRST_WORDS, language));
  state.first.add(language);
}

function loadWorkspaceWordsOf(instance: i18n, state: AppWords, language: AppLanguage): Promise<void> {
  let loading = state.workspace.get(language);
  if (!loading) {
    loading = loadAreas(WORKSPACE_WORDS, language).then((words) => {
      addWords(instance, language, words);
      state.workspaceReady.add(language);
    });
    // A failed load (an update replaced the files, say) is tried again on the next call.
    loading.catch(() => state.workspace.delete(language));
    state.workspace.set(language, loading);
  }
  return loading;
}

/** Initialised with French's first words at once; resolves once `language`'s first words are there too. */
export async function createAppI18n(language: AppLanguage = 'fr'): Promise<i18n> {
  const instance = i18next.createInstance();
  const state: AppWords = { first: new Set(), workspace: new Map(), workspaceReady: new Set(), workspaceWanted: false };
  const resources: Record<string, { translation: LocaleTree }> = {};
  for (const first of new Set<AppLanguage>(['fr', language])) {
    const words = await loadAreas(FIRST_WORDS, first);
    rememberWords(first, words);
    resources[first] = { translation: words };
    state.first.add(first);
  }
  await instance.use(initReactI18next).init({ ...i18nOptions(language), resources });
  appWords.set(instance, state);
  return instance;
}

function currentLanguage(instance: i18n): AppLanguage {
  return (instance.resolvedLanguage ?? instance.language) as AppLanguage;
}

/** True when the signed-in screens' words of the current language (and French, the fallback) are there. */
export function hasWorkspaceWords(given: i18n): boolean {
  const instance = originalOf(given);
  const state = appWords.get(instance);
  return !state || (state.workspaceReady.has('fr') && state.workspaceReady.has(currentLanguage(instance)));
}

/** Loads the signed-in screens' words of the current language and of French (the fallback). */
export async function loadWorkspaceWords(given: i18n): Promise<void> {
  const instance = originalOf(given);
  const state = appWords.get(instance);
  if (!state) return;
  state.workspaceWanted = true;
  const languages = new Set<AppLanguage>(['fr', currentLanguage(instance)]);
  await Promise.all([...languages].map((language) => loadWorkspaceWordsOf(instance, state, language)));
}

/** Makes sure `language`'s words are in the instance (loading them on first use), then switches. */
export async function switchLanguage(given: i18n, language: AppLanguage): Promise<void> {
  const instance = originalOf(given);
  const state = appWords.get(instance);
  if (state) {
    await loadFirstWords(instance, state, language);
    if (state.workspaceWanted) await loadWorkspaceWordsOf(instance, state, language);
  }
  await instance.changeLanguage(language);
}

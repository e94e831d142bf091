// Languages a candidate may speak: those most heard in Brussels outreach first, then many more
// (ISO 639 codes, named by the browser's ICU data or our own words for Riffian, Kabyle…).
import { languageName } from '../../../i18n/code-labels';
import { foldForFilter } from './commune-options';

/** Languages most heard in Brussels outreach, offered first. */
export const COMMON_LANGUAGES = ['fr', 'nl', 'en', 'ar', 'rif', 'kab', 'tr', 'es', 'pt', 'it', 'ro', 'pl', 'bg', 'ru', 'uk', 'ln', 'so', 'ti', 'fa', 'ps'] as const;

const MORE_LANGUAGES = [
  'am', 'az', 'bm', 'bn', 'bs', 'ca', 'ckb', 'cs', 'da', 'de', 'el', 'et', 'eu', 'ff', 'fi', 'ha', 'he', 'hi', 'hr', 'hu',
  'hy', 'id', 'ig', 'ja', 'ka', 'kg', 'kk', 'ko', 'ku', 'ky', 'lg', 'lt', 'lu', 'lv', 'mg', 'mk', 'mn', 'ms', 'ne', 'no',
  'om', 'pa', 'rn', 'rw', 'sg', 'shi', 'si', 'sk', 'sl', 'sq', 'sr', 'sv', 'sw', 'ta', 'te', 'tg', 'th', 'tk', 'tl', 'tzm',
  'ur', 'uz', 'vi', 'wo', 'yo', 'zh',
] as const;

export interface LanguageChoice {
  code: string;
  label: string;
  folded: string;
}

export function languageChoices(displayLanguage: string, recordLanguages: readonly string[] = []): LanguageChoice[] {
  const common = COMMON_LANGUAGES as readonly string[];
  const others = [...new Set([...MORE_LANGUAGES, ...recordLanguages])].filter((code) => !common.includes(code));
  const named = (code: string): LanguageChoice => {
    const label = languageName(code, displayLanguage);
    return { code, label, folded: foldForFilter(label) };
  };
  return [...common.map(named), ...others.map(named).sort((a, b) => a.label.localeCompare(b.label, displayLanguage))];
}

/** Languages whose name (or code) starts with, or has a word starting with, what was typed. */
export function filterLanguages(choices: readonly LanguageChoice[], typed: string, exclude: readonly string[]): LanguageChoice[] {
  const query = foldForFilter(typed);
  const open = choices.filter((choice) => !exclude.includes(choice.code));
  if (!query) return open;
  return open.filter((choice) => choice.code === query || choice.folded.split(' ').some((word) => word.startsWith(query)));
}

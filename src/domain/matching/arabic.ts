// Arabic-script names for search and duplicate checks (docs/people-matching.md). No transliteration
// package is in the project and the matcher needs one that agrees with its own phonetic classes,
// so the table is here, written for names as they are written in Brussels (Maghreb and Middle-East
// spellings, a little Persian/Urdu): each letter becomes the Latin letters its sound is usually
// spelt with (ش → ch, ج → j, خ → kh, ع → a…). Short vowels are not written in Arabic, so an
// Arabic-script word and a Latin spelling of it are compared by their consonant skeleton
// (`skeletonOf`), which drops vowels and the glides w/y that Arabic writes for long vowels.
import { phoneticKeys } from './phonetic';

/** Arabic letters → Latin letters (lower case, a–z). Harakat are marks and fold away on their own. */
export const ARABIC_LETTERS: Readonly<Record<string, string>> = {
  ء: '',
  آ: 'a',
  أ: 'a',
  ؤ: 'ou',
  إ: 'i',
  ئ: 'i',
  ا: 'a',
  ٱ: 'a',
  ب: 'b',
  ة: 'a',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'ch',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'dh',
  ع: 'a',
  غ: 'gh',
  ـ: '',
  ف: 'f',
  ق: 'k',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  و: 'w',
  ى: 'a',
  ي: 'y',
  // Persian and Urdu letters met in names.
  پ: 'p',
  چ: 'tch',
  ژ: 'zh',
  ک: 'k',
  گ: 'g',
  ی: 'y',
  ۀ: 'a',
  ھ: 'h',
  ہ: 'h',
  ے: 'e',
};

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

/** Whether a typed value holds Arabic-script letters. */
export function hasArabicScript(value: string | null | undefined): boolean {
  return Boolean(value) && ARABIC_SCRIPT.test(value as string);
}

/**
 * The consonant skeleton of a folded word: its phonetic key without vowel classes or the glides
 * (V for w/ou, Y), a final d/b read as t/p. "mohamed", "muhammad" and محمد ("mhmd") all give "MHMT";
 * "youssef" and يوسف ("ywsf") give "ZF". Used only across scripts, where vowels are unwritten.
 */
export function skeletonOf(word: string): string {
  const key = phoneticKeys(word)[0] ?? '';
  return key.replace(/[AEIOUVY]/g, '').replace(/D$/, 'T').replace(/B$/, 'P');
}

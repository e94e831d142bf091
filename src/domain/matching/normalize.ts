// Name normalization for search and duplicate checks: accents, case, punctuation, apostrophes and
// hyphens folded away, then name particles handled so that "El Amrani", "Al-Amrani", "Elamrani"
// and "Amrani" compare equal, "Ben Ali" = "Benali", "Abd el Kader" = "Abdelkader" and
// "Nour Eddine" = "Noureddine". Order-insensitivity is the caller's (the matcher compares bags of
// tokens); `nameKey` gives the order-insensitive key of a whole name. Arabic-script letters fold to
// Latin letters (arabic.ts), so such names are searched and compared like any other.
import { ARABIC_LETTERS } from './arabic';

/** Letters that NFD does not decompose, folded by hand (Nordic, Polish, Croatian, Turkish, German…). */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŀ: 'l',
  ŉ: 'n',
  ĸ: 'k',
  ʻ: '',
  // Turkish and Slavic sibilants keep their sound so that Ayşe ≈ Aïcha and Kowalczyk ≈ Kovalčik.
  ş: 'sh',
  ș: 'sh',
  š: 'sh',
  č: 'ch',
  ž: 'zh',
};

const MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’‘`´ʼʾʿ′]/;

/**
 * Lower case, without accents, apostrophes or marks; every other non-letter (hyphen, dot, digit,
 * comma…) becomes a single space. Keeps only a–z and spaces. Idempotent.
 */
export function foldName(value: string): string {
  return foldWithHyphens(value).replace(/-/g, ' ').replace(/ +/g, ' ').trim();
}

const foldedChars = new Map<string, string>();

/** One character folded: a–z, '-', ' ' or '' (slow path, cached per character). */
function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    const lowered = char.toLowerCase();
    const special = SPECIAL_LETTERS[lowered] ?? ARABIC_LETTERS[char];
    if (special !== undefined) folded = special;
    else if (APOSTROPHES.test(char)) folded = '';
    else if (/^[‐‑‒–—-]$/.test(char)) folded = '-';
    else {
      const stripped = lowered.normalize('NFD').replace(MARKS, '');
      folded = /^[a-z]+$/.test(stripped) ? stripped : stripped === '' && /\p{M}/u.test(char) ? '' : ' ';
    }
    foldedChars.set(char, folded);
  }
  return folded;
}

/** As foldName, but hyphens survive (as "-", without spaces around) for the hyphenated-article rule. */
function foldWithHyphens(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 97 && code <= 122) out += value[i];
    else if (code >= 65 && code <= 90) out += String.fromCharCode(code + 32);
    else if (code === 32) out += ' ';
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length) {
      out += foldChar(value.slice(i, i + 2));
      i++;
    } else out += foldChar(value[i] as string);
  }
  if (/^[a-z]*$/.test(out)) return out;
  return out.replace(/ +/g, ' ').replace(/ *- */g, '-').replace(/-+/g, '-').trim();
}

/** Particles dropped when other words remain in the same field ("El Amrani" → "amrani"). */
export const DROPPED_PARTICLES: ReadonlySet<string> = new Set([
  'el', 'al', 'ul', 'le', 'la', 'les',
  'van', 'von', 'vanden', 'vander', 'vande', 'der', 'den', 'de', 'del', 'della', 'des', 'du', 'da', 'das', 'do', 'dos', 'di',
  'ter', 'ten', 't', 'het', 'y', 'e',
]);

/** Patronymic / family particles glued to the next word: "Ben Ali" = "Benali", "Aït Ahmed" = "Aitahmed". */
const GLUED_TO_NEXT: ReadonlySet<string> = new Set([
  'ben', 'bin', 'ibn', 'bent', 'bint', 'ould', 'bou', 'abou', 'abu', 'aboul', 'abul', 'ait', 'ath', 'ag',
  // The same particles in Arabic script, as arabic.ts folds them: بن, بنت, أبو, بو, آيت.
  'bn', 'bnt', 'abw', 'bw', 'ayt',
]);

/** The "Abd" forms: "Abd el Kader", "Abdel Kader", "Abdul Kadir" all glue into one word. */
const ABD_FORMS: ReadonlySet<string> = new Set(['abd', 'abdel', 'abdal', 'abdul', 'abdoul', 'abdol', 'abdil', 'abdou', 'abdu']);

/** Arabic article forms between words ("Abd **al** Qadir", "Nour **el** Din"). */
const ARTICLES: ReadonlySet<string> = new Set(['el', 'al', 'ul', 'oul', 'il', 'ol', 'ed', 'ad', 'ud', 'ec', 'es', 'as', 'et', 'at', 'ez', 'az', 'en', 'an', 'er', 'ar']);

/** Second elements of compound given names glued to the previous word: "Nour Eddine" = "Noureddine". */
const GLUED_TO_PREVIOUS: ReadonlySet<string> = new Set([
  'eddine', 'eddin', 'edine', 'edin', 'dine', 'din', 'uddin', 'uddine', 'eddyn',
  'allah', 'ullah', 'illah', 'ellah',
]);

/**
 * Name variants no phonetic key can join but that are the same name (documented in README-like
 * comments of the tests): the Turkish forms of Muhammad, the Maghreb short form of Ibrahim, the
 * Turkish form of Khadija.
 */
const NAME_VARIANTS: Readonly<Record<string, string>> = {
  mehmet: 'mohamed',
  mehmed: 'mohamed',
  brahim: 'ibrahim',
  hatice: 'khadija',
};

/**
 * Prefixes that may be written glued to the name or left out ("Elamrani", "Vandenbossche", "Decock",
 * "Aït Ouali"/"Ouali"; not "Ben": Benali is not Ali): such a
 * word also matches without its prefix when at least 4 letters remain.
 */
const GLUED_PREFIXES = ['vanden', 'vander', 'vande', 'van', 'el', 'al', 'ait', 'de', 'le', 'la', 'du'] as const;

/** Hyphenated (possibly sun-letter assimilated) Arabic articles: "Es-Saadi", "Ech-Chaoui", "Al-Amrani". */
const HYPHEN_ARTICLE = /(^| )(?:[ae](?:l|d|s|t|z|n|r|sh|ch|th|dh|dj)|ul)-/g;

/** The words of one name field after folding and particle handling. Idempotent on its own output. */
export function nameTokens(value: string | null | undefined): string[] {
  if (!value) return [];
  return tokensOfFolded(foldWithHyphens(value));
}

/** A name field folded once, for callers that need both its raw words and its tokens. */
export function foldNameField(value: string | null | undefined): { words: string[]; tokens: string[] } {
  if (!value) return { words: [], tokens: [] };
  const folded = foldWithHyphens(value);
  return { words: folded.split(/[ -]/).filter((word) => word.length > 0), tokens: tokensOfFolded(folded) };
}

function tokensOfFolded(hyphenFolded: string): string[] {
  const folded = hyphenFolded.includes('-') ? hyphenFolded.replace(HYPHEN_ARTICLE, '$1el ') : hyphenFolded;
  const words = folded.replace(/-/g, ' ').split(' ').filter((word) => word.length > 0);
  // Merge until nothing changes ("abdu l kader" → "abdul kader" → "abdulkader"), so that the
  // result is stable when normalized again.
  let merged = words;
  for (let round = 0; round < 8; round++) {
    const next = mergeParticles(merged);
    if (next.length === merged.length) break;
    merged = next;
  }
  return dropParticles(merged).map((word) => NAME_VARIANTS[word] ?? word);
}

function mergeParticles(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const next = words[i + 1];
    if (ABD_FORMS.has(word) && next !== undefined) {
      const afterArticle = words[i + 2];
      if (ARTICLES.has(next) && afterArticle !== undefined) {
        out.push(word + next + afterArticle);
        i += 2;
      } else {
        out.push(word === 'abd' && /^[^aeiouy]/.test(next) ? `abdel${next}` : word + next);
        i += 1;
      }
      continue;
    }
    if (GLUED_TO_NEXT.has(word) && next !== undefined) {
      // "Ben El Mostafa" = "Benelmostafa"; chains ("Ould Ben Ali") glue on.
      let glued = word;
      let j = i + 1;
      while (j < words.length) {
        const part = words[j] as string;
        glued += part;
        j++;
        if (!(GLUED_TO_NEXT.has(part) || ARTICLES.has(part)) || j >= words.length) break;
      }
      out.push(glued);
      i = j - 1;
      continue;
    }
    const previous = out.length > 0 ? out[out.length - 1] : undefined;
    if (previous !== undefined && ARTICLES.has(word) && next !== undefined && GLUED_TO_PREVIOUS.has(next)) {
      out[out.length - 1] = previous + word + next;
      i += 1;
      continue;
    }
    if (previous !== undefined && GLUED_TO_PREVIOUS.has(word)) {
      out[out.length - 1] = previous + word;
      continue;
    }
    out.push(word);
  }
  return out;
}

function dropParticles(words: string[]): string[] {
  const kept = words.filter((word) => !DROPPED_PARTICLES.has(word));
  return kept.length > 0 ? kept : words;
}

/** Another form of a word without a glued prefix ("elamrani" → "amrani"), if any. */
export function withoutGluedPrefix(word: string): string | undefined {
  for (const prefix of GLUED_PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 4) return word.slice(prefix.length);
  }
  return undefined;
}

export interface NormalizedName {
  first: string[];
  last: string[];
}

export function normalizeName(firstName: string | null | undefined, lastName: string | null | undefined): NormalizedName {
  return { first: nameTokens(firstName), last: nameTokens(lastName) };
}

/** The order-insensitive key of a whole name: its words sorted, glued prefixes removed. */
export function nameKey(firstName: string | null | undefined, lastName: string | null | undefined): string {
  const { first, last } = normalizeName(firstName, lastName);
  return [...first, ...last]
    .map((word) => withoutGluedPrefix(word) ?? word)
    .sort()
    .join(' ');
}

/** The digits of a phone number in national form: "+32 475 12 34 56" and "0475/12.34.56" → "0475123456". */
export function phoneDigits(value: string | null | undefined): string {
  if (!value) return '';
  let digits = value.replace(/\D+/g, '');
  if (digits.startsWith('0032')) digits = `0${digits.slice(4)}`;
  else if (value.trim().startsWith('+32')) digits = `0${digits.slice(2)}`;
  return digits;
}

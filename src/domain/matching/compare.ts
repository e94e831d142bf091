// Comparing two people's names and birth dates: the evidence and score of a likely duplicate.
import { hasArabicScript, skeletonOf } from './arabic';
import { nameTokens, withoutGluedPrefix } from './normalize';
import { phoneticKeys } from './phonetic';
import { withinTypo } from './typo';

export type MatchReason =
  | 'same-name'
  | 'similar-name'
  | 'phonetic'
  | 'other-script'
  | 'same-birth-date'
  | 'same-birth-year'
  | 'swapped-names';

export type NameField = 'first' | 'last';

/** One word of a name with everything needed to compare it, computed once. */
export interface NameToken {
  field: NameField;
  /** The word, and the word without a glued prefix ("elamrani", "amrani"). */
  forms: string[];
  /** The phonetic keys of the forms. */
  keys: string[];
  /** Typed in Arabic script (its forms are a transliteration: arabic.ts). */
  arabic: boolean;
  /** The consonant skeletons of the forms, compared only across scripts. */
  skeletons: string[];
}

/** A name token from its folded word; `keysOf` gives phonetic keys (the index caches them). */
export function tokenOfWord(word: string, field: NameField, arabic: boolean, keysOf: PhoneticKeyFn): NameToken {
  const alt = withoutGluedPrefix(word);
  const forms = alt === undefined ? [word] : [word, alt];
  const keys = alt === undefined ? keysOf(word) : [...new Set([...keysOf(word), ...keysOf(alt)])];
  const skeletons = [...new Set(forms.map(skeletonOf).filter((skeleton) => skeleton.length > 0))];
  return { field, forms, keys, arabic, skeletons };
}

export type PhoneticKeyFn = (word: string) => string[];

function tokensOfField(value: string | null | undefined, field: NameField, keysOf: PhoneticKeyFn): NameToken[] {
  const arabic = hasArabicScript(value);
  return nameTokens(value).map((word) => tokenOfWord(word, field, arabic, keysOf));
}

/** The comparable words of a first and last name. */
export function nameTokensOf(
  firstName: string | null | undefined,
  lastName: string | null | undefined,
  keysOf: PhoneticKeyFn = phoneticKeys,
): NameToken[] {
  return [...tokensOfField(firstName, 'first', keysOf), ...tokensOfField(lastName, 'last', keysOf)];
}

type Level = 'exact' | 'phonetic' | 'typo' | 'script';
const LEVELS: readonly Level[] = ['exact', 'phonetic', 'typo', 'script'];

function intersects(a: readonly string[], b: readonly string[]): boolean {
  return a.some((value) => b.includes(value));
}

function matchesAt(a: NameToken, b: NameToken, level: Level): boolean {
  if (level === 'exact') return intersects(a.forms, b.forms);
  if (level === 'phonetic') return intersects(a.keys, b.keys);
  if (level === 'typo') return a.forms.some((x) => b.forms.some((y) => withinTypo(x, y)));
  // One word in Arabic script, the other in Latin letters: vowels are unwritten on one side.
  return a.arabic !== b.arabic && intersects(a.skeletons, b.skeletons);
}

export interface NameComparison {
  /** 0–1: 1 for the same words in the same fields. */
  strength: number;
  reasons: MatchReason[];
}

/**
 * Whether two names are the same or a likely variant of each other, in any word order and with
 * first and last names possibly swapped. Every word of the shorter name must match a distinct word
 * of the other (exactly, phonetically or within the typo budget), and at least two words must match
 * unless both names are a single word.
 */
export function compareNames(a: readonly NameToken[], b: readonly NameToken[]): NameComparison | undefined {
  if (a.length === 0 || b.length === 0) return undefined;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 1 && long.length > 1) return undefined;
  const partner = new Array<number>(short.length).fill(-1);
  const levelOf = new Array<Level | undefined>(short.length).fill(undefined);
  const taken = new Array<boolean>(long.length).fill(false);
  for (const level of LEVELS) {
    for (let i = 0; i < short.length; i++) {
      if (partner[i] !== -1) continue;
      for (let j = 0; j < long.length; j++) {
        if (taken[j] || !matchesAt(short[i] as NameToken, long[j] as NameToken, level)) continue;
        partner[i] = j;
        levelOf[i] = level;
        taken[j] = true;
        break;
      }
    }
  }
  if (partner.some((j) => j === -1)) return undefined;

  let straight = 0;
  let crossed = 0;
  partner.forEach((j, i) => {
    if ((short[i] as NameToken).field === (long[j] as NameToken).field) straight++;
    else crossed++;
  });
  const hasBothFields = (tokens: readonly NameToken[]) =>
    tokens.some((token) => token.field === 'first') && tokens.some((token) => token.field === 'last');
  const swapped = crossed > 0 && straight === 0 && hasBothFields(short) && hasBothFields(long);
  const mixed = crossed > 0 && !swapped;
  const allExact = levelOf.every((level) => level === 'exact');
  const anyTypo = levelOf.includes('typo');
  const anyPhonetic = levelOf.includes('phonetic');
  const anyScript = levelOf.includes('script');
  const sameLength = short.length === long.length;

  if (allExact && sameLength && !mixed) {
    return swapped ? { strength: 0.95, reasons: ['swapped-names'] } : { strength: 1, reasons: ['same-name'] };
  }
  let strength = allExact ? 1 : anyTypo || anyScript ? 0.8 : 0.85;
  if (!sameLength) strength -= 0.1;
  if (swapped || mixed) strength -= 0.05;
  const reasons: MatchReason[] = ['similar-name'];
  if (anyPhonetic) reasons.push('phonetic');
  if (anyScript) reasons.push('other-script');
  if (swapped) reasons.push('swapped-names');
  return { strength: Math.round(strength * 100) / 100, reasons };
}

export type BirthComparison =
  | { kind: 'missing' }
  | { kind: 'conflict' }
  | { kind: 'match'; score: number; reason: 'same-birth-date' | 'same-birth-year' };

/**
 * Birth dates are `YYYY-MM-DD` or a bare `YYYY`. Different years: a different person. The same
 * full date: 1. Day and month swapped: 0.6. A year against a full date of that year: 0.5. Two
 * different full dates of one year: 0.25 when day or month agree, else 0.1.
 */
export function compareBirth(a: string | null | undefined, b: string | null | undefined): BirthComparison {
  if (!a || !b) return { kind: 'missing' };
  if (a.slice(0, 4) !== b.slice(0, 4)) return { kind: 'conflict' };
  if (a.length < 10 || b.length < 10) return { kind: 'match', score: 0.5, reason: 'same-birth-year' };
  if (a === b) return { kind: 'match', score: 1, reason: 'same-birth-date' };
  const [monthA, dayA] = [a.slice(5, 7), a.slice(8, 10)];
  const [monthB, dayB] = [b.slice(5, 7), b.slice(8, 10)];
  if (monthA === dayB && dayA === monthB) return { kind: 'match', score: 0.6, reason: 'same-birth-year' };
  if (monthA === monthB || dayA === dayB) return { kind: 'match', score: 0.25, reason: 'same-birth-year' };
  return { kind: 'match', score: 0.1, reason: 'same-birth-year' };
}

export type MatchLevel = 'certain' | 'likely' | 'possible';

/** From 0.85 a duplicate is certain, from 0.65 likely, below that only possible. */
export function levelOfScore(score: number): MatchLevel {
  if (score >= 0.85) return 'certain';
  if (score >= 0.65) return 'likely';
  return 'possible';
}

export interface PersonComparison {
  score: number;
  level: MatchLevel;
  reasons: MatchReason[];
}

/**
 * The duplicate score of two people: 0.6 × name strength + 0.4 × birth agreement. Same name and
 * same birth date: 1 (certain). Similar name and same birth date: ~0.9 (certain). Same or similar
 * name and the same year (one side a bare year): 0.65–0.8 (likely). Name alone, when either birth
 * date is unknown: 0.4–0.6 (possible). Birth years that differ: no match whatever the name.
 */
export function comparePeople(
  aTokens: readonly NameToken[],
  aBirth: string | null | undefined,
  bTokens: readonly NameToken[],
  bBirth: string | null | undefined,
): PersonComparison | undefined {
  const birth = compareBirth(aBirth, bBirth);
  if (birth.kind === 'conflict') return undefined;
  const name = compareNames(aTokens, bTokens);
  if (!name) return undefined;
  const birthScore = birth.kind === 'match' ? birth.score : 0;
  const score = Math.round((0.6 * name.strength + 0.4 * birthScore) * 1000) / 1000;
  const reasons = birth.kind === 'match' ? [...name.reasons, birth.reason] : name.reasons;
  return { score, level: levelOfScore(score), reasons };
}

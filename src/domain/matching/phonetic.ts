// A phonetic key for names transliterated from Arabic, Berber, Turkish, Slavic and African
// languages into French, Dutch or English spelling. Plain Soundex is English-centric and drops the
// vowels that tell Said from Saad or Karim from Karima; this key instead:
// - maps spelling variants of one sound to one class: ph/f; kh/h (Khalid, Turkish Halid);
//   ch/sh/sch/tch/tsh/cz/sz/ş/š (Aïcha, Ayşe, Tshibangu/Tchibangu); dj/j/zh/g before e, i, y;
//   q/k/ck/c before a, o, u; c before e, i, y/s/z; w/v and ou before a vowel (Marouane, Marwan);
//   th/t; dh/d; x/ks; gh/g; a final d/t (Ahmed, Ahmet) and b/p (Zaynab, Zeynep); double letters;
//   a final h after a vowel;
// - drops vowels in the middle of the word (their transliteration is unstable: Mohamed, Muhammad,
//   Youssef, Yusuf) but keeps a class for the first vowel group — a/e, i/y, o/u/ou, and the
//   diphthongs ai/ay/ei/ey — and for a final vowel (Karim ≠ Karima, Ali ≠ Alia, Fatma = Fatima);
// - gives a word ending in consonant + "e" a second key without it (French silent e: Amine = Amin,
//   while Ayşe still matches Aisha).
// j is kept apart from y, so Joseph does not match Youssef (Jusuf/Yusuf are one typo apart).
// Input: a word of a–z as produced by normalize.ts.

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

function isVowel(char: string | undefined): boolean {
  return char !== undefined && VOWELS.has(char);
}

/** Consonant classes are upper-case letters; vowels stay lower-case a, e, i, o, u. */
function symbols(word: string): string[] {
  let text = word
    .replace(/eau/g, 'o')
    .replace(/ee/g, 'i')
    .replace(/oo/g, 'u')
    .replace(/ou(?=[aeiy])/g, 'w')
    .replace(/ou/g, 'u');
  text = text.replace(/(?<=[aeiouy])h+$/, '');
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    const rest = text.slice(i);
    const char = text[i] as string;
    const next = text[i + 1];
    let match: [string, number] | undefined;
    if (/^(tsch|tsh|tch|sch|ch|sh|sz|cz|cs)/.test(rest)) match = ['S', (/^(tsch|tsh|tch|sch|ch|sh|sz|cz|cs)/.exec(rest)?.[0] ?? '').length];
    else if (/^(dzh|dj|dz|zh)/.test(rest)) match = ['J', (/^(dzh|dj|dz|zh)/.exec(rest)?.[0] ?? '').length];
    else if (rest.startsWith('kh')) match = ['H', 2];
    else if (rest.startsWith('gh')) match = ['G', 2];
    else if (rest.startsWith('ph')) match = ['F', 2];
    else if (rest.startsWith('th')) match = ['T', 2];
    else if (rest.startsWith('dh')) match = ['D', 2];
    else if (rest.startsWith('qu') || rest.startsWith('ck')) match = ['K', 2];
    else if (/^gu[eiy]/.test(rest)) match = ['G', 2];
    else {
      switch (char) {
        case 'a':
        case 'e':
        case 'i':
        case 'o':
        case 'u':
          match = [char, 1];
          break;
        case 'y':
          match = i === 0 && isVowel(next) ? ['Y', 1] : ['i', 1];
          break;
        case 'g':
          match = next === 'e' || next === 'i' || next === 'y' ? ['J', 1] : ['G', 1];
          break;
        case 'c':
          match = next === 'e' || next === 'i' || next === 'y' ? ['Z', 1] : ['K', 1];
          break;
        case 'q':
        case 'k':
          match = ['K', 1];
          break;
        case 's':
        case 'z':
          match = ['Z', 1];
          break;
        case 'x':
          out.push('K');
          match = ['Z', 1];
          break;
        case 'w':
        case 'v':
          match = ['V', 1];
          break;
        default:
          match = [char.toUpperCase(), 1];
      }
    }
    out.push(match[0]);
    i += match[1];
  }
  return out;
}

function vowelClass(run: string): string {
  if (/[ae]i/.test(run)) return 'E';
  if (run.startsWith('o') || run.startsWith('u') || run === 'au') return 'U';
  if (run.startsWith('i')) return 'I';
  return 'A';
}

/** The phonetic keys of a normalized word: one, or two for a final consonant + "e". */
export function phoneticKeys(word: string): string[] {
  const syms = symbols(word);
  // Collapse doubled consonant classes (Mohammed, Youssef, Kassongo).
  const collapsed: string[] = [];
  for (const sym of syms) {
    if (sym !== sym.toLowerCase() && collapsed[collapsed.length - 1] === sym) continue;
    collapsed.push(sym);
  }
  let key = '';
  let firstVowelDone = false;
  let run = '';
  let lastRun = '';
  for (const sym of collapsed) {
    if (isVowel(sym)) {
      run += sym;
      continue;
    }
    if (run) {
      if (!firstVowelDone) key += vowelClass(run);
      firstVowelDone = true;
      run = '';
    }
    key += sym;
  }
  if (run) {
    // A final vowel group keeps the class of its last vowel (Ali ≠ Alia); when it is also the
    // first group, both classes are kept (Ndiaye).
    lastRun = run;
    if (!firstVowelDone) key += vowelClass(run);
    const last = run[run.length - 1] as string;
    key += last === 'a' || last === 'e' ? 'A' : last === 'i' ? 'I' : 'U';
  }
  if (!lastRun) key = key.replace(/D$/, 'T').replace(/B$/, 'P');
  if (key.length === 0) return [];
  const keys = [key];
  // French silent e: "Amine" also keys as "Amin", "Yassine" as "Yassin".
  if (lastRun === 'e' && key.length > 2) {
    keys.push(key.slice(0, -1).replace(/D$/, 'T').replace(/B$/, 'P'));
  }
  return keys;
}

/** The first phonetic key of a word (for display in tests and debugging). */
export function phoneticKey(word: string): string {
  return phoneticKeys(word)[0] ?? '';
}

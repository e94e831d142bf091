// Typo tolerance: a bounded Damerau-Levenshtein distance (optimal string alignment: insertions,
// deletions, substitutions and transpositions of adjacent letters) on normalized words.

/**
 * The edits allowed between two words, by the length of the shorter: none up to 4 letters (Said ≠
 * Saad, Omar/Amar are left to the phonetic key), 1 up to 7, 2 from 8.
 */
export function typoBudget(length: number): number {
  if (length <= 4) return 0;
  if (length <= 7) return 1;
  return 2;
}

/**
 * The distance between a and b if it is at most max, else -1. Only a band of width 2·max+1 of the
 * matrix is computed and the loop stops as soon as a row exceeds max.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return -1;
  if (max <= 0) return -1;
  const big = max + 1;
  let prevPrev = new Array<number>(lb + 1).fill(big);
  let prev = new Array<number>(lb + 1);
  let current = new Array<number>(lb + 1);
  for (let j = 0; j <= lb; j++) prev[j] = j <= max ? j : big;
  for (let i = 1; i <= la; i++) {
    current.fill(big);
    if (i <= max) current[0] = i;
    const from = Math.max(1, i - max);
    const to = Math.min(lb, i + max);
    let rowMin = current[0] as number;
    const ca = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let value = Math.min((prev[j] as number) + 1, (current[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        value = Math.min(value, (prevPrev[j - 2] as number) + 1);
      }
      if (value > big) value = big;
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return -1;
    [prevPrev, prev, current] = [prev, current, prevPrev];
  }
  const result = prev[lb] as number;
  return result <= max ? result : -1;
}

/**
 * Masculine and feminine forms are not typos of each other: Karim/Karima, Samir/Samira,
 * Daniel/Daniela, Kowalski/Kowalska, Mario/Maria.
 */
export function isGenderPair(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length === short.length + 1) return long === `${short}a`;
  if (long.length !== short.length || short.slice(0, -1) !== long.slice(0, -1)) return false;
  const ends = `${short.slice(-1)}${long.slice(-1)}`;
  return ['ia', 'ai', 'oa', 'ao', 'ya', 'ay'].includes(ends);
}

/** Whether two words are within the typo budget of the shorter one (gender pairs excepted). */
export function withinTypo(a: string, b: string): boolean {
  if (a === b) return true;
  if (isGenderPair(a, b)) return false;
  const budget = typoBudget(Math.min(a.length, b.length));
  return budget > 0 && boundedDistance(a, b, budget) >= 0;
}

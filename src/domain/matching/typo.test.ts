import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boundedDistance, typoBudget, withinTypo } from './typo';

describe('boundedDistance', () => {
  it.each([
    ['amrani', 'amrani', 2, 0],
    ['amrani', 'amrnai', 2, 1], // transposition
    ['amrani', 'amrai', 2, 1], // deletion
    ['amrani', 'amranni', 2, 1], // insertion
    ['amrani', 'ambani', 2, 1], // substitution
    ['benjelloun', 'bengeloun', 2, 2],
    ['benjelloun', 'bengelun', 2, -1],
    ['abc', 'xyz', 2, -1],
    ['abc', 'abcdef', 2, -1],
  ])('%s / %s within %i → %i', (a, b, max, expected) => {
    expect(boundedDistance(a, b, max)).toBe(expected);
  });

  it('agrees with an unbounded optimal-string-alignment distance', () => {
    const osa = (a: string, b: string): number => {
      const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          const row = d[i] as number[];
          const up = d[i - 1] as number[];
          row[j] = Math.min(up[j]! + 1, row[j - 1]! + 1, up[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
        }
      }
      return d[a.length]![b.length]!;
    };
    const word = fc.stringMatching(/^[abc]{0,7}$/);
    fc.assert(
      fc.property(word, word, fc.integer({ min: 1, max: 3 }), (a, b, max) => {
        const exact = osa(a, b);
        expect(boundedDistance(a, b, max)).toBe(exact <= max ? exact : -1);
      }),
    );
  });
});

describe('withinTypo', () => {
  it('allows no typo up to 4 letters, 1 up to 7, 2 from 8', () => {
    expect([4, 5, 7, 8].map(typoBudget)).toEqual([0, 1, 1, 2]);
    expect(withinTypo('said', 'saad')).toBe(false);
    expect(withinTypo('amrani', 'amrami')).toBe(true);
    expect(withinTypo('amrani', 'amrmai')).toBe(false);
    expect(withinTypo('benjelloun', 'benjeloum')).toBe(true);
  });

  it('does not take a feminine form for a typo', () => {
    expect(withinTypo('karim', 'karima')).toBe(false);
    expect(withinTypo('daniel', 'daniela')).toBe(false);
    expect(withinTypo('kowalski', 'kowalska')).toBe(false);
    expect(withinTypo('amine', 'amina')).toBe(true);
  });
});

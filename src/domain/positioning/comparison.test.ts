// The compared positioning, table-driven: item levels, who rates higher, domain gaps.
import { describe, expect, it } from 'vitest';
import type { AdviserLevel } from './adviser-ratings';
import { DOMAIN_SAME_POINTS, compareDomain, compareDomains, compareItem, levelOfPoints, type ComparedLevel, type Gap } from './comparison';

describe('levelOfPoints', () => {
  it.each<[number | 'dont-know' | undefined, ComparedLevel | undefined]>([
    [1, 'acquired'],
    [0.75, 'acquired'],
    [0.5, 'partial'],
    [0.25, 'partial'],
    [0.2, 'not-yet'],
    [0, 'not-yet'],
    ['dont-know', 'dont-know'],
    [undefined, undefined],
  ])('%s → %s', (points, level) => {
    expect(levelOfPoints(points)).toBe(level);
  });
});

describe('compareItem', () => {
  it.each<[string, number | 'dont-know' | undefined, AdviserLevel | undefined, Gap, number]>([
    ['same view', 1, 'acquired', 'same', 0],
    ['adviser one step lower', 1, 'partial', 'adviser-lower', 1],
    ['adviser two steps lower', 1, 'not-yet', 'adviser-lower', 2],
    ['adviser higher (candidate under-rates)', 0, 'partial', 'adviser-higher', 1],
    ['practice item right, adviser agrees', 1, 'acquired', 'same', 0],
    ['candidate did not know', 'dont-know', 'acquired', 'incomplete', 0],
    ['adviser did not observe', 0.5, 'not-observed', 'incomplete', 0],
    ['adviser has not rated', 0.5, undefined, 'incomplete', 0],
    ['candidate did not answer', undefined, 'partial', 'incomplete', 0],
  ])('%s', (_name, candidatePoints, adviserLevel, gap, steps) => {
    const compared = compareItem({ itemId: 'i', domainId: 'd', candidatePoints, adviserLevel });
    expect(compared.gap).toBe(gap);
    expect(compared.steps).toBe(steps);
  });
});

describe('compareDomain', () => {
  const items = [
    compareItem({ itemId: 'a', domainId: 'maths', candidatePoints: 1, adviserLevel: 'not-yet' }),
    compareItem({ itemId: 'b', domainId: 'maths', candidatePoints: 0.5, adviserLevel: 'partial' }),
    compareItem({ itemId: 'c', domainId: 'french', candidatePoints: 0, adviserLevel: 'acquired' }),
  ];

  it.each<[string, number | null, number | null, Gap, number | null]>([
    ['really close scores', 60, 69, 'same', 9],
    ['at the threshold the gap shows', 60, 60 + DOMAIN_SAME_POINTS, 'adviser-higher', DOMAIN_SAME_POINTS],
    ['12 points apart is not the same view', 60, 72, 'adviser-higher', 12],
    ['15 points apart the other way', 75, 60, 'adviser-lower', -15],
    ['adviser clearly lower', 90, 50, 'adviser-lower', -40],
    ['no adviser score yet', 50, null, 'incomplete', null],
    ['domain without a score', null, null, 'incomplete', null],
  ])('%s', (_name, candidateScore, adviserScore, gap, difference) => {
    const compared = compareDomain('maths', candidateScore, adviserScore, items);
    expect(compared).toMatchObject({ gap, difference, differingItems: 1, ratedItems: 2 });
    expect(compared.items.map((item) => item.itemId)).toEqual(['a', 'b']);
  });

  it('compares every domain in the given order', () => {
    const compared = compareDomains(
      [
        { domainId: 'french', candidateScore: 0, adviserScore: 100 },
        { domainId: 'maths', candidateScore: 75, adviserScore: 25 },
      ],
      [
        { itemId: 'c', domainId: 'french', candidatePoints: 0, adviserLevel: 'acquired' },
        { itemId: 'a', domainId: 'maths', candidatePoints: 1, adviserLevel: 'not-yet' },
      ],
    );
    expect(compared.map((domain) => [domain.domainId, domain.gap, domain.differingItems])).toEqual([
      ['french', 'adviser-higher', 1],
      ['maths', 'adviser-lower', 1],
    ]);
  });
});

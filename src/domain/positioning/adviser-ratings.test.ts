// Reading and writing the adviser's ratings, table-driven.
import { describe, expect, it } from 'vitest';
import { MAX_DOMAIN_COMMENT, adviserRatingsField, hasAdviserRatings, ratingProblems, readAdviserRatings, type AdviserRatings } from './adviser-ratings';

describe('readAdviserRatings', () => {
  it.each<[string, unknown, AdviserRatings]>([
    ['nothing stored', undefined, { items: {}, comments: {} }],
    ['another shape (older data)', { q1: 'marker' }, { items: {}, comments: {} }],
    [
      'a full rating',
      { items: { 'math-change': 'acquired', 'fr-read-toilets': 'not-observed' }, comments: { maths: 'À l’aise.' }, ratedAt: '2026-11-23T10:00:00Z', ratedBy: 'u-1' },
      { items: { 'math-change': 'acquired', 'fr-read-toilets': 'not-observed' }, comments: { maths: 'À l’aise.' }, ratedAt: '2026-11-23T10:00:00Z', ratedBy: 'u-1' },
    ],
    ['unknown levels are left out, not the rest', { items: { a: 'excellent', b: 'partial' }, comments: { maths: 3 } }, { items: { b: 'partial' }, comments: {} }],
  ])('%s', (_name, raw, expected) => {
    expect(readAdviserRatings(raw)).toEqual(expected);
  });
});

describe('writing', () => {
  it('trims comments and leaves empty ones out', () => {
    expect(adviserRatingsField({ items: { a: 'partial', b: undefined }, comments: { maths: '  ok  ', french: '   ' } }, '2026-11-23T10:00:00Z', 'u-1')).toEqual({
      items: { a: 'partial' },
      comments: { maths: 'ok' },
      ratedAt: '2026-11-23T10:00:00Z',
      ratedBy: 'u-1',
    });
  });

  it.each<[string, AdviserRatings, boolean]>([
    ['empty', { items: {}, comments: {} }, false],
    ['blank comment only', { items: {}, comments: { maths: ' ' } }, false],
    ['one level', { items: { a: 'not-yet' }, comments: {} }, true],
    ['one comment', { items: {}, comments: { maths: 'Bien' } }, true],
  ])('has ratings: %s', (_name, ratings, expected) => {
    expect(hasAdviserRatings(ratings)).toBe(expected);
  });

  it('flags a comment that is too long', () => {
    expect(ratingProblems({ items: {}, comments: { maths: 'x'.repeat(MAX_DOMAIN_COMMENT + 1), french: 'ok' } })).toEqual({ maths: 'tooLong' });
  });
});

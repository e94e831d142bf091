// The agreement, table-driven: the wire fields read leniently, observations settling UCs, where
// the person stands per UC, and the form's problems.
import { describe, expect, it } from 'vitest';
import {
  agreedLevelsSchema,
  agreementProblems,
  effectiveLevels,
  latestPerUc,
  orientationSchema,
  readAgreedLevels,
  readOrientation,
  ucStandings,
  type AgreedLevels,
  type ObservedUc,
  type UcStanding,
} from './agreement';

describe('wire fields', () => {
  it('accepts levels per item and refuses an unknown level or a bad id', () => {
    expect(agreedLevelsSchema.safeParse({ 'home-sweep': 'to-observe' }).success).toBe(true);
    expect(agreedLevelsSchema.safeParse({ 'home-sweep': 'partial' }).success).toBe(false);
    expect(agreedLevelsSchema.safeParse({ 'Home Sweep': 'acquired' }).success).toBe(false);
  });
  it('keeps the good levels of an odd stored value', () => {
    expect(readAgreedLevels({ a: 'acquired', b: 'bogus', c: 3 })).toEqual({ a: 'acquired' });
    expect(readAgreedLevels('x')).toEqual({});
  });
  it('knows four orientations, with an optional note', () => {
    expect(orientationSchema.safeParse({ code: 'training-first' }).success).toBe(true);
    expect(orientationSchema.safeParse({ code: 'other', note: 'Cours du soir' }).success).toBe(true);
    expect(orientationSchema.safeParse({ code: 'holiday' }).success).toBe(false);
    expect(readOrientation({ code: 'x' })).toBeUndefined();
  });
});

describe('latestPerUc', () => {
  it('keeps the latest observation of each UC and ignores incomplete ones', () => {
    expect(
      latestPerUc([
        { uc: 'UC1', result: 'not-yet', date: '2026-01-02' },
        { uc: 'UC1', result: 'met', date: '2026-03-02' },
        { uc: 'UC1', result: 'partly', date: '2026-02-02' },
        { uc: 'UC2', result: 'partly', date: '2026-01-01' },
        { uc: 'UC3', date: '2026-01-01' },
        { result: 'met', date: '2026-01-01' },
      ]),
    ).toEqual([
      { uc: 'UC1', result: 'met' },
      { uc: 'UC2', result: 'partly' },
    ]);
  });
});

const items = [
  { itemId: 'sweep', ucs: ['UC1'] },
  { itemId: 'mop', ucs: ['UC1'] },
  { itemId: 'iron', ucs: ['UC2'] },
  { itemId: 'both', ucs: ['UC1', 'UC2'] },
];

describe('effectiveLevels', () => {
  it.each<[string, AgreedLevels, ObservedUc[], AgreedLevels]>([
    ['no observation: the agreed levels', { sweep: 'partly' }, [], { sweep: 'partly' }],
    ['an observation settles the items of its UC', { sweep: 'to-observe', iron: 'acquired' }, [{ uc: 'UC1', result: 'met' }], { sweep: 'acquired', mop: 'acquired', both: 'acquired', iron: 'acquired' }],
    [
      'an item of two UCs takes the weaker result',
      {},
      [
        { uc: 'UC1', result: 'met' },
        { uc: 'UC2', result: 'not-yet' },
      ],
      { sweep: 'acquired', mop: 'acquired', iron: 'not-yet', both: 'not-yet' },
    ],
  ])('%s', (_name, agreed, observed, expected) => {
    expect(effectiveLevels(items, agreed, observed)).toEqual(expected);
  });
});

describe('ucStandings', () => {
  it.each<[string, AgreedLevels, ObservedUc[], [UcStanding, UcStanding]]>([
    ['nothing agreed: to observe', {}, [], ['to-observe', 'to-observe']],
    ['all acquired: ready', { sweep: 'acquired', mop: 'acquired', both: 'acquired', iron: 'partly' }, [], ['ready', 'partly']],
    ['one not yet', { sweep: 'acquired', mop: 'not-yet', both: 'acquired', iron: 'acquired' }, [], ['not-yet', 'ready']],
    ['one to observe', { sweep: 'acquired', mop: 'to-observe', both: 'acquired', iron: 'acquired' }, [], ['to-observe', 'ready']],
    ['the observation wins', { sweep: 'not-yet' }, [{ uc: 'UC1', result: 'met' }], ['ready', 'to-observe']],
  ])('%s', (_name, agreed, observed, expected) => {
    expect(ucStandings(['UC1', 'UC2'], items, agreed, observed).map((entry) => entry.standing)).toEqual(expected);
  });
});

describe('agreementProblems', () => {
  it.each<[string, Parameters<typeof agreementProblems>[0], Record<string, string>]>([
    ['fine', { candidateWords: 'Je veux travailler vite.', orientation: { code: 'modules' } }, {}],
    ['words too long', { candidateWords: 'x'.repeat(2001) }, { candidateWords: 'tooLong' }],
    ['"other" needs a note', { candidateWords: '', orientation: { code: 'other', note: ' ' } }, { orientationNote: 'noteRequired' }],
    ['note too long', { candidateWords: '', orientation: { code: 'modules', note: 'x'.repeat(1001) } }, { orientationNote: 'tooLong' }],
  ])('%s', (_name, input, expected) => {
    expect(agreementProblems(input)).toEqual(expected);
  });
});

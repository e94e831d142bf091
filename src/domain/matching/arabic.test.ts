// Arabic-script names: found by search and checked for duplicates, against Arabic-script files and
// against their Latin spellings (docs/people-matching.md).
import { describe, expect, it } from 'vitest';
import { foldName } from './normalize';
import { hasArabicScript, skeletonOf } from './arabic';
import { buildCandidateIndex, findLikelyDuplicates, searchCandidates } from './index';

describe('Arabic-script letters fold to Latin letters', () => {
  it.each([
    ['محمد', 'mhmd'],
    ['مُحَمَّد', 'mhmd'], // harakat are marks and go
    ['يوسف', 'ywsf'],
    ['عبد القادر', 'abd alkadr'],
  ])('%s → %s', (input, folded) => {
    expect(foldName(input)).toBe(folded);
  });

  it('tells Arabic script from Latin letters', () => {
    expect(hasArabicScript('فاطمة')).toBe(true);
    expect(hasArabicScript('Fatima')).toBe(false);
    expect(hasArabicScript(undefined)).toBe(false);
  });

  it.each([
    ['mhmd', 'mohamed'],
    ['ywsf', 'youssef'],
    ['fatma', 'fatima'],
    ['khdyja', 'khadija'],
    ['abdalkadr', 'abdelkader'],
  ])('the skeleton of %s is that of %s', (arabic, latin) => {
    expect(skeletonOf(arabic)).toBe(skeletonOf(latin));
  });
});

const index = buildCandidateIndex([
  { id: 'arabic', data: { firstName: 'محمد', lastName: 'العلوي', birthDate: '1990-03-04' } },
  { id: 'latin', data: { firstName: 'Fatima', lastName: 'Benali', birthDate: '1985-05-05' } },
  { id: 'other', data: { firstName: 'Karim', lastName: 'Dupont', birthDate: '1990-03-04' } },
]);

describe('search', () => {
  it('finds a name typed in Arabic script, whole or by its first letters', () => {
    expect(searchCandidates(index, 'محمد')).toEqual(['arabic']);
    expect(searchCandidates(index, 'مح')).toEqual(['arabic']);
    expect(searchCandidates(index, 'العلوي محمد')).toEqual(['arabic']);
  });

  it('lists the same script first: an Arabic-script query shows the Arabic-script file before Latin spellings', () => {
    const both = buildCandidateIndex([
      { id: 'a-latin', data: { firstName: 'Mohamed', lastName: 'Aarab' } },
      { id: 'z-arabic', data: { firstName: 'محمد', lastName: 'يوسف' } },
    ]);
    expect(searchCandidates(both, 'محمد')).toEqual(['z-arabic', 'a-latin']);
    expect(searchCandidates(both, 'Mohamed')).toEqual(['a-latin', 'z-arabic']);
  });

  it('finds an Arabic-script file by a Latin spelling, and a Latin file by an Arabic one', () => {
    expect(searchCandidates(index, 'Mohamed')).toEqual(['arabic']);
    expect(searchCandidates(index, 'Mohamed Alaoui')).toEqual(['arabic']);
    expect(searchCandidates(index, 'فاطمة')).toEqual(['latin']);
  });
});

describe('duplicates', () => {
  it('an Arabic-script draft matches the same Arabic-script file as certain', () => {
    const [match] = findLikelyDuplicates(index, { firstName: 'محمد', lastName: 'العلوي', birthDate: '1990-03-04' });
    expect(match).toMatchObject({ id: 'arabic', level: 'certain' });
    expect(match?.reasons).toContain('same-name');
  });

  it('a Latin spelling matches an Arabic-script file, and says the match crossed scripts', () => {
    const [match] = findLikelyDuplicates(index, { firstName: 'Mohammed', lastName: 'El Alaoui', birthDate: '1990-03-04' });
    expect(match).toMatchObject({ id: 'arabic', level: 'certain' });
    expect(match?.reasons).toEqual(expect.arrayContaining(['other-script', 'same-birth-date']));
  });

  it('an Arabic-script draft matches a Latin file', () => {
    const [match] = findLikelyDuplicates(index, { firstName: 'فاطمة', lastName: 'بن علي', birthDate: '1985' });
    expect(match).toMatchObject({ id: 'latin', level: 'likely' });
  });

  it('another name in Arabic script is not a duplicate', () => {
    expect(findLikelyDuplicates(index, { firstName: 'يوسف', lastName: 'العلوي', birthDate: '1990-03-04' })).toEqual([]);
  });

  it('Latin names are never compared by skeleton alone (Karim is not Karima)', () => {
    const latin = buildCandidateIndex([{ id: 'k', data: { firstName: 'Karima', lastName: 'Dupont', birthDate: '1990-03-04' } }]);
    expect(findLikelyDuplicates(latin, { firstName: 'Karim', lastName: 'Dupont', birthDate: '1990-03-04' }).map((m) => m.id)).toEqual([]);
  });
});

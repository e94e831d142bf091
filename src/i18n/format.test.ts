import { describe, expect, it } from 'vitest';
import { formatClock, formatDay, formatHours, formatInstant, formatNumber, formatPercent, localeOf } from './format';
import { createI18n } from './index';

// Intl puts narrow or non-breaking spaces in numbers and percentages: compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting in the interface language (Belgian variants)', () => {
  it('uses the Belgian variant of each language', () => {
    expect(localeOf('fr')).toBe('fr-BE');
    expect(localeOf('nl')).toBe('nl-BE');
    expect(localeOf('en')).toBe('en-BE');
  });

  it.each([
    ['fr', '30/11/2026', '30 novembre 2026', 'lun. 30/11/2026'],
    ['nl', '30/11/2026', '30 november 2026', 'ma 30/11/2026'],
    ['en', '30/11/2026', '30 November 2026', 'Mon, 30/11/2026'],
  ])('writes a calendar day in %s, whatever the time zone', (language, numeric, long, weekday) => {
    expect(formatDay('2026-11-30', language)).toBe(numeric);
    expect(formatDay('2026-11-30', language, 'long')).toBe(long);
    expect(formatDay('2026-11-30', language, 'weekday')).toBe(weekday);
  });

  it('keeps a year alone or an empty day as it is', () => {
    expect(formatDay('1990', 'nl')).toBe('1990');
    expect(formatDay(undefined, 'fr')).toBe('');
    expect(formatDay(null, 'en')).toBe('');
  });

  it.each([
    ['fr', '30/11/2026 14:05', '30 novembre 2026 à 14:05'],
    ['nl', '30/11/2026, 14:05', '30 november 2026 om 14:05'],
    ['en', '30/11/2026, 14:05', '30 November 2026 at 14:05'],
  ])('writes a moment in Brussels time in %s', (language, numeric, long) => {
    expect(formatInstant('2026-11-30T13:05:00Z', language)).toBe(numeric);
    expect(formatInstant('2026-11-30T13:05:00Z', language, 'long')).toBe(long);
    expect(formatClock('2026-07-01T06:30:00Z', language)).toBe('08:30');
  });

  it('returns an unreadable moment unchanged', () => {
    expect(formatInstant('not a date', 'fr')).toBe('not a date');
  });

  it.each([
    ['fr', '1 234,5', '50 %'],
    ['nl', '1.234,5', '50%'],
    ['en', '1.234,5', '50%'],
  ])('writes numbers and percentages in %s', (language, number, percent) => {
    expect(plain(formatNumber(1234.5, language))).toBe(number);
    expect(plain(formatPercent(0.5, language))).toBe(percent);
    expect(plain(formatPercent(0.125, language, 1))).toBe(percent.replace('50', '12,5'));
  });

  it.each([
    ['fr', '2 h 15', '3 h', '0 h 05'],
    ['nl', '2 u 15', '3 u', '0 u 05'],
    ['en', '2 h 15 min', '3 h', '0 h 05 min'],
  ])('writes a duration in hours and minutes in %s, never as a decimal', (language, quarter, whole, minutes) => {
    const { t } = createI18n(language as 'fr' | 'nl' | 'en');
    expect(formatHours(2.25, t)).toBe(quarter);
    expect(formatHours(3, t)).toBe(whole);
    expect(formatHours(1 / 12, t)).toBe(minutes);
    expect(formatHours(1.999, t)).toBe(whole.replace('3', '2'));
  });
});

// The readable file and "À vérifier" show hours and days as an adviser writes them.
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { formatValue as attentionValue } from '../attention/format-values';
import { formatValue } from './format-value';

describe('stored values in words', () => {
  it('writes attended hours as hours and minutes, in every language', () => {
    expect(formatValue('hours', 2.25, 'fr', createI18n('fr').t)).toBe('2 h 15');
    expect(formatValue('hours', 2.25, 'nl', createI18n('nl').t)).toBe('2 u 15');
    expect(attentionValue(createI18n('fr').t, 'fr', 'attendance', 'hours', 1.5)).toBe('1 h 30');
  });

  it('writes a day in the interface language, never as YYYY-MM-DD', () => {
    expect(formatValue('date', '2026-03-02', 'fr', createI18n('fr').t)).toBe('2 mars 2026');
    expect(attentionValue(createI18n('nl').t, 'nl', 'followUpNotes', 'date', '2026-03-02')).toBe('02/03/2026');
  });
});

import { describe, expect, it } from 'vitest';
import { brusselsDate } from './dates';

describe('brusselsDate', () => {
  it('turns the day at Brussels midnight, in winter and summer time, whatever was asked just before', () => {
    const day = (iso: string) => brusselsDate(new Date(iso));
    // Asked in turns, so a kept answer of the last minute would show.
    expect(day('2024-01-15T22:59:59.999Z')).toBe('2024-01-15');
    expect(day('2024-01-15T23:00:00.000Z')).toBe('2024-01-16');
    expect(day('2024-01-15T22:59:00.000Z')).toBe('2024-01-15');
    expect(day('2024-07-01T21:59:59.999Z')).toBe('2024-07-01');
    expect(day('2024-07-01T21:59:00.000Z')).toBe('2024-07-01');
    expect(day('2024-07-01T22:00:00.000Z')).toBe('2024-07-02');
    expect(day('2024-07-01T22:00:59.999Z')).toBe('2024-07-02');
    // The night the clocks go forward (02:00 → 03:00 on 31 March 2024).
    expect(day('2024-03-30T22:59:59.000Z')).toBe('2024-03-30');
    expect(day('2024-03-30T23:00:00.000Z')).toBe('2024-03-31');
  });

  it('refuses an invalid instant as before', () => {
    expect(() => brusselsDate(new Date('not a date'))).toThrow(RangeError);
  });
});

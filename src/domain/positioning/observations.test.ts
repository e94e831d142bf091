import { describe, expect, it } from 'vitest';
import { observedUcs } from './observations';

describe('observedUcs', () => {
  it('keeps the latest result per UC, in UC order', () => {
    expect(
      observedUcs([
        { uc: 'UC10', result: 'met', date: '2026-01-05' },
        { uc: 'UC2', result: 'not-yet', date: '2026-01-05' },
        { uc: 'UC2', result: 'met', date: '2026-03-01' },
        { uc: 'UC2', result: 'partly', date: '2026-02-01' },
      ]),
    ).toEqual([
      { uc: 'UC2', result: 'met' },
      { uc: 'UC10', result: 'met' },
    ]);
  });

  it('lets the later of two observations on the same day win, and a dated one beat an undated one', () => {
    expect(observedUcs([{ uc: 'UC1', result: 'met', date: '2026-01-05' }, { uc: 'UC1', result: 'partly', date: '2026-01-05' }])).toEqual([{ uc: 'UC1', result: 'partly' }]);
    expect(observedUcs([{ uc: 'UC1', result: 'met', date: '2026-01-05' }, { uc: 'UC1', result: 'not-yet' }])).toEqual([{ uc: 'UC1', result: 'met' }]);
  });

  it('reads "uc 1" and "UC1" as one UC, and leaves out observations without a UC or a known result', () => {
    expect(
      observedUcs([
        { uc: 'UC1', result: 'not-yet', date: '2026-01-05' },
        { uc: 'uc 1', result: 'met', date: '2026-02-05' },
        { uc: '', result: 'met', date: '2026-02-05' },
        { result: 'met', date: '2026-02-05' },
        { uc: 'UC3', result: 'excellent', date: '2026-02-05' },
        { uc: 'UC4', date: '2026-02-05' },
      ]),
    ).toEqual([{ uc: 'UC1', result: 'met' }]);
    expect(observedUcs([])).toEqual([]);
  });
});

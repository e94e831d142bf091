// Progress over time, table-driven: which sittings belong together, their order, the changes.
import { describe, expect, it } from 'vitest';
import { progressSeries, sameSeries, type SittingScores } from './progress';

const sitting = (id: string, completedAt: string | null, candidate: Record<string, number | null>, extra: Partial<SittingScores> = {}): SittingScores => ({
  id,
  candidateId: 'c-1',
  accompanimentId: 'acc-1',
  metier: 'aide-menager',
  completedAt,
  candidate,
  ...extra,
});

describe('sameSeries', () => {
  const current = sitting('p-2', '2026-06-01T10:00:00Z', {});
  it.each<[string, SittingScores, SittingScores, boolean]>([
    ['same accompaniment', current, sitting('p-1', null, {}), true],
    ['other accompaniment', current, sitting('p-1', null, {}, { accompanimentId: 'acc-2' }), false],
    ['no accompaniment: same person and métier', sitting('p-2', null, {}, { accompanimentId: null }), sitting('p-1', null, {}, { accompanimentId: undefined }), true],
    ['no accompaniment: other métier', sitting('p-2', null, {}, { accompanimentId: null }), sitting('p-1', null, {}, { accompanimentId: null, metier: 'coiffeur' }), false],
    ['no accompaniment: other person', sitting('p-2', null, {}, { accompanimentId: null }), sitting('p-1', null, {}, { accompanimentId: null, candidateId: 'c-2' }), false],
  ])('%s', (_name, a, b, expected) => {
    expect(sameSeries(a, b)).toBe(expected);
  });
});

describe('progressSeries', () => {
  it('lists completed sittings oldest first, with the change since the one before', () => {
    const current = sitting('p-3', '2026-09-01T10:00:00Z', { french: 80, maths: null, digital: 50 }, { adviser: { french: 70 } });
    const all = [
      sitting('p-1', '2026-01-10T10:00:00Z', { french: 30, maths: 40, digital: 50 }),
      sitting('p-open', null, { french: 0 }),
      sitting('p-other', '2026-02-01T10:00:00Z', { french: 99 }, { accompanimentId: 'acc-9' }),
      sitting('p-2', '2026-05-10T10:00:00Z', { french: 55, maths: 60 }),
      current,
    ];
    const series = progressSeries(current, all, ['french', 'maths', 'digital', 'constraints']);
    expect(series.sittings.map((entry) => entry.id)).toEqual(['p-1', 'p-2', 'p-3']);
    expect(series.rows).toEqual([
      {
        domainId: 'french',
        cells: [
          { sittingId: 'p-1', candidate: 30, adviser: null, change: null },
          { sittingId: 'p-2', candidate: 55, adviser: null, change: 25 },
          { sittingId: 'p-3', candidate: 80, adviser: 70, change: 25 },
        ],
      },
      {
        domainId: 'maths',
        cells: [
          { sittingId: 'p-1', candidate: 40, adviser: null, change: null },
          { sittingId: 'p-2', candidate: 60, adviser: null, change: 20 },
          { sittingId: 'p-3', candidate: null, adviser: null, change: null },
        ],
      },
      {
        domainId: 'digital',
        cells: [
          { sittingId: 'p-1', candidate: 50, adviser: null, change: null },
          { sittingId: 'p-2', candidate: null, adviser: null, change: null },
          { sittingId: 'p-3', candidate: 50, adviser: null, change: null },
        ],
      },
    ]);
  });

  it('is only the current sitting when there is no other', () => {
    const current = sitting('p-1', '2026-01-10T10:00:00Z', { french: 30 });
    expect(progressSeries(current, [], ['french']).sittings.map((entry) => entry.id)).toEqual(['p-1']);
  });
});

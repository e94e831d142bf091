// THE GOLDEN TEST, pure part (docs/report-counting.md): the golden year through the report's pure
// function gives every figure of golden-expected.ts. The same year through the tablet's local
// store is src/features/reports/golden-tablet.test.ts, through the server route
// server/routes/reports-golden.test.ts.
import { describe, expect, it } from 'vitest';
import { computeActivityReport } from '../index';
import type { ReportInput, ReportRecord, ReportTable } from '../types';
import { GOLDEN_PERIOD, GOLDEN_SITE_IDS, GOLDEN_TARGETS, goldenRecords } from './golden-2024';
import { EXPECTED } from './golden-expected';
import { goldenView } from './golden-view';

function goldenInput(): ReportInput {
  const input: Record<ReportTable, ReportRecord<ReportTable>[]> = {
    candidates: [], spocActions: [], accompaniments: [], moduleSessions: [], attendance: [], validationSteps: [], moduleWork: [], positionings: [],
  };
  for (const record of goldenRecords()) input[record.table].push({ id: record.id, siteId: record.siteId, deleted: false, data: record.data as never });
  return { ...(input as unknown as ReportInput), targets: GOLDEN_TARGETS };
}

describe('the golden year 2024', () => {
  it('gives every figure of the 2024 report, targets and ratios included', () => {
    const report = computeActivityReport(goldenInput(), { ...GOLDEN_PERIOD, siteIds: GOLDEN_SITE_IDS, wholeNetwork: true, evolutionYears: [] });
    expect(goldenView(report)).toEqual(EXPECTED);
  });

  it('compares a part of the network with no network target (the 45 % of the old per-site sums never returns)', () => {
    const report = computeActivityReport(goldenInput(), { ...GOLDEN_PERIOD, siteIds: GOLDEN_SITE_IDS, evolutionYears: [] });
    expect(report.ratios.network).toEqual({ spocPersons: 433, accompaniedPersons: 289, spocRatio: null, accompaniedRatio: null });
    expect(report.targets.network).toEqual({ spocPersons: 320, accompaniedPersons: 200, entered: true });
  });

  it('without entered targets, compares the whole network with the 2024 goal', () => {
    const report = computeActivityReport({ ...goldenInput(), targets: undefined }, { ...GOLDEN_PERIOD, evolutionYears: [] });
    expect(report.targets).toEqual({ network: { spocPersons: 320, accompaniedPersons: 200, entered: false }, byOrganisation: [] });
    expect(report.ratios.network.spocRatio).toBe(433 / 320);
    expect(report.ratios.network.accompaniedRatio).toBe(289 / 200);
  });
});

// Table 10: the accompaniments closed in the period (exit date in it), by exit reason, per work
// site, with the share of positive exits (a job or a training). Every reason of the code list is
// shown, in its order, with 0; a reason outside the list (an older code, `transfert`) after them,
// and `unknown` (closed without a reason) last, so the rows add up to the accompaniments closed.
import { EXIT_REASON_CODES } from '../codes';
import { inPeriod, type Period } from './period';
import { orderedCounts } from './order';
import { rate, rowSites, type Scope } from './scope';
import type { ActivityReport, ExitFigures } from './types';
import { UNKNOWN } from './unknown';

export const POSITIVE_EXIT_REASONS: readonly string[] = ['emploi', 'formation'];

function figures(reasons: Map<string, number>): ExitFigures {
  let closed = 0;
  let positive = 0;
  for (const [reason, n] of reasons) {
    closed += n;
    if (POSITIVE_EXIT_REASONS.includes(reason)) positive += n;
  }
  return { closed, byReason: orderedCounts(EXIT_REASON_CODES, reasons), positive, positiveShare: rate(positive, closed) };
}

export function computeExits(scope: Scope, period: Period): ActivityReport['exits'] {
  const total = new Map<string, number>();
  const bySite = new Map<string, Map<string, number>>();
  for (const record of scope.accompaniments) {
    if (!inPeriod(record.data.exitDate, period)) continue;
    const reason = record.data.exitReason ?? UNKNOWN;
    const siteId = scope.siteOf(record);
    let site = bySite.get(siteId);
    if (!site) bySite.set(siteId, (site = new Map()));
    for (const map of [total, site]) map.set(reason, (map.get(reason) ?? 0) + 1);
  }
  return {
    total: figures(total),
    bySite: rowSites(scope, bySite.keys()).map((siteId) => ({ siteId, ...figures(bySite.get(siteId) ?? new Map()) })),
  };
}

// The last few activity reports answered by this server instance, by everything they depend on:
// the data's epoch and rev (server/reports/input-cache.ts), the sites, the period, the day the
// data-quality checks are made on, the entered past years (the sites' and the network's), the
// sites' closing days and the targets. The same question over unchanged
// data gets the same answer without recomputing it; any write moves the rev and misses.
import type { ActivityReport, NetworkPastYearFigures, PastYearFigures, ReportTargetsInput } from '../../src/domain/report';

export interface ReportKey {
  epoch: string;
  rev: number;
  siteIds: readonly string[];
  from: string;
  to: string;
  asOf: string;
  pastYears: readonly PastYearFigures[];
  networkPastYears: readonly NetworkPastYearFigures[];
  closedSites: Readonly<Record<string, string>>;
  targets?: ReportTargetsInput;
  wholeNetwork?: boolean;
}

export class ReportResultCache {
  private readonly entries = new Map<string, ActivityReport>();

  constructor(private readonly capacity = 16) {}

  static keyOf(key: ReportKey): string {
    return JSON.stringify([key.epoch, key.rev, key.siteIds, key.from, key.to, key.asOf, key.pastYears, key.networkPastYears, key.closedSites, key.targets ?? null, key.wholeNetwork ?? null]);
  }

  get(key: string): ActivityReport | undefined {
    const found = this.entries.get(key);
    if (found) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, found);
    }
    return found;
  }

  set(key: string, report: ActivityReport): void {
    this.entries.delete(key);
    this.entries.set(key, report);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}

// The activity report as it may leave the sites' coordinators (docs/report-counting.md, "Masking"):
// for the network reporter (the server's answer), in print and in every export. Counts of persons
// described by a characteristic are masked with complementary suppression (suppression.ts), so
// that no "<5" can be recovered from the totals published beside it:
// - each profile table (of the persons reached, and of the persons accompanied): its codes add up
//   to its number of persons, which is published;
// - accompaniments per métier and site: each site's cells add up to that site's row of table 4,
//   all cells to the table's total row; persons and accompaniments of a row are masked together
//   (an accompaniment count of 1 would give the person away);
// - exits by reason and site (table 10): each site's reasons add up to its closed accompaniments,
//   each reason's sites to the total row; a masked positive count masks its share;
// - modules per site: no total is published, so only the cells from 1 to 4;
// - the sites' headline figures (SPOC, accompaniment, validation per site) against their total
//   rows, and the organisations' persons and ratios of the targets table (mask-sites.ts).
// A 0 stays 0 unless it had to be masked as a complement.
import { MASKED_CELL, suppress, type MaskedCount, type MaskMarker, type SuppressionTable } from './suppression';
import { POSITIVE_EXIT_REASONS } from './exits';
import type { AccompanimentMetierRow, ActivityReport, ExitFigures, ModuleRow, ProfileCounts, Profiles } from './types';
import {
  maskAccompanimentSites,
  maskOrganisationRatios,
  maskSpocSites,
  maskValidationSites,
  type MaskedAccompanimentSiteRow,
  type MaskedOrganisationRatios,
  type MaskedSpocSiteRow,
  type MaskedValidationSiteRow,
} from './mask-sites';

export { MASKED_CELL, SMALL_CELL, type MaskedCount, type MaskMarker } from './suppression';

export type MaskedCounts = Record<string, MaskedCount>;
export type MaskedProfiles = { [T in keyof Profiles]: MaskedCounts };
export type MaskedMetierRow = Omit<AccompanimentMetierRow, 'accompaniments' | 'persons'> & { accompaniments: MaskedCount; persons: MaskedCount };
export type MaskedModuleRow = Omit<ModuleRow, 'candidates'> & { candidates: MaskedCount };
export type MaskedExitFigures = Omit<ExitFigures, 'byReason' | 'positive' | 'positiveShare'> & {
  byReason: MaskedCounts;
  positive: MaskedCount;
  positiveShare: number | null | MaskMarker;
};
export type MaskedActivityReport = Omit<ActivityReport, 'profiles' | 'profilesAccompanied' | 'accompaniment' | 'modules' | 'exits' | 'spoc' | 'validation' | 'ratios'> & {
  profiles: MaskedProfiles;
  profilesAccompanied: MaskedProfiles;
  ratios: Omit<ActivityReport['ratios'], 'byOrganisation'> & { byOrganisation: MaskedOrganisationRatios[] };
  spoc: Omit<ActivityReport['spoc'], 'bySite'> & { bySite: MaskedSpocSiteRow[] };
  accompaniment: Omit<ActivityReport['accompaniment'], 'byMetier' | 'bySite'> & { byMetier: MaskedMetierRow[]; bySite: MaskedAccompanimentSiteRow[] };
  validation: Omit<ActivityReport['validation'], 'bySite'> & { bySite: MaskedValidationSiteRow[] };
  modules: MaskedModuleRow[];
  exits: { total: MaskedExitFigures; bySite: (MaskedExitFigures & { siteId: string })[] };
};

/** Builds a SuppressionTable cell by cell. */
class TableBuilder {
  readonly values: number[] = [];
  readonly lines: { parts: number[]; total: number }[] = [];
  readonly fixed = new Set<number>();
  readonly groups: number[][] = [];
  cell(value: number, fixed = false): number {
    this.values.push(value);
    if (fixed) this.fixed.add(this.values.length - 1);
    return this.values.length - 1;
  }
  line(parts: number[], total: number): void {
    if (parts.length > 0) this.lines.push({ parts, total });
  }
  suppress(): (MaskMarker | undefined)[] {
    const table: SuppressionTable = { values: this.values, lines: this.lines, fixed: this.fixed, groups: this.groups };
    return suppress(table);
  }
}

const shown = (value: number, marker: MaskMarker | undefined): MaskedCount => marker ?? value;
const sum = (values: Iterable<number>) => [...values].reduce((total, value) => total + value, 0);

/** One profile table: its codes add up to its persons (published). */
export function maskCounts(counts: ProfileCounts): MaskedCounts {
  const table = new TableBuilder();
  const entries = Object.entries(counts);
  const parts = entries.map(([, count]) => table.cell(count));
  table.line(parts, table.cell(sum(entries.map(([, count]) => count)), true));
  const markers = table.suppress();
  return Object.fromEntries(entries.map(([code, count], index) => [code, shown(count, markers[index])]));
}

export function maskProfiles(profiles: Profiles): MaskedProfiles {
  return Object.fromEntries(Object.entries(profiles).map(([name, counts]) => [name, maskCounts(counts)])) as MaskedProfiles;
}

/** Table 5: a (métier, site) row's persons and accompaniments. */
export function maskMetierRows(accompaniment: ActivityReport['accompaniment']): MaskedMetierRow[] {
  const table = new TableBuilder();
  const rows = accompaniment.byMetier.map((row) => {
    const persons = table.cell(row.persons);
    const accompaniments = table.cell(row.accompaniments);
    table.groups.push([persons, accompaniments]);
    return { row, persons, accompaniments };
  });
  const siteRows = new Map(accompaniment.bySite.map((site) => [site.siteId, site]));
  for (const siteId of new Set(accompaniment.byMetier.map((row) => row.siteId))) {
    const site = siteRows.get(siteId);
    const ofSite = rows.filter(({ row }) => row.siteId === siteId);
    if (!site) continue;
    table.line(ofSite.map((cells) => cells.persons), table.cell(site.persons, true));
    table.line(ofSite.map((cells) => cells.accompaniments), table.cell(site.accompaniments, true));
  }
  table.line(rows.map((cells) => cells.persons), table.cell(accompaniment.total.persons, true));
  table.line(rows.map((cells) => cells.accompaniments), table.cell(accompaniment.total.accompaniments, true));
  const markers = table.suppress();
  return rows.map(({ row, persons, accompaniments }) => ({
    ...row,
    persons: shown(row.persons, markers[persons]),
    accompaniments: shown(row.accompaniments, markers[accompaniments]),
  }));
}

/** Table 6: no total is published beside it, so a cell from 1 to 4 is all there is to hide. */
export function maskModules(modules: readonly ModuleRow[]): MaskedModuleRow[] {
  return modules.map((row) => ({ ...row, candidates: shown(row.candidates, suppress({ values: [row.candidates], lines: [] })[0]) }));
}

type ExitsLike = ActivityReport['exits'];

export function maskExits(exits: ExitsLike): MaskedActivityReport['exits'] {
  const table = new TableBuilder();
  const reasons = Object.keys(exits.total.byReason);
  const sites = exits.bySite.map((site) => ({
    site,
    cells: Object.fromEntries(reasons.map((reason) => [reason, table.cell(site.byReason[reason] ?? 0)])),
    closed: table.cell(site.closed, true),
    positive: table.cell(site.positive),
  }));
  const reasonTotals = Object.fromEntries(reasons.map((reason) => [reason, table.cell(exits.total.byReason[reason] ?? 0)]));
  const closed = table.cell(exits.total.closed, true);
  const positive = table.cell(exits.total.positive);
  const positiveOf = (cells: Record<string, number>) => reasons.filter((reason) => POSITIVE_EXIT_REASONS.includes(reason)).map((reason) => cells[reason] ?? -1);
  for (const { cells, closed: siteClosed, positive: sitePositive } of sites) {
    table.line(Object.values(cells), siteClosed);
    table.line(positiveOf(cells), sitePositive);
  }
  for (const reason of reasons) table.line(sites.map(({ cells }) => cells[reason] ?? -1), reasonTotals[reason] ?? -1);
  table.line(Object.values(reasonTotals), closed);
  table.line(positiveOf(reasonTotals), positive);
  table.line(sites.map((site) => site.positive), positive);
  const markers = table.suppress();
  const figures = <T extends ExitFigures>(figuresOf: T, cells: Record<string, number>, positiveCell: number) => ({
    ...figuresOf,
    byReason: Object.fromEntries(reasons.map((reason) => [reason, shown(figuresOf.byReason[reason] ?? 0, markers[cells[reason] ?? -1])])),
    positive: shown(figuresOf.positive, markers[positiveCell]),
    positiveShare: markers[positiveCell] === undefined ? figuresOf.positiveShare : MASKED_CELL,
  });
  return {
    total: figures(exits.total, reasonTotals, positive),
    bySite: sites.map(({ site, cells, positive: positiveCell }) => figures(site, cells, positiveCell)),
  };
}

/** Every masked table of the report; the rest (total rows, the network's figures, evolution) is as computed. */
export function maskReport(report: ActivityReport): MaskedActivityReport {
  return {
    ...report,
    profiles: maskProfiles(report.profiles),
    profilesAccompanied: maskProfiles(report.profilesAccompanied),
    ratios: { ...report.ratios, byOrganisation: maskOrganisationRatios(report.ratios.byOrganisation) },
    spoc: { ...report.spoc, bySite: maskSpocSites(report.spoc) },
    accompaniment: { ...report.accompaniment, byMetier: maskMetierRows(report.accompaniment), bySite: maskAccompanimentSites(report.accompaniment) },
    validation: { ...report.validation, bySite: maskValidationSites(report.validation) },
    modules: maskModules(report.modules),
    exits: maskExits(report.exits),
  };
}

/** The first name of maskReport (it masked the profile tables only). */
export const maskSmallCells = (report: ActivityReport): MaskedActivityReport => maskReport(report);

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
import { MASKED_CELL, suppress, type MaskedCount, type MaskMarker } from './suppression';
import { shown, TableBuilder } from './table-builder';
import { POSITIVE_EXIT_REASONS } from './exits';
import type { AccompanimentMetierRow, ActivityReport, ExitFigures, ModuleRow, ProfileCounts, Profiles } from './types';
import {
  maskAccompanimentSites,
  maskOrganisationRatios,
  maskSpocSites,
  maskValidationSites,
  SiteTable,
  type MaskedAccompanimentSiteRow,
  type MaskedOrganisationRatios,
  type MaskedSpocSiteRow,
  type MaskedValidationSiteRow,
} from './mask-sites';
import { maskEvolution, type MaskedEvolution } from './mask-evolution';

export { MASKED_CELL, SMALL_CELL, type MaskedCount, type MaskMarker } from './suppression';

export type MaskedCounts = Record<string, MaskedCount>;
export type MaskedProfiles = { [T in keyof Profiles]: MaskedCounts };
export type MaskedMetierRow = Omit<AccompanimentMetierRow, 'accompaniments' | 'persons'> & { accompaniments: MaskedCount; persons: MaskedCount };
export type MaskedModuleRow = Omit<ModuleRow, 'candidates'> & { candidates: MaskedCount };
export type MaskedExitFigures = Omit<ExitFigures, 'closed' | 'byReason' | 'positive' | 'positiveShare'> & {
  closed: MaskedCount;
  byReason: MaskedCounts;
  positive: MaskedCount;
  positiveShare: number | null | MaskMarker;
};
export type MaskedActivityReport = Omit<ActivityReport, 'profiles' | 'profilesAccompanied' | 'accompaniment' | 'modules' | 'exits' | 'spoc' | 'validation' | 'ratios' | 'evolution'> & {
  evolution: MaskedEvolution;
  profiles: MaskedProfiles;
  profilesAccompanied: MaskedProfiles;
  ratios: Omit<ActivityReport['ratios'], 'byOrganisation'> & { byOrganisation: MaskedOrganisationRatios[] };
  spoc: Omit<ActivityReport['spoc'], 'bySite'> & { bySite: MaskedSpocSiteRow[] };
  accompaniment: Omit<ActivityReport['accompaniment'], 'byMetier' | 'bySite'> & { byMetier: MaskedMetierRow[]; bySite: MaskedAccompanimentSiteRow[] };
  validation: Omit<ActivityReport['validation'], 'bySite'> & { bySite: MaskedValidationSiteRow[] };
  modules: MaskedModuleRow[];
  exits: { total: MaskedExitFigures; bySite: (MaskedExitFigures & { siteId: string })[] };
};

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

/**
 * Table 5: a (métier, site) row's persons and accompaniments. A site's rows add up to its row of
 * table 4 (persons: to more where a person was accompanied towards two métiers, a union line);
 * where table 4 masks that figure (`maskedSites`), it is masked here too, so the site's rows must
 * not give it back.
 */
export function maskMetierRows(accompaniment: ActivityReport['accompaniment'], maskedSites: readonly MaskedAccompanimentSiteRow[] = []): MaskedMetierRow[] {
  const table = new SiteTable();
  const rows = accompaniment.byMetier.map((row) => {
    const persons = table.cell(row.persons);
    const accompaniments = table.cell(row.accompaniments);
    table.groups.push([persons, accompaniments]);
    return { row, persons, accompaniments };
  });
  const siteRows = new Map(accompaniment.bySite.map((site) => [site.siteId, site]));
  const maskedRows = new Map(maskedSites.map((site) => [site.siteId, site]));
  /** A figure of table 4: published (fixed), or masked as table 4 masks it. */
  const siteFigure = (value: number, masked: MaskedCount | undefined) => {
    if (typeof masked !== 'string') return table.cell(value, true);
    const cell = table.cell(value);
    table.preset.set(cell, masked);
    return cell;
  };
  for (const siteId of new Set(accompaniment.byMetier.map((row) => row.siteId))) {
    const site = siteRows.get(siteId);
    const ofSite = rows.filter(({ row }) => row.siteId === siteId);
    if (!site) continue;
    const masked = maskedRows.get(siteId);
    table.line(ofSite.map((cells) => cells.persons), siteFigure(site.persons, masked?.persons));
    table.line(ofSite.map((cells) => cells.accompaniments), siteFigure(site.accompaniments, masked?.accompaniments));
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
    closed: table.cell(site.closed),
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
  table.line(sites.map((site) => site.closed), closed);
  const markers = table.suppress();
  const figures = <T extends ExitFigures>(figuresOf: T, cells: Record<string, number>, closedCell: number, positiveCell: number) => ({
    ...figuresOf,
    closed: shown(figuresOf.closed, markers[closedCell]),
    byReason: Object.fromEntries(reasons.map((reason) => [reason, shown(figuresOf.byReason[reason] ?? 0, markers[cells[reason] ?? -1])])),
    positive: shown(figuresOf.positive, markers[positiveCell]),
    // share × closed would give the positive exits, share × positive the closed ones.
    positiveShare: markers[positiveCell] === undefined && markers[closedCell] === undefined ? figuresOf.positiveShare : MASKED_CELL,
  });
  return {
    total: figures(exits.total, reasonTotals, closed, positive),
    bySite: sites.map(({ site, cells, closed: closedCell, positive: positiveCell }) => figures(site, cells, closedCell, positiveCell)),
  };
}

/** Every masked table of the report; the rest (total rows, the network's figures and rows) is as computed. */
export function maskReport(report: ActivityReport): MaskedActivityReport {
  const spocSites = maskSpocSites(report.spoc);
  const accompanimentSites = maskAccompanimentSites(report.accompaniment);
  return {
    ...report,
    profiles: maskProfiles(report.profiles),
    profilesAccompanied: maskProfiles(report.profilesAccompanied),
    ratios: { ...report.ratios, byOrganisation: maskOrganisationRatios(report.ratios.byOrganisation) },
    spoc: { ...report.spoc, bySite: spocSites },
    accompaniment: { ...report.accompaniment, byMetier: maskMetierRows(report.accompaniment, accompanimentSites), bySite: accompanimentSites },
    validation: { ...report.validation, bySite: maskValidationSites(report.validation) },
    modules: maskModules(report.modules),
    exits: maskExits(report.exits),
    evolution: maskEvolution(report, spocSites, accompanimentSites),
  };
}

/** The first name of maskReport (it masked the profile tables only). */
export const maskSmallCells = (report: ActivityReport): MaskedActivityReport => maskReport(report);

// Input and output shapes of the activity report (docs/report-counting.md). The output IS the JSON of
// `GET /api/reports/activity`: stable keys, sites and codes by id, numbers as numbers, rates as
// unrounded fractions or null when their denominator is 0. Fields beyond the API's agreed
// minimum are additions (allowed by the contract), marked below.
import type { TableData } from '../entities';

export type ReportTable = 'candidates' | 'spocActions' | 'accompaniments' | 'moduleSessions' | 'attendance' | 'validationSteps' | 'moduleWork' | 'positionings';

/** A synced record as the wire carries it (extra fields such as `rev` are ignored). */
export interface ReportRecord<T extends ReportTable> {
  id: string;
  siteId: string;
  deleted: boolean;
  data: TableData[T];
}

/** Figures a coordinator entered for a year before the app (the evolution table's numbers). */
export interface PastYearFigures {
  year: number;
  siteId: string;
  spocPersons: number;
  accompaniedPersons: number;
  /** Not entered (null or absent): unknown, never 0. */
  accompaniments?: number | null;
}

/** The network's own distinct totals of a year before the app, entered by the network reporter. */
export interface NetworkPastYearFigures {
  year: number;
  spocPersons: number;
  accompaniedPersons: number;
  accompaniments?: number | null;
}

/** Individual module work (docs/report-counting.md; the synced table `moduleWork`). */
export type ModuleWorkRecord = ReportRecord<'moduleWork'>;

/** Persons per calendar year: the network's one goal, or an organisation's own. */
export interface TargetFigures {
  spocPersons: number;
  accompaniedPersons: number;
}
export interface YearTarget extends TargetFigures {
  year: number;
}
export interface OrganisationYearTarget extends YearTarget {
  organisationId: string;
}
/** The targets entered on the server (server/reports/targets.ts); a year without a network target uses the 2024 one. */
export interface ReportTargetsInput {
  network: readonly YearTarget[];
  organisations: readonly OrganisationYearTarget[];
  /** Site id → its organisation, to count an organisation's own distinct persons. */
  siteOrganisation: Readonly<Record<string, string>>;
}

export interface ReportInput {
  candidates: readonly ReportRecord<'candidates'>[];
  spocActions: readonly ReportRecord<'spocActions'>[];
  accompaniments: readonly ReportRecord<'accompaniments'>[];
  moduleSessions: readonly ReportRecord<'moduleSessions'>[];
  attendance: readonly ReportRecord<'attendance'>[];
  validationSteps: readonly ReportRecord<'validationSteps'>[];
  /** Only their dates count, as signs of life in the data-quality panel. */
  positionings?: readonly ReportRecord<'positionings'>[];
  /** Individual module work (docs/report-counting.md), counted as module participation. */
  moduleWork?: readonly ModuleWorkRecord[];
  pastYears?: readonly PastYearFigures[];
  /**
   * The network's entered totals of past years. Given only when the report covers the whole
   * network (docs/report-counting.md, table 3): they are no total of a smaller selection.
   */
  networkPastYears?: readonly NetworkPastYearFigures[];
  /** Site id → the day it left the programme (`sites.data.closedOn`), for the sites that did. */
  closedSites?: Readonly<Record<string, string>>;
  targets?: ReportTargetsInput;
}

export interface ReportOptions {
  /** First day of the period, YYYY-MM-DD (Brussels calendar day), inclusive. */
  from: string;
  /** Last day of the period, inclusive. */
  to: string;
  /** Sites the user may see / selected; records of other sites are ignored. Absent: every site. */
  siteIds?: readonly string[];
  /** Calendar years of the evolution table. Absent: the pastYears' years up to the period's, and the period's years. */
  evolutionYears?: readonly number[];
  /** The day the data-quality checks are made on (tests "passed" without a result). Default: `to`. */
  asOf?: string;
  /**
   * True when the sites of the report are the whole network, so its distinct persons may be
   * compared with the network's target. Default: true when `siteIds` is absent.
   */
  wholeNetwork?: boolean;
}

export type SpocKind = 'individuelle' | 'collective' | 'mail';
export type ByKind = Record<SpocKind, number>;

export interface SpocFigures {
  actions: number;
  /** Distinct named persons: never the contacts. */
  persons: number;
  /** Unnamed people: head counts of sessions, exchanges with nobody named (never in `persons`). */
  contacts: number;
  /** Actions per kind (addition on the total row). */
  byKind: ByKind;
}
export interface SpocSiteRow extends SpocFigures {
  siteId: string;
}

export interface AccompanimentFigures {
  accompaniments: number;
  persons: number;
  personsWithTitre: number;
  /** Accompaniments started in the period. */
  new: number;
  /** Accompaniments started before the period and still open in it (new + carriedOver = accompaniments). */
  carriedOver: number;
}
export interface AccompanimentSiteRow extends AccompanimentFigures {
  siteId: string;
}
export interface AccompanimentMetierRow {
  metier: string;
  siteId: string;
  accompaniments: number;
  persons: number;
}

/** Table 10: accompaniments closed in the period, by exit reason (code-list order, every reason, `unknown` last). */
export interface ExitFigures {
  closed: number;
  byReason: Record<string, number>;
  /** Exits to a job or a training. */
  positive: number;
  /** positive / closed, null when nothing closed. */
  positiveShare: number | null;
}
export interface ExitSiteRow extends ExitFigures {
  siteId: string;
}

export interface MetierTestRow {
  metier: string;
  testsTaken: number;
  titres: number;
  successRate: number | null;
}

export interface ModuleRow {
  siteId: string;
  module: string;
  candidates: number;
}

export interface ValidationFigures {
  registrations: number;
  testsTaken: number;
  titres: number;
  presenceRate: number | null;
  successRate: number | null;
  /** Tests taken in a centre of region `wallonie` (addition: the numerator of walloonShare). */
  walloonTestsTaken: number;
}
export interface ValidationSiteRow extends ValidationFigures {
  siteId: string;
}

/** Code → distinct persons. Every code of the list in its order (0 included), then other codes, then `unknown`. */
export type ProfileCounts = Record<string, number>;
export interface Profiles {
  certificationAtEntry: ProfileCounts;
  motivation: ProfileCounts;
  frenchLevel: ProfileCounts;
  source: ProfileCounts;
  gender: ProfileCounts;
  ageBand: ProfileCounts;
  commune: ProfileCounts;
  zone: ProfileCounts;
}
export type ProfileTable = keyof Profiles;

/**
 * Where an evolution figure comes from (beyond the agreed minimum): 'data' computed from records,
 * 'entered' typed in for a year before the app, 'missing' known by nobody (its figures are null,
 * never 0).
 */
export type EvolutionSource = 'data' | 'entered' | 'missing';

export interface EvolutionRow {
  year: number;
  siteId: string;
  spocPersons: number | null;
  accompaniedPersons: number | null;
  accompaniments: number | null;
  /** The site has left the programme (its past years stay). Absent for open sites. */
  closed?: boolean;
  source: EvolutionSource;
}

/** This year / the previous year; null when the previous figure is 0 or either is unknown. */
export interface EvolutionGrowth {
  spocPersons: number | null;
  accompaniedPersons: number | null;
}

/** The distinct persons of all the report's sites together in a year: never the sum of the rows. */
export interface EvolutionNetworkRow {
  year: number;
  spocPersons: number | null;
  accompaniedPersons: number | null;
  accompaniments: number | null;
  /** Null when the previous year is not in the table, or neither growth can be computed. */
  growth: EvolutionGrowth | null;
  source: EvolutionSource;
}

export interface Evolution {
  rows: EvolutionRow[];
  network: EvolutionNetworkRow[];
}

export interface StaleAccompaniment {
  accompanimentId: string;
  siteId: string;
  candidateId: string | null;
  startDate: string;
  lastActivityDate: string;
}
export interface TestWithoutResult {
  validationStepId: string;
  siteId: string;
  candidateId: string | null;
  testDate: string;
}
export type CountedCandidateField = 'certificationAtEntry' | 'source' | 'communeCode';
export interface CandidateMissingFields {
  candidateId: string;
  /** The candidate file's site, null when the file is not in the input. */
  siteId: string | null;
  missing: CountedCandidateField[];
}
export interface PossibleDuplicate {
  birthYear: string;
  /** Two or more distinct persons of the report whose normalized names match (names are not echoed). */
  candidateIds: string[];
}
export interface DataQuality {
  asOf: string;
  staleAccompaniments: StaleAccompaniment[];
  testsWithoutResult: TestWithoutResult[];
  candidatesMissingFields: CandidateMissingFields[];
  possibleDuplicates: PossibleDuplicate[];
}

export interface NetworkRatios {
  /** The persons compared: the network's distinct persons. */
  spocPersons: number;
  accompaniedPersons: number;
  /** persons / target; null when the report is not the whole network's, or the target is 0. */
  spocRatio: number | null;
  accompaniedRatio: number | null;
}
export interface OrganisationRatios extends NetworkRatios {
  organisationId: string;
}

export interface ActivityReport {
  period: { from: string; to: string };
  /** Distinct persons informed or accompanied in the period: the population of `profiles`. */
  personsReached: number;
  targets: {
    /** The network's one goal for the period (the sum of its calendar years'). */
    network: TargetFigures & { entered: boolean };
    /** Targets an organisation entered for itself, on its own rows (never added into the network's). */
    byOrganisation: (TargetFigures & { organisationId: string })[];
  };
  ratios: {
    network: NetworkRatios;
    byOrganisation: OrganisationRatios[];
  };
  spoc: {
    total: SpocFigures;
    bySite: SpocSiteRow[];
    byMetier: { metier: string; actions: number }[];
  };
  accompaniment: {
    total: AccompanimentFigures;
    bySite: AccompanimentSiteRow[];
    byMetier: AccompanimentMetierRow[];
    /** The per-métier table's total row: distinct persons of all its rows. */
    byMetierTotal: { accompaniments: number; persons: number };
  };
  exits: { total: ExitFigures; bySite: ExitSiteRow[] };
  modules: ModuleRow[];
  validation: {
    total: ValidationFigures;
    bySite: ValidationSiteRow[];
    walloonShare: number | null;
  };
  /** Profiles of the persons reached (personsReached). */
  profiles: Profiles;
  /** The same tables for the persons accompanied (accompaniment.total.persons). */
  profilesAccompanied: Profiles;
  evolution: Evolution;
  topMetiersToTest: MetierTestRow[];
  dataQuality: DataQuality;
}

// The report's tables as plain rows and typed columns, built once from an ActivityReport and used
// by the screen (unmasked for the sites' own users), the print, the XLSX and the CSV exports (masked
// with maskReport, as the network reporter's answer is). Keeping one model means they all show the
// same rows in the same order.
import type { TFunction } from 'i18next';
import { maskReport, MASKED_CELL, UNKNOWN, UNKNOWN_METIER, type ActivityReport, type MaskedActivityReport, type ProfileTable } from '../../domain/report';
import { reference } from '../../domain/codes';
import { certificationOptions, communeLabel, frenchLevelOptions, motivationOptions, referenceLabel, sourceOptions } from '../../i18n/code-labels';
import { partialYearNote } from './period-words';
import { buildEvolutionSheet } from './evolution-sheet';
import { ratioOf, type ReportTargets, type Targets } from './report-targets';

/** `int` counts, `percent` fractions (0.9 = 90 %, null = no denominator), `year` a calendar year (a number, no thousands separator), `text` labels. */
export type ColumnKind = 'text' | 'int' | 'percent' | 'year';
export type Cell = string | number | null;

export interface ReportColumn {
  header: string;
  kind: ColumnKind;
  /** The column's id (`persons`, `ratio`, …): what it counts, whatever the language. */
  key?: string;
}

export interface ReportSheet {
  /** Stable id (also the CSV's table column and the basis of the sheet name). */
  id: string;
  title: string;
  columns: ReportColumn[];
  /** The first cell of a row names it (a row header on screen). */
  rows: Cell[][];
  /** True for the profile tables, whose exported cells below 5 read "<5". */
  masked?: boolean;
  /** Said under the table, on screen, in print and in the exports. */
  notes?: string[];
}

export { DEFAULT_TARGETS, type Targets } from './report-targets';

export const PROFILE_TABLES: readonly ProfileTable[] = [
  'certificationAtEntry',
  'motivation',
  'frenchLevel',
  'source',
  'gender',
  'ageBand',
  'commune',
  'zone',
];

export interface LabelContext {
  t: TFunction;
  language: string;
  siteName: (siteId: string) => string;
}

type Labelled = { code: string | number; fr: string; nl?: string };
const labelOf = (list: readonly Labelled[], code: string, language: string): string | undefined => {
  const entry = list.find((item) => String(item.code) === code);
  return entry ? (language === 'nl' && entry.nl ? entry.nl : entry.fr) : undefined;
};

export function metierLabel(code: string, ctx: LabelContext): string {
  if (code === UNKNOWN_METIER) return ctx.t('reports.unknown');
  return referenceLabel('metiers', code, ctx.language);
}

/** The report's short module names, in the interface language (a module outside the list: its name in the code list, or its code). */
function moduleLabel(code: string, ctx: LabelContext): string {
  const entry = reference.vdc.modules.find((item) => item.code === code);
  return ctx.t(`reports.module.${code}`, { defaultValue: entry ? referenceLabel('modules', code, ctx.language) : code });
}

function profileLabel(table: ProfileTable, code: string, ctx: LabelContext): string {
  if (code === UNKNOWN) return ctx.t('reports.unknown');
  const options = (list: { code: string | number; label: string }[]) => list.find((option) => String(option.code) === code)?.label;
  switch (table) {
    case 'certificationAtEntry':
      return options(certificationOptions(ctx.language)) ?? code;
    case 'motivation':
      return options(motivationOptions(ctx.language)) ?? code;
    case 'frenchLevel':
      return options(frenchLevelOptions(ctx.language)) ?? code;
    case 'source':
      return options(sourceOptions(ctx.language)) ?? code;
    case 'gender':
      return ctx.t(`gender.${code}`, { defaultValue: code });
    case 'ageBand':
      return code;
    case 'commune':
      return communeLabel(code, ctx.language) ?? code;
    case 'zone':
      // The reference has the zones in French and Dutch; English ones are in the reports' words.
      return ctx.t(`reports.zone.${code}`, {
        defaultValue:
          labelOf(reference.brussels.zones, code, ctx.language) ??
          (code === reference.brussels.outsideRegion.code ? labelOf([reference.brussels.outsideRegion], code, ctx.language) : undefined) ??
          code,
      });
  }
}

/** Plain targets (one figure for the total, none per site) or the per-site targets of report-targets.ts. */
const asReportTargets = (targets: Targets | ReportTargets): ReportTargets => ('total' in targets ? targets : { bySite: new Map(), total: targets });
/** A site's Walloon share (the report gives the total's); null when no test was taken, as the report's rates. */
const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** Every table of the report (docs/report-counting.md), in its order. `profiles` may be masked. */
export function buildReportSheets(report: ActivityReport | MaskedActivityReport, anyTargets: Targets | ReportTargets, ctx: LabelContext): ReportSheet[] {
  const { t } = ctx;
  const targets = asReportTargets(anyTargets);
  const siteSpocTarget = (siteId: string) => targets.bySite.get(siteId)?.spocPersons ?? null;
  const siteAccompaniedTarget = (siteId: string) => targets.bySite.get(siteId)?.accompaniedPersons ?? null;
  const col = (key: string, kind: ColumnKind): ReportColumn => ({ header: t(`reports.col.${key}`), kind, key });
  const profiles = report.profiles;
  const total = t('reports.total');
  const spoc = report.spoc;
  const acc = report.accompaniment;
  const val = report.validation;

  const sheets: ReportSheet[] = [
    {
      id: 'spoc-sites',
      title: t('reports.table.spocSites'),
      columns: [col('site', 'text'), col('actions', 'int'), col('persons', 'int'), col('individuelle', 'int'), col('collective', 'int'),
        col('mail', 'int'), col('target', 'int'), col('ratio', 'percent')],
      rows: [
        ...spoc.bySite.map((row) => [ctx.siteName(row.siteId), row.actions, row.persons, row.byKind.individuelle, row.byKind.collective, row.byKind.mail,
          siteSpocTarget(row.siteId), ratioOf(row.persons, siteSpocTarget(row.siteId) ?? undefined)]),
        [total, spoc.total.actions, spoc.total.persons, spoc.total.byKind.individuelle, spoc.total.byKind.collective, spoc.total.byKind.mail,
          targets.total.spocPersons, ratioOf(spoc.total.persons, targets.total.spocPersons)],
      ],
    },
    {
      id: 'spoc-metiers',
      title: t('reports.table.spocMetiers'),
      columns: [col('metier', 'text'), col('actions', 'int')],
      rows: spoc.byMetier.map((row) => [metierLabel(row.metier, ctx), row.actions]),
    },
    {
      id: 'accompaniment-sites',
      title: t('reports.table.accompanimentSites'),
      columns: [col('site', 'text'), col('accompaniments', 'int'), col('persons', 'int'), col('personsWithTitre', 'int'), col('target', 'int'),
        col('ratio', 'percent')],
      rows: [
        ...acc.bySite.map((row) => [ctx.siteName(row.siteId), row.accompaniments, row.persons, row.personsWithTitre, siteAccompaniedTarget(row.siteId),
          ratioOf(row.persons, siteAccompaniedTarget(row.siteId) ?? undefined)]),
        [total, acc.total.accompaniments, acc.total.persons, acc.total.personsWithTitre, targets.total.accompaniedPersons,
          ratioOf(acc.total.persons, targets.total.accompaniedPersons)],
      ],
    },
    {
      id: 'accompaniment-metiers',
      title: t('reports.table.accompanimentMetiers'),
      columns: [col('metier', 'text'), col('site', 'text'), col('accompaniments', 'int'), col('persons', 'int')],
      rows: acc.byMetier.map((row) => [metierLabel(row.metier, ctx), ctx.siteName(row.siteId), row.accompaniments, row.persons]),
    },
    {
      id: 'modules',
      title: t('reports.table.modules'),
      columns: [col('site', 'text'), col('module', 'text'), col('candidates', 'int')],
      rows: report.modules.map((row) => [ctx.siteName(row.siteId), moduleLabel(row.module, ctx), row.candidates]),
    },
    {
      id: 'validation',
      title: t('reports.table.validation'),
      columns: [col('site', 'text'), col('registrations', 'int'), col('testsTaken', 'int'), col('titres', 'int'), col('presenceRate', 'percent'),
        col('successRate', 'percent'), col('walloonTests', 'int'), col('walloonShare', 'percent')],
      rows: [
        ...val.bySite.map((row) => [ctx.siteName(row.siteId), row.registrations, row.testsTaken, row.titres, row.presenceRate, row.successRate,
          row.walloonTestsTaken, share(row.walloonTestsTaken, row.testsTaken)]),
        [total, val.total.registrations, val.total.testsTaken, val.total.titres, val.total.presenceRate, val.total.successRate,
          val.total.walloonTestsTaken, val.walloonShare],
      ],
    },
    {
      id: 'metiers-to-test',
      title: t('reports.table.metiersToTest'),
      columns: [col('metier', 'text'), col('testsTaken', 'int')],
      rows: report.topMetiersToTest.map((row) => [metierLabel(row.metier, ctx), row.testsTaken]),
    },
    ...PROFILE_TABLES.map(
      (table): ReportSheet => ({
        id: `profile-${table}`,
        title: t(`reports.profile.${table}`),
        columns: [col('value', 'text'), col('persons', 'int')],
        rows: Object.entries(profiles[table]).map(([code, count]) => [profileLabel(table, code, ctx), count]),
        masked: true,
      }),
    ),
    buildEvolutionSheet(report.evolution, ctx),
  ];
  return sheets.map((sheet) => withNotes(sheet, report.period, ctx));
}

/** Masked cells in words, and the note beside a ratio to a yearly target over a shorter period. */
function withNotes(sheet: ReportSheet, period: { from: string; to: string }, ctx: LabelContext): ReportSheet {
  const masked = ctx.t('reports.maskedCell');
  const rows = sheet.rows.map((row) => row.map((cell) => (cell === MASKED_CELL ? masked : cell)));
  const partial = sheet.columns.some((column) => column.key === 'ratio') ? partialYearNote(period, ctx.t, ctx.language) : undefined;
  return { ...sheet, rows, ...(partial ? { notes: [...(sheet.notes ?? []), partial] } : {}) };
}

/** The sheets as they may leave the sites: for print and every export, masked as the network reporter's answer (maskReport). */
export function buildExportSheets(report: ActivityReport, targets: Targets | ReportTargets, ctx: LabelContext): ReportSheet[] {
  return buildReportSheets(maskReport(report), targets, ctx);
}

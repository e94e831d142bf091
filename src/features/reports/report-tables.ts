// The report's tables as plain rows and typed columns (the table view model), built once from an
// ActivityReport and used by the screen (unmasked for the sites' own users), the print, the XLSX and
// the CSV exports (masked with maskReport, as the network reporter's answer is), so they all show
// the same rows in the same order (docs/report-counting.md). Every label goes
// through i18next or the translated code lists: codes never reach the reader.
import type { TFunction } from 'i18next';
import { maskReport, MASKED_CELL, UNKNOWN, UNKNOWN_METIER, type ActivityReport, type MaskedActivityReport, type MaskedCount, type MaskedProfiles, type ProfileTable } from '../../domain/report';
import { reference } from '../../domain/codes';
import { certificationOptions, communeLabel, frenchLevelOptions, motivationOptions, referenceLabel, sourceOptions } from '../../i18n/code-labels';
import { partialYearNote } from './period-words';
import { buildEvolutionSheet } from './evolution-sheet';

/** `int` counts, `percent` fractions (0.9 = 90 %, null = no denominator), `year` a calendar year (a number, no thousands separator), `text` labels. */
export type ColumnKind = 'text' | 'int' | 'percent' | 'year';
export type Cell = string | number | null;

export interface ReportColumn {
  header: string;
  kind: ColumnKind;
  /** The column's id (`persons`, `spocRatio`, …): what it counts, whatever the language. */
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
  /** Said under the table, on screen, in print and in the exports (the contacts, kept out of the distinct persons…). */
  notes?: string[];
}

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
  /** An organisation's name (its id when unknown). */
  organisationName?: (organisationId: string) => string;
}

export function metierLabel(code: string, ctx: LabelContext): string {
  if (code === UNKNOWN_METIER) return ctx.t('reports.unknown');
  return referenceLabel('metiers', code, ctx.language);
}

/** The report's short module names in the interface language (the code list has them in French only). */
export function moduleLabel(code: string, ctx: Pick<LabelContext, 't' | 'language'>): string {
  const entry = reference.vdc.modules.find((item) => item.code === code);
  const fallback = ctx.language === 'fr' && entry?.reportLabel ? entry.reportLabel : referenceLabel('modules', code, ctx.language);
  return ctx.t(`reports.module.${code}`, { defaultValue: fallback });
}

function exitReasonLabel(code: string, ctx: LabelContext): string {
  return code === UNKNOWN ? ctx.t('reports.unknown') : referenceLabel('exitReasons', code, ctx.language);
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
      return ctx.t(`reports.ageBand.${code}`, { defaultValue: code });
    case 'commune':
      // "Outside the region" is ours to translate (the reference data has it in French and Dutch only).
      return code === reference.brussels.outsideRegion.code ? ctx.t(`reports.zone.${code}`) : (communeLabel(code, ctx.language) ?? code);
    case 'zone':
      return ctx.t(`reports.zone.${code}`, { defaultValue: code });
  }
}

/** Every table of the report (docs/report-counting.md), in its order. The profile cells may be masked. */
/** Every table of the report (docs/report-counting.md), in its order. The report may be masked (maskReport). */
export function buildReportSheets(report: ActivityReport | MaskedActivityReport, ctx: LabelContext): ReportSheet[] {
  const { t } = ctx;
  const col = (key: string, kind: ColumnKind): ReportColumn => ({ header: t(`reports.col.${key}`), kind, key });
  const total = t('reports.total');
  const { spoc, accompaniment: acc, validation: val, exits } = report;
  const organisationName = ctx.organisationName ?? ((id: string) => id);
  const network = report.ratios.network;
  const reasons = Object.keys(exits.total.byReason);

  const profileSheets = (prefix: 'profile' | 'profile-accompanied', population: string, profiles: MaskedProfiles): ReportSheet[] =>
    PROFILE_TABLES.map((table) => ({
      id: `${prefix}-${table}`,
      title: t(`reports.${prefix === 'profile' ? 'profile' : 'profileAccompanied'}.${table}`),
      notes: [t('reports.population.note', { population })],
      columns: [col('value', 'text'), col('persons', 'int')],
      // The population's size is in the title (the 442 persons reached); masking a table that adds
      // up to a published total is src/domain/report/mask.ts's concern.
      rows: Object.entries(profiles[table]).map(([code, count]): Cell[] => [profileLabel(table, code, ctx), count]),
      masked: true,
    }));

  const sheets: ReportSheet[] = [
    {
      id: 'targets',
      title: t('reports.table.targets'),
      columns: [col('scope', 'text'), col('spocTarget', 'int'), col('spocPersons', 'int'), col('spocRatio', 'percent'), col('accompaniedTarget', 'int'),
        col('accompaniedPersons', 'int'), col('accompaniedRatio', 'percent')],
      rows: [
        [t('reports.networkGoal'), report.targets.network.spocPersons, network.spocPersons, network.spocRatio, report.targets.network.accompaniedPersons,
          network.accompaniedPersons, network.accompaniedRatio],
        ...report.ratios.byOrganisation.map((row): Cell[] => {
          const goal = report.targets.byOrganisation.find((entry) => entry.organisationId === row.organisationId);
          return [organisationName(row.organisationId), goal?.spocPersons ?? null, row.spocPersons, row.spocRatio, goal?.accompaniedPersons ?? null,
            row.accompaniedPersons, row.accompaniedRatio];
        }),
      ],
      notes: [network.spocRatio === null ? t('reports.targetsPartOfNetwork') : t('reports.targetsWholeNetwork')],
    },
    {
      id: 'spoc-sites',
      title: t('reports.table.spocSites'),
      columns: [col('site', 'text'), col('actions', 'int'), col('persons', 'int'), col('individuelle', 'int'), col('collective', 'int'), col('mail', 'int'),
        col('contacts', 'int')],
      rows: [
        ...spoc.bySite.map((row): Cell[] => [ctx.siteName(row.siteId), row.actions, row.persons, row.byKind.individuelle, row.byKind.collective, row.byKind.mail,
          row.contacts]),
        [total, spoc.total.actions, spoc.total.persons, spoc.total.byKind.individuelle, spoc.total.byKind.collective, spoc.total.byKind.mail, spoc.total.contacts],
      ],
      notes: [t('reports.personsPerSiteNote'), t('reports.contactsNote', { count: spoc.total.contacts })],
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
      columns: [col('site', 'text'), col('accompaniments', 'int'), col('new', 'int'), col('carriedOver', 'int'), col('persons', 'int'), col('personsWithTitre', 'int')],
      rows: [
        ...acc.bySite.map((row): Cell[] => [ctx.siteName(row.siteId), row.accompaniments, row.new, row.carriedOver, row.persons, row.personsWithTitre]),
        [total, acc.total.accompaniments, acc.total.new, acc.total.carriedOver, acc.total.persons, acc.total.personsWithTitre],
      ],
      notes: [t('reports.personsPerSiteNote')],
    },
    {
      id: 'accompaniment-metiers',
      title: t('reports.table.accompanimentMetiers'),
      columns: [col('metier', 'text'), col('site', 'text'), col('accompaniments', 'int'), col('persons', 'int')],
      rows: [
        ...acc.byMetier.map((row): Cell[] => [metierLabel(row.metier, ctx), ctx.siteName(row.siteId), row.accompaniments, row.persons]),
        // Distinct persons: one accompanied towards two métiers is in two rows and once here.
        [total, '', acc.byMetierTotal.accompaniments, acc.byMetierTotal.persons],
      ],
    },
    {
      id: 'exits',
      title: t('reports.table.exits'),
      columns: [col('site', 'text'), col('closed', 'int'), ...reasons.map((reason) => ({ header: exitReasonLabel(reason, ctx), kind: 'int' as const, key: reason })),
        col('positiveShare', 'percent')],
      rows: [
        ...exits.bySite.map((row): Cell[] => [ctx.siteName(row.siteId), row.closed, ...reasons.map((reason) => row.byReason[reason] ?? 0), row.positiveShare]),
        [total, exits.total.closed, ...reasons.map((reason) => exits.total.byReason[reason] ?? 0), exits.total.positiveShare],
      ],
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
        ...val.bySite.map((row): Cell[] => [ctx.siteName(row.siteId), row.registrations, row.testsTaken, row.titres, row.presenceRate, row.successRate,
          row.walloonTestsTaken, walloonShareOf(row.walloonTestsTaken, row.testsTaken)]),
        [total, val.total.registrations, val.total.testsTaken, val.total.titres, val.total.presenceRate, val.total.successRate,
          val.total.walloonTestsTaken, val.walloonShare],
      ],
    },
    {
      id: 'metiers-to-test',
      title: t('reports.table.metiersToTest'),
      columns: [col('metier', 'text'), col('testsTaken', 'int'), col('titres', 'int'), col('successRate', 'percent')],
      rows: [
        ...report.topMetiersToTest.map((row): Cell[] => [metierLabel(row.metier, ctx), row.testsTaken, row.titres, row.successRate]),
        [total, val.total.testsTaken, val.total.titres, val.total.successRate],
      ],
    },
    ...profileSheets('profile', t('reports.population.reached', { count: report.personsReached }), report.profiles),
    ...profileSheets('profile-accompanied', t('reports.population.accompanied', { count: acc.total.persons }), report.profilesAccompanied),
    buildEvolutionSheet(report.evolution, ctx),
  ];
  return sheets.map((sheet) => withNotes(sheet, report.period, ctx));
}

/** A site's share of tests taken in Wallonia; masked when either count is. */
function walloonShareOf(walloon: MaskedCount, taken: MaskedCount): Cell {
  if (typeof walloon !== 'number' || typeof taken !== 'number') return MASKED_CELL;
  return taken > 0 ? walloon / taken : null;
}

/** Masked cells in words, and the note beside a ratio to a yearly target over a shorter period. */
function withNotes(sheet: ReportSheet, period: { from: string; to: string }, ctx: LabelContext): ReportSheet {
  const masked = ctx.t('reports.maskedCell');
  const rows = sheet.rows.map((row) => row.map((cell) => (cell === MASKED_CELL ? masked : cell)));
  const partial = sheet.columns.some((column) => /ratio$/i.test(column.key ?? '')) ? partialYearNote(period, ctx.t, ctx.language) : undefined;
  return { ...sheet, rows, ...(partial ? { notes: [...(sheet.notes ?? []), partial] } : {}) };
}

/** The sheets as they may leave the sites: for print and every export, masked as the network reporter's answer (maskReport). */
export function buildExportSheets(report: ActivityReport, ctx: LabelContext): ReportSheet[] {
  return buildReportSheets(maskReport(report), ctx);
}

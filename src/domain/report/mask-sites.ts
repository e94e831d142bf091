// The sites' headline figures (tables 1, 4 and 7: SPOC, accompaniment and validation per site) and
// the organisations' rows of the targets table, masked as the other tables' cells are
// (docs/report-counting.md, "Masking"): a figure from 1 to 4 is "<5", and complementary suppression
// keeps it from being worked out by subtraction from the total row published under the sites.
// - Lines: each column's sites add up to the total row (counts of records: actions,
//   accompaniments, registrations…; distinct persons when nobody was at two sites); where a person
//   was at two sites, the sites add up to more and the line is a union line (suppression.ts), so
//   that no "<5" can be bounded from below by total − the other sites; within a row, the kinds of
//   SPOC actions add up to the actions, new and carried-over accompaniments to the accompaniments.
// - The total rows are published (they are also the populations of the profile tables): fixed.
// - A row's persons are masked with its count of records (actions, accompaniments): 1 accompaniment
//   would give its 1 person away; a rate whose numerator or denominator is masked is masked.
import { MASKED_CELL, suppress, type MaskedCount, type MaskMarker } from './suppression';
import { shown, TableBuilder } from './table-builder';
import type { ActivityReport, OrganisationRatios } from './types';

type Masked<T, K extends keyof T> = Omit<T, K> & { [P in K]: MaskedCount };
type Rate = number | null | MaskMarker;

const SPOC_FIELDS = ['actions', 'persons', 'contacts'] as const;
const SPOC_KINDS = ['individuelle', 'collective', 'mail'] as const;
const ACC_FIELDS = ['accompaniments', 'new', 'carriedOver', 'persons', 'personsWithTitre'] as const;
const VAL_FIELDS = ['registrations', 'testsTaken', 'titres', 'walloonTestsTaken'] as const;

type SpocRow = ActivityReport['spoc']['bySite'][number];
type AccRow = ActivityReport['accompaniment']['bySite'][number];
type ValRow = ActivityReport['validation']['bySite'][number];
export type MaskedSpocSiteRow = Masked<SpocRow, (typeof SPOC_FIELDS)[number]> & { byKind: Record<string, MaskedCount> };
export type MaskedAccompanimentSiteRow = Masked<AccRow, (typeof ACC_FIELDS)[number]>;
export type MaskedValidationSiteRow = Omit<Masked<ValRow, (typeof VAL_FIELDS)[number]>, 'presenceRate' | 'successRate'> & { presenceRate: Rate; successRate: Rate };
export type MaskedOrganisationRatios = Omit<OrganisationRatios, 'spocPersons' | 'accompaniedPersons' | 'spocRatio' | 'accompaniedRatio'> & {
  spocPersons: MaskedCount;
  accompaniedPersons: MaskedCount;
  spocRatio: Rate;
  accompaniedRatio: Rate;
};

/** One table of site rows: cells, lines and groups, suppressed together. */
export class SiteTable extends TableBuilder {
  /** A sum line where the parts add up to the total; a union line where they add up to more (distinct persons, see above). */
  override line(parts: number[], total: number): void {
    const sum = parts.reduce((acc, part) => acc + (this.values[part] ?? 0), 0);
    const of = this.values[total] ?? 0;
    if (parts.length === 0 || sum < of) return;
    this.lines.push(sum === of ? { parts, total } : { parts, total, kind: 'union' });
  }
  columns<F extends string>(rows: readonly Record<F, number>[], fields: readonly F[], totals: Record<F, number>): Record<F, number>[] {
    const cells = rows.map((row) => Object.fromEntries(fields.map((field) => [field, this.cell(row[field])])) as Record<F, number>);
    for (const field of fields) this.line(cells.map((row) => row[field]), this.cell(totals[field], true));
    return cells;
  }
}

const rate = (value: number | null, ...markers: (MaskMarker | undefined)[]): Rate => (markers.some((marker) => marker !== undefined) ? MASKED_CELL : value);

export function maskSpocSites(spoc: ActivityReport['spoc']): MaskedSpocSiteRow[] {
  const table = new SiteTable();
  const cells = table.columns(spoc.bySite, SPOC_FIELDS, spoc.total);
  const kinds = table.columns(spoc.bySite.map((row) => row.byKind as Record<(typeof SPOC_KINDS)[number], number>), SPOC_KINDS, spoc.total.byKind as Record<(typeof SPOC_KINDS)[number], number>);
  cells.forEach((row, index) => {
    const kind = kinds[index];
    if (kind) table.line(SPOC_KINDS.map((name) => kind[name]), row.actions);
    table.groups.push([row.actions, row.persons]);
  });
  const markers = table.suppress();
  return spoc.bySite.map((row, index) => {
    const cell = cells[index] as Record<(typeof SPOC_FIELDS)[number], number>;
    const kind = kinds[index] as Record<(typeof SPOC_KINDS)[number], number>;
    return {
      ...row,
      actions: shown(row.actions, markers[cell.actions]),
      persons: shown(row.persons, markers[cell.persons]),
      contacts: shown(row.contacts, markers[cell.contacts]),
      byKind: { ...row.byKind, ...Object.fromEntries(SPOC_KINDS.map((name) => [name, shown(row.byKind[name] ?? 0, markers[kind[name]])])) },
    };
  });
}

export function maskAccompanimentSites(accompaniment: ActivityReport['accompaniment']): MaskedAccompanimentSiteRow[] {
  const table = new SiteTable();
  const cells = table.columns(accompaniment.bySite, ACC_FIELDS, accompaniment.total);
  for (const row of cells) {
    table.line([row.new, row.carriedOver], row.accompaniments);
    table.groups.push([row.accompaniments, row.persons]);
  }
  const markers = table.suppress();
  return accompaniment.bySite.map((row, index) => {
    const cell = cells[index] as Record<(typeof ACC_FIELDS)[number], number>;
    return { ...row, ...Object.fromEntries(ACC_FIELDS.map((field) => [field, shown(row[field], markers[cell[field]])])) } as MaskedAccompanimentSiteRow;
  });
}

export function maskValidationSites(validation: ActivityReport['validation']): MaskedValidationSiteRow[] {
  const table = new SiteTable();
  const cells = table.columns(validation.bySite, VAL_FIELDS, validation.total);
  const markers = table.suppress();
  return validation.bySite.map((row, index) => {
    const cell = cells[index] as Record<(typeof VAL_FIELDS)[number], number>;
    return {
      ...row,
      ...Object.fromEntries(VAL_FIELDS.map((field) => [field, shown(row[field], markers[cell[field]])])),
      presenceRate: rate(row.presenceRate, markers[cell.registrations], markers[cell.testsTaken]),
      successRate: rate(row.successRate, markers[cell.testsTaken], markers[cell.titres]),
    } as MaskedValidationSiteRow;
  });
}

/** An organisation's row of the targets table: its distinct persons (no total is published beside them). */
export function maskOrganisationRatios(rows: readonly OrganisationRatios[]): MaskedOrganisationRatios[] {
  return rows.map((row) => {
    const [spoc, accompanied] = suppress({ values: [row.spocPersons, row.accompaniedPersons], lines: [] });
    return {
      ...row,
      spocPersons: shown(row.spocPersons, spoc),
      accompaniedPersons: shown(row.accompaniedPersons, accompanied),
      spocRatio: rate(row.spocRatio, spoc),
      accompaniedRatio: rate(row.accompaniedRatio, accompanied),
    };
  });
}

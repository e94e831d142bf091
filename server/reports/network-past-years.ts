// The network's distinct totals of past years (docs/report-counting.md, "Evolution over years and
// past years"): what the network reporter enters for the years before the app, one row per
// calendar year (`network_past_year_figures`, migration 0015). Persons are the network's distinct
// persons, which no sum of the sites' entered rows can give (a person seen at two sites is one).
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { NetworkPastYearFigures } from '../../src/domain/report';
import type { Database } from '../db/schema';
import { MAX_PAST_YEAR_PERSONS, pastYearSchema } from './past-years';

interface NetworkPastYearTable {
  year: number;
  spoc_persons: number;
  accompanied_persons: number;
  accompaniments: number | null;
  entered_by: string;
  entered_at: string;
}

/** One entered row as the API answers it. */
export interface NetworkPastYearRow extends NetworkPastYearFigures {
  accompaniments: number | null;
  enteredBy: string;
  enteredAt: string;
}

const count = z
  .number({ message: 'invalidNumber' })
  .int({ message: 'invalidNumber' })
  .min(0, { message: 'outOfRange' })
  .max(MAX_PAST_YEAR_PERSONS, { message: 'outOfRange' });

export function networkPastYearBodySchema(today?: string) {
  return z
    .object({ year: pastYearSchema(today), spocPersons: count, accompaniedPersons: count, accompaniments: count.nullable().optional() })
    .strict();
}

export function networkPastYearKeySchema(today?: string) {
  // Query strings carry text: the year is read as a number before the same check.
  return z.object({ year: z.preprocess((value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value), pastYearSchema(today)) }).strict();
}

const table = (db: Kysely<Database>) => db.withTables<{ network_past_year_figures: NetworkPastYearTable }>();

const toRow = (row: NetworkPastYearTable): NetworkPastYearRow => ({
  year: Number(row.year),
  spocPersons: Number(row.spoc_persons),
  accompaniedPersons: Number(row.accompanied_persons),
  accompaniments: row.accompaniments === null ? null : Number(row.accompaniments),
  enteredBy: row.entered_by,
  enteredAt: row.entered_at,
});

/** Every entered year, in order. */
export async function listNetworkPastYears(db: Kysely<Database>): Promise<NetworkPastYearRow[]> {
  return (await table(db).selectFrom('network_past_year_figures').selectAll().orderBy('year').execute()).map(toRow);
}

/** Enters or corrects the network's totals of one year. */
export async function saveNetworkPastYear(db: Kysely<Database>, figures: NetworkPastYearFigures, userId: string, now = new Date().toISOString()): Promise<NetworkPastYearRow> {
  const values: NetworkPastYearTable = {
    year: figures.year,
    spoc_persons: figures.spocPersons,
    accompanied_persons: figures.accompaniedPersons,
    accompaniments: figures.accompaniments ?? null,
    entered_by: userId,
    entered_at: now,
  };
  const { year: _year, ...changed } = values;
  await table(db)
    .insertInto('network_past_year_figures')
    .values(values)
    .onConflict((conflict) => conflict.column('year').doUpdateSet(changed))
    .execute();
  return toRow(values);
}

/** Removes a mistaken entry; false when there was none. */
export async function deleteNetworkPastYear(db: Kysely<Database>, year: number): Promise<boolean> {
  const result = await table(db).deleteFrom('network_past_year_figures').where('year', '=', year).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

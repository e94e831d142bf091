// A new record in one zod pass instead of two (docs/performance.md, "Push").
//
// apply-mutation.ts checks a mutation's fields with `fieldSchemas[table]` (every field rule,
// plausibility included), merges them, then checks the merged record with `recordSchemas[table]`
// (the same field rules without plausibility, plus the record's own rules: required fields, a
// name, an exit after the start…). For a creation whose fields hold no `null`, the merged record
// is the parsed fields themselves, and where `newRecordSchemas[table]` is `fieldSchemas[table]`
// with the record's rules added (the very same field schemas, its checks kept: verified below,
// per table, from the schemas themselves), one pass of it accepts exactly what the two accept. The
// field schemas' only rewriting is `.trim()`, which a second pass would leave as it is.
// A failed pass returns undefined: the caller then runs the two checks as ever, so a refused
// creation gets the very answer it got before.
import { z } from 'zod';
import { fieldSchemas, newRecordSchemas } from '../../src/domain/entities';
import type { SyncedTable } from '../../src/domain/tables';

type Parsed = { success: true; data: unknown };

/** Is `whole` the object schema `fields` with checks added, and nothing else changed? */
export function extendsFieldSchema(fields: z.ZodType, whole: z.ZodType): boolean {
  if (!(fields instanceof z.ZodObject) || !(whole instanceof z.ZodObject)) return false;
  const fieldDef = fields._zod.def;
  const wholeDef = whole._zod.def;
  const wholeChecks = wholeDef.checks ?? [];
  const sameShape = sameEntries(fieldDef.shape, wholeDef.shape);
  return sameShape && wholeDef.catchall === fieldDef.catchall && (fieldDef.checks ?? []).every((check) => wholeChecks.includes(check));
}

/** The same keys, each with the very same field schema (a refined object copies its shape's entries). */
function sameEntries(left: Readonly<Record<string, z.ZodType>>, right: Readonly<Record<string, z.ZodType>>): boolean {
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => Object.hasOwn(right, key) && left[key] === right[key]);
}

/** The tables whose new records may be judged in one pass. */
export const ONE_PASS_TABLES: ReadonlySet<SyncedTable> = new Set(
  (Object.keys(fieldSchemas) as SyncedTable[]).filter((table) => extendsFieldSchema(fieldSchemas[table], newRecordSchemas[table])),
);

/** The parsed fields of a creation when one pass accepts them; undefined: run the two checks. */
export function parseNewRecordOnce(table: SyncedTable, fields: Record<string, unknown>): Parsed | undefined {
  if (!ONE_PASS_TABLES.has(table)) return undefined;
  for (const key in fields) if (fields[key] === null) return undefined;
  const parsed = newRecordSchemas[table].safeParse(fields);
  return parsed.success ? { success: true, data: parsed.data } : undefined;
}

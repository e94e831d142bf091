// Value mapping: a value of a code-list field that the import does not recognise ("Cariste",
// "Laeken") is decided once by the adviser for the whole file: a code, or "leave the field empty".
// Until she decides, the rows carrying it are refused with `valueNotMapped`; nothing is guessed.
import { foldHeader } from './fields';
import type { PlannedRow } from './rows';

export const MAPPABLE_FIELDS = ['gender', 'commune', 'metier', 'spocKind', 'exitReason'] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

export function isMappable(field: string | null): field is MappableField {
  return (MAPPABLE_FIELDS as readonly string[]).includes(field ?? '');
}

/** The adviser's decisions: per field and folded value, a code, or null for "leave empty". */
export type ValueDecisions = ReadonlyMap<string, string | null>;

export function decisionKey(field: MappableField, value: string): string {
  return `${field}:${foldHeader(value)}`;
}

export interface UnmappedValue {
  key: string;
  field: MappableField;
  /** The value as first written in the file. */
  value: string;
  /** Rows carrying it. */
  rows: number[];
}

/** The distinct values still to decide, in the order the file shows them. */
export function unmappedValues(planned: readonly PlannedRow[]): UnmappedValue[] {
  const byKey = new Map<string, UnmappedValue>();
  for (const row of planned) {
    for (const problem of row.problems) {
      if (problem.reason !== 'valueNotMapped' || !isMappable(problem.field)) continue;
      const key = decisionKey(problem.field, problem.value);
      const known = byKey.get(key);
      if (known) known.rows.push(row.row);
      else byKey.set(key, { key, field: problem.field, value: problem.value, rows: [row.row] });
    }
  }
  return [...byKey.values()];
}

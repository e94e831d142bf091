// The observation form's values and the record they make (docs/observations.md). The whole record
// is checked with the domain's own schema, so the form says in the field what the server and the
// tablet would refuse, in the same words.
import { brusselsDate } from '../../domain/dates';
import type { ObservationData } from '../../domain/entities';
import { observationRecordSchema, type Criterion, type ObservationKind, type ObservationResult, type ObserverKind } from '../../domain/positioning/observation-fields';
import type { FieldErrors } from '../../components/form/form-errors';
import { textsOf } from '../../components/form/form-text';

export interface CriterionValues {
  /** A key for React only (criteria have no id). */
  key: number;
  label: string;
  result: ObservationResult | '';
}

export interface ObservationValues {
  accompanimentId: string;
  /** The sitting the observation is linked to ('' for none). */
  positioningId: string;
  kind: ObservationKind;
  uc: string;
  task: string;
  conditions: string;
  criteria: CriterionValues[];
  result: ObservationResult | '';
  observerKind: ObserverKind;
  observerName: string;
  date: string;
  note: string;
}

let nextKey = 0;
export const criterionKey = () => (nextKey += 1);

export function observationValues(initial: ObservationData | undefined, accompanimentId: string): ObservationValues {
  return {
    accompanimentId: initial?.accompanimentId ?? accompanimentId,
    positioningId: initial?.positioningId ?? '',
    kind: initial?.kind ?? 'observation',
    ...textsOf(initial, ['uc', 'task', 'conditions', 'observerName', 'note']),
    criteria: (initial?.criteria ?? []).map((criterion) => ({ key: criterionKey(), label: criterion.label, result: criterion.result })),
    result: initial?.result ?? '',
    observerKind: initial?.observerKind ?? 'adviser',
    date: initial?.date ?? brusselsDate(),
  };
}

const optional = (text: string) => (text.trim() ? text.trim() : undefined);

/** The record the values make; optional fields left empty are absent (undefined). */
export function observationData(candidateId: string, metier: string | undefined, values: ObservationValues, initial?: ObservationData): ObservationData {
  const criteria = values.criteria.filter((criterion) => criterion.label.trim() || criterion.result);
  return {
    ...initial,
    candidateId,
    accompanimentId: values.accompanimentId || undefined,
    positioningId: values.positioningId || undefined,
    kind: values.kind,
    metier: metier ?? initial?.metier,
    uc: values.uc.trim() || undefined,
    task: values.task.trim() || undefined,
    conditions: optional(values.conditions),
    criteria: criteria.length > 0 ? criteria.map((criterion) => ({ label: criterion.label.trim(), result: criterion.result }) as Criterion) : undefined,
    result: values.result || undefined,
    observerKind: values.observerKind,
    observerName: optional(values.observerName),
    date: values.date || undefined,
    note: optional(values.note),
  };
}

/** The domain's message per field ("criteria.0.label" for a criterion's words), or none. */
export function observationErrors(data: ObservationData): FieldErrors {
  const parsed = observationRecordSchema.safeParse(data);
  const errors: FieldErrors = {};
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues) errors[issue.path.join('.') || 'form'] ??= issue.message;
  return errors;
}

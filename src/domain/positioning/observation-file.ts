// A practical observation or mock test as the person's readable file shows it (server route
// GET /api/candidates/:id/file and the tablet's offline file; docs/observations.md "In the
// person's file"): the fields renamed where their codes are the observation's own (its kind and
// result are not a SPOC action's kind nor an exam's result), in reading order, the UC already in
// words, and no link (the sitting, the accompaniment and the person are ids). Pure.
import type { ObservationData } from './observation-fields';

/** The fields of the file's entry, in the order they are read. */
export function observationForFile(data: ObservationData, ucText: string): Record<string, unknown> {
  return {
    observationKind: data.kind,
    metier: data.metier,
    uc: ucText || data.uc,
    task: data.task,
    conditions: data.conditions,
    criteria: data.criteria,
    observationResult: data.result,
    observerKind: data.observerKind,
    observerName: data.observerName,
    date: data.date,
    note: data.note,
  };
}

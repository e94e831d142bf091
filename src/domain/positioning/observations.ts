// What the practical observations and mock tests of a person say per UC (docs/observations.md):
// the latest judgement of each UC wins, whoever observed it. Pure; read by the recommendations
// re-run after the comparison (pos-review) and by the person's file.
import { normalUcCode } from '../metiers/schema';
import { OBSERVATION_RESULTS, type ObservationResult } from './observation-fields';

export interface ObservedUc {
  uc: string;
  result: ObservationResult;
}

const isResult = (value: unknown): value is ObservationResult => (OBSERVATION_RESULTS as readonly unknown[]).includes(value);

/**
 * The latest result per UC, in UC order ("UC2" before "UC10"). Observations without a UC or a
 * known result are left out; of two on the same day, the later one in the list wins (the caller
 * lists them as stored). An observation without a date counts as older than any dated one. UC
 * codes are compared whatever their case or spaces, and given back as first written.
 */
export function observedUcs(observations: readonly { uc?: string; result?: string; date?: string }[]): ObservedUc[] {
  const latest = new Map<string, { uc: string; result: ObservationResult; date: string }>();
  for (const observation of observations) {
    const key = normalUcCode(observation.uc);
    if (key === '' || !isResult(observation.result)) continue;
    const date = observation.date ?? '';
    const held = latest.get(key);
    if (held && held.date > date) continue;
    latest.set(key, { uc: held?.uc ?? observation.uc!.trim(), result: observation.result, date });
  }
  return [...latest.values()]
    .sort((a, b) => a.uc.localeCompare(b.uc, 'fr', { numeric: true, sensitivity: 'base' }))
    .map(({ uc, result }) => ({ uc, result }));
}

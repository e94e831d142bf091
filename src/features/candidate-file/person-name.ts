// How a person is named on the file (first and last name), or the caller's fallback: safe in any
// sentence or label (candidate-display.ts); in JSX, shown in <PersonName> as well.
import type { LocalRecord } from '../../sync/workspace';
import { displayName } from '../candidates/candidate-display';

export function personName(record: LocalRecord<'candidates'> | undefined, fallback: string): string {
  return displayName(record?.data) ?? fallback;
}

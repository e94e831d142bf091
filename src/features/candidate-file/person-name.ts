// How a person is named on the file (first and last name), or the caller's fallback.
import type { LocalRecord } from '../../sync/workspace';

export function personName(record: LocalRecord<'candidates'> | undefined, fallback: string): string {
  const name = [record?.data.firstName, record?.data.lastName].filter((part) => part && part.trim()).join(' ');
  return name || fallback;
}

// Fixed category orders: a table lists every code of its reference list, in the list's order (not
// alphabetical), with 0 for a code nobody has, so its shape never changes from year to year. Codes
// outside the list (older data) follow in code-point order, and `unknown` comes last.
import { compareCodes } from './period';
import { UNKNOWN } from './unknown';

export function orderedCounts(codes: readonly (string | number)[], counts: ReadonlyMap<string, number>): Record<string, number> {
  const listed = codes.map(String);
  const known = new Set(listed);
  const others = [...counts.keys()].filter((code) => !known.has(code) && code !== UNKNOWN).sort(compareCodes);
  const result: Record<string, number> = {};
  for (const code of [...listed, ...others, UNKNOWN]) result[code] = counts.get(code) ?? 0;
  return result;
}

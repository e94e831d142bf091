// Finding the header row: real files put a title, a date or a blank line above the headers.
// The header row is the one, among the first rows, whose cells name the most import fields.
import type { SheetRows } from './csv';
import { fieldOfHeader } from './fields';

/** Rows looked at: a title block is a few lines, never dozens. */
const ROWS_LOOKED_AT = 20;

/** The index of the header row (0 when no row names at least two fields). */
export function findHeaderRow(rows: SheetRows): number {
  let best = -1;
  let bestCount = 1;
  rows.slice(0, ROWS_LOOKED_AT).forEach((cells, index) => {
    const count = new Set(cells.map((cell) => fieldOfHeader(cell)).filter(Boolean)).size;
    if (count > bestCount) {
      best = index;
      bestCount = count;
    }
  });
  if (best >= 0) return best;
  const firstFilled = rows.findIndex((cells) => cells.some((cell) => cell.trim() !== ''));
  return Math.max(0, firstFilled);
}

// Small-cell suppression that cannot be undone by subtraction (docs/report-counting.md, "Masking").
// A table is a list of cells (counts of persons) and of lines: "these parts add up to that total"
// (a row or column with its total, a profile table with its number of persons). A cell from 1 to 4
// is masked as "<5" (primary); then, while a reader could work out a masked cell from what is
// published (each "<5" read as 1 to 4, each "masked" as any number from 0, the published cells
// exact), the smallest cell still shown in one of that cell's lines is masked too (complementary).
// A line of distinct persons whose parts add up to more than its total (a person at two sites is in
// two site rows and once in the network's) is a "union" line: the reader then knows only
// total ≤ sum of the parts and part ≤ total, which still bounds a masked part from below
// (total − the others). A "<5" must stay 1 to 4 for the reader: a cell is exposed when it can be
// worked out, or when a "<5" can be bounded above 1.
// Pure and deterministic: the server's masked answer and the tablet's exports mask the same cells.

/** "<5": a count from 1 to 4. "masked": a count not given, hidden so that the "<5" cannot be recovered. */
export const SMALL_CELL = '<5';
export const MASKED_CELL = 'masked';
export type MaskMarker = typeof SMALL_CELL | typeof MASKED_CELL;
export type MaskedCount = number | MaskMarker;

export const MASK_THRESHOLD = 5;

/** `sum`: the parts add up to the total. `union`: distinct persons, total ≤ sum of the parts and each part ≤ total. */
export type LineKind = 'sum' | 'union';
export interface Line {
  parts: readonly number[];
  total: number;
  kind?: LineKind;
}

export interface SuppressionTable {
  values: readonly number[];
  /** Each line: the parts' cells add up to the total's cell (indexes into `values`). */
  lines: readonly Line[];
  /** Cells published elsewhere (a total of another table): never masked, even when small. */
  fixed?: ReadonlySet<number>;
  /** Cells masked together (two measures of one row): masking one masks the others. */
  groups?: readonly (readonly number[])[];
  /** Cells already masked where they are also published (another table of the same figures): kept masked. */
  preset?: ReadonlyMap<number, MaskMarker>;
}

export type Bounds = { lo: number; hi: number }[];

/** What a reader can know of each cell from the published cells, the markers and the lines (interval propagation to a fixpoint). */
export function readerBounds(values: readonly number[], markers: readonly (MaskMarker | undefined)[], lines: SuppressionTable['lines']): Bounds {
  const bounds = values.map((value, index) => {
    const marker = markers[index];
    if (marker === SMALL_CELL) return { lo: 1, hi: MASK_THRESHOLD - 1 };
    if (marker === MASKED_CELL) return { lo: 0, hi: Infinity };
    return { lo: value, hi: value };
  });
  // Each pass can only narrow integer bounds; real tables settle in a few passes.
  for (let pass = 0; pass < 10_000; pass += 1) {
    let changed = false;
    const narrow = (index: number, lo: number, hi: number) => {
      const cell = bounds[index];
      if (!cell) return;
      if (lo > cell.lo) {
        cell.lo = lo;
        changed = true;
      }
      if (hi < cell.hi) {
        cell.hi = hi;
        changed = true;
      }
    };
    for (const line of lines) {
      const total = bounds[line.total];
      if (!total) continue;
      let sumLo = 0;
      let sumHi = 0;
      for (const part of line.parts) {
        sumLo += bounds[part]?.lo ?? 0;
        sumHi += bounds[part]?.hi ?? 0;
      }
      if (line.kind === 'union') {
        // max(parts) ≤ total ≤ sum(parts); each part ≥ total − the others, and ≤ total.
        narrow(line.total, Math.max(0, ...line.parts.map((part) => bounds[part]?.lo ?? 0)), sumHi);
        for (const part of line.parts) {
          const cell = bounds[part];
          if (!cell) continue;
          const othersHi = sumHi === Infinity && cell.hi === Infinity ? Infinity : sumHi - cell.hi;
          narrow(part, total.lo - othersHi, total.hi);
        }
        continue;
      }
      narrow(line.total, sumLo, sumHi);
      for (const part of line.parts) {
        const cell = bounds[part];
        if (!cell) continue;
        const othersLo = sumLo - cell.lo;
        const othersHi = sumHi === Infinity && cell.hi === Infinity ? Infinity : sumHi - cell.hi;
        narrow(part, total.lo - othersHi, total.hi - othersLo);
      }
    }
    if (!changed) break;
  }
  return bounds;
}

/** The masked cells a reader knows better than their marker says: worked out (lower bound = upper bound), or a "<5" bounded above 1. */
export function exposedCells(values: readonly number[], markers: readonly (MaskMarker | undefined)[], lines: SuppressionTable['lines']): number[] {
  const bounds = readerBounds(values, markers, lines);
  return markers.flatMap((marker, index) => {
    const cell = bounds[index];
    if (marker === undefined || !cell) return [];
    return cell.lo === cell.hi || (marker === SMALL_CELL && cell.lo > 1) ? [index] : [];
  });
}

/** The marker of each cell (undefined: published as is). */
export function suppress(table: SuppressionTable): (MaskMarker | undefined)[] {
  const { values, lines } = table;
  const fixed = table.fixed ?? new Set<number>();
  const markers: (MaskMarker | undefined)[] = values.map(() => undefined);
  const groupOf = new Map<number, readonly number[]>();
  for (const group of table.groups ?? []) for (const cell of group) groupOf.set(cell, group);
  const linesOf = new Map<number, number[]>();
  lines.forEach((line, lineIndex) => {
    for (const cell of [...line.parts, line.total]) linesOf.set(cell, [...(linesOf.get(cell) ?? []), lineIndex]);
  });

  const mask = (cell: number, marker: MaskMarker) => {
    for (const member of groupOf.get(cell) ?? [cell]) {
      if (markers[member] !== undefined || fixed.has(member)) continue;
      const value = values[member] ?? 0;
      markers[member] = value > 0 && value < MASK_THRESHOLD ? SMALL_CELL : marker;
    }
  };
  for (const [cell, marker] of table.preset ?? []) if (!fixed.has(cell)) markers[cell] = marker;
  values.forEach((value, index) => {
    if (value > 0 && value < MASK_THRESHOLD) mask(index, SMALL_CELL);
  });

  // A cell in a line whose total is 0 is known to be 0: masking it hides nothing.
  const knownZero = new Set(lines.filter((line) => values[line.total] === 0).flatMap((line) => [...line.parts, line.total]));
  const givenUp = new Set<number>();
  for (;;) {
    const exposed = exposedCells(values, markers, lines).filter((cell) => !givenUp.has(cell));
    const cell = exposed[0];
    if (cell === undefined) return markers;
    // The smallest cell still shown in its shortest line that has one (a row or a column before the
    // grand total), positive ones first: a masked 0 protects less.
    const ownLines = (linesOf.get(cell) ?? []).map((lineIndex) => lines[lineIndex]).filter((line) => line !== undefined);
    ownLines.sort((a, b) => a.parts.length - b.parts.length);
    const candidates =
      ownLines
        .map((line) =>
          [...line.parts, line.total]
            .filter((other) => markers[other] === undefined && !fixed.has(other) && !knownZero.has(other))
            .sort((a, b) => rank(values[a] ?? 0) - rank(values[b] ?? 0) || a - b),
        )
        .find((found) => found.length > 0) ?? [];
    const next = candidates[0];
    if (next !== undefined) {
      mask(next, MASKED_CELL);
      continue;
    }
    // Nothing left to mask beside it: say less about the masked cells of its lines ("<5" becomes "masked").
    const weakened = (linesOf.get(cell) ?? []).flatMap((lineIndex) => [...(lines[lineIndex]?.parts ?? []), lines[lineIndex]?.total ?? -1]).filter((other) => markers[other] === SMALL_CELL);
    if (weakened.length > 0) for (const other of weakened) markers[other] = MASKED_CELL;
    else givenUp.add(cell); // a line of one part equal to a published total: nothing can hide it
  }
}

/** Positive cells by size, then zeros (masking a 0 is the last resort). */
const rank = (value: number) => (value > 0 ? value : Number.MAX_SAFE_INTEGER);

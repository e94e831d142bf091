// Builds a SuppressionTable (suppression.ts) cell by cell: the report's tables (mask.ts) and the
// sites' rows (mask-sites.ts, whose lines may be union lines) are built with it.
import { suppress, type Line, type MaskedCount, type MaskMarker } from './suppression';

export class TableBuilder {
  readonly values: number[] = [];
  readonly lines: Line[] = [];
  readonly fixed = new Set<number>();
  readonly groups: number[][] = [];
  readonly preset = new Map<number, MaskMarker>();
  cell(value: number, fixed = false): number {
    this.values.push(value);
    if (fixed) this.fixed.add(this.values.length - 1);
    return this.values.length - 1;
  }
  line(parts: number[], total: number): void {
    if (parts.length > 0) this.lines.push({ parts, total });
  }
  suppress(): (MaskMarker | undefined)[] {
    return suppress({ values: this.values, lines: this.lines, fixed: this.fixed, groups: this.groups, preset: this.preset });
  }
}

/** A cell as published: its marker when masked, its value otherwise. */
export const shown = (value: number, marker: MaskMarker | undefined): MaskedCount => marker ?? value;

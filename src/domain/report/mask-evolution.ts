// Table 3 (evolution over years) as it may leave the sites (docs/report-counting.md, "Masking"):
// each year's site rows are masked like the sites' headline figures (mask-sites.ts) against the
// network's row, which is published as the other tables' total rows are. Per year and column, the
// sites add up to the network's row (accompaniments), or to more where a person was at two sites
// (distinct persons: a union line, so that no "<5" is bounded from below by the difference). A
// site's persons accompanied and accompaniments are masked together. A figure nobody knows (null)
// is in no line: a reader cannot subtract from it.
// When the period is one calendar year, that year's rows are tables 1 and 4's site figures again:
// they start with those tables' masks, so a figure hidden there is not shown here (and the lines
// being the same, nothing hidden here is shown there).
import type { MaskedAccompanimentSiteRow, MaskedSpocSiteRow } from './mask-sites';
import { SiteTable } from './mask-sites';
import type { MaskedCount, MaskMarker } from './suppression';
import type { ActivityReport, EvolutionRow } from './types';

const FIELDS = ['spocPersons', 'accompaniedPersons', 'accompaniments'] as const;
type Field = (typeof FIELDS)[number];

export type MaskedEvolutionRow = Omit<EvolutionRow, Field> & { [F in Field]: MaskedCount | null };
export type MaskedEvolution = Omit<ActivityReport['evolution'], 'rows'> & { rows: MaskedEvolutionRow[] };

/** The period's calendar year when the period is exactly one, else undefined. */
function wholeYear(period: ActivityReport['period']): number | undefined {
  const year = Number(period.from.slice(0, 4));
  return period.from === `${year}-01-01` && period.to === `${year}-12-31` ? year : undefined;
}

/** The marker tables 1 and 4 put on the same figure of the same site, when the figure is the same. */
function sameFigureMarker(
  report: ActivityReport,
  spoc: readonly MaskedSpocSiteRow[],
  accompaniment: readonly MaskedAccompanimentSiteRow[],
): (row: EvolutionRow, field: Field) => MaskMarker | undefined {
  const year = wholeYear(report.period);
  const sources: Record<Field, { raw: readonly { siteId: string; value: number }[]; masked: readonly { siteId: string; value: MaskedCount }[] }> = {
    spocPersons: { raw: report.spoc.bySite.map((r) => ({ siteId: r.siteId, value: r.persons })), masked: spoc.map((r) => ({ siteId: r.siteId, value: r.persons })) },
    accompaniedPersons: {
      raw: report.accompaniment.bySite.map((r) => ({ siteId: r.siteId, value: r.persons })),
      masked: accompaniment.map((r) => ({ siteId: r.siteId, value: r.persons })),
    },
    accompaniments: {
      raw: report.accompaniment.bySite.map((r) => ({ siteId: r.siteId, value: r.accompaniments })),
      masked: accompaniment.map((r) => ({ siteId: r.siteId, value: r.accompaniments })),
    },
  };
  return (row, field) => {
    if (row.year !== year) return undefined;
    const raw = sources[field].raw.find((entry) => entry.siteId === row.siteId);
    const masked = sources[field].masked.find((entry) => entry.siteId === row.siteId)?.value;
    return raw && raw.value === row[field] && typeof masked === 'string' ? masked : undefined;
  };
}

export function maskEvolution(report: ActivityReport, spoc: readonly MaskedSpocSiteRow[], accompaniment: readonly MaskedAccompanimentSiteRow[]): MaskedEvolution {
  const { evolution } = report;
  const markerElsewhere = sameFigureMarker(report, spoc, accompaniment);
  const markers = new Map<EvolutionRow, Partial<Record<Field, MaskMarker>>>();
  for (const network of evolution.network) {
    const rows = evolution.rows.filter((row) => row.year === network.year);
    const table = new SiteTable();
    const cells = rows.map((row) => {
      const cell: Partial<Record<Field, number>> = {};
      for (const field of FIELDS) {
        const value = row[field];
        if (value === null) continue;
        const index = table.cell(value);
        cell[field] = index;
        const preset = markerElsewhere(row, field);
        if (preset) table.preset.set(index, preset);
      }
      if (cell.accompaniedPersons !== undefined && cell.accompaniments !== undefined) table.groups.push([cell.accompaniedPersons, cell.accompaniments]);
      return cell;
    });
    for (const field of FIELDS) {
      const total = network[field];
      const parts = cells.map((cell) => cell[field]);
      if (total === null || parts.some((part) => part === undefined)) continue;
      table.line(parts as number[], table.cell(total, true));
    }
    const suppressed = table.suppress();
    rows.forEach((row, index) => {
      const cell = cells[index] ?? {};
      markers.set(row, Object.fromEntries(FIELDS.flatMap((field) => {
        const marker = cell[field] === undefined ? undefined : suppressed[cell[field]];
        return marker ? [[field, marker]] : [];
      })));
    });
  }
  return {
    ...evolution,
    rows: evolution.rows.map((row) => ({ ...row, ...markers.get(row) })),
  };
}

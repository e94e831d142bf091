// Table 3 as a sheet of the report's table model (report-tables.ts): per year, a row per site,
// then the network's row (the distinct persons of the report's sites together, never the sum of
// the rows above) with the growth on the previous year. A figure nobody knows is null (shown as
// "—", the origin column says "missing"), never 0. The year is a number (kind `year`: written
// without thousands separator). As it leaves the sites, a site's figures may be masked (mask-evolution.ts).
// docs/report-counting.md, "Evolution over years and past years".
import type { Evolution, MaskedEvolution } from '../../domain/report';
import type { Cell, ColumnKind, LabelContext, ReportColumn, ReportSheet } from './report-tables';

export function buildEvolutionSheet(evolution: Evolution | MaskedEvolution, ctx: LabelContext): ReportSheet {
  const { t } = ctx;
  const col = (key: string, kind: ColumnKind): ReportColumn => ({ header: t(`reports.col.${key}`), kind });
  const rows: Cell[][] = [];
  for (const network of evolution.network) {
    for (const row of evolution.rows) {
      if (row.year !== network.year) continue;
      const site = row.closed ? t('reports.evolution.closedSite', { site: ctx.siteName(row.siteId) }) : ctx.siteName(row.siteId);
      rows.push([row.year, site, row.spocPersons, row.accompaniedPersons, row.accompaniments, null, null, t(`reports.evolutionSource.${row.source}`)]);
    }
    rows.push([
      network.year,
      t('reports.evolution.network'),
      network.spocPersons,
      network.accompaniedPersons,
      network.accompaniments,
      network.growth?.spocPersons ?? null,
      network.growth?.accompaniedPersons ?? null,
      t(`reports.evolutionSource.${network.source}`),
    ]);
  }
  return {
    id: 'evolution',
    title: t('reports.table.evolution'),
    columns: [
      col('year', 'year'),
      col('site', 'text'),
      col('spocPersons', 'int'),
      col('accompaniedPersons', 'int'),
      col('accompaniments', 'int'),
      col('growthSpoc', 'percent'),
      col('growthAccompanied', 'percent'),
      col('source', 'text'),
    ],
    rows,
    // On screen, in print and in the exports: the network row is not the sum of the sites.
    notes: [t('reports.evolution.note')],
  };
}

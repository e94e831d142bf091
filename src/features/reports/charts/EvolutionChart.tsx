// Evolution over years (table 3) as an SVG of grouped vertical bars: for each year, persons
// informed (SPOC, solid bar) and persons accompanied (hatched bar) of the network row, the
// distinct persons of the sites shown together (never the sum of the sites' rows: a person of two
// sites is one person). Every bar carries its figure; the legend names the two series by their
// fill pattern, so nothing rests on colour alone; a year whose figures were entered is marked "*",
// one nobody knows has no bar and "—" in its place, and the notes say so. The evolution table below stays the accessible equivalent (the SVG is an image
// named by its title). Prints in black on white (patterns, not colours, tell the series apart).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/format';
import type { EvolutionNetworkRow } from '../../../domain/report';
import { barLength, evolutionByYear, niceMax } from './chart-scale';

const BAR = 44;
const GAP = 6;
const GROUP_GAP = 30;
const PLOT_HEIGHT = 180;
const TOP = 24;
const LEFT = 12;
const AXIS_LABEL = 40;

export function EvolutionChart({ network, tableId }: { network: readonly EvolutionNetworkRow[]; tableId: string }) {
  const { t } = useTranslation();
  // React's ids hold characters a url(#…) reference would need escaped.
  const id = `evolution${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const { number } = useFormatters();
  const groups = evolutionByYear(network);
  if (groups.length === 0) return null;
  const max = niceMax(Math.max(...groups.map((group) => Math.max(group.spocPersons ?? 0, group.accompaniedPersons ?? 0))));
  const groupWidth = 2 * BAR + GAP;
  const width = LEFT * 2 + groups.length * groupWidth + (groups.length - 1) * GROUP_GAP;
  const height = TOP + PLOT_HEIGHT + AXIS_LABEL;
  const baseline = TOP + PLOT_HEIGHT;
  const series = [
    { key: 'spocPersons', fill: 'var(--brand, #1f4e8c)', label: t('reports.col.spocPersons') },
    { key: 'accompaniedPersons', fill: `url(#${id}-hatch)`, label: t('reports.col.accompaniedPersons') },
  ] as const;
  const hasEntered = groups.some((group) => group.entered);
  const hasMissing = groups.some((group) => group.spocPersons === null || group.accompaniedPersons === null);

  return (
    <figure className="report-chart">
      <figcaption className="report-chart__caption" id={`${id}-title`}>
        {t('reports.charts.evolutionTitle')}
      </figcaption>
      <ul className="report-chart__legend">
        {series.map((item) => (
          <li key={item.key}>
            <svg width="18" height="14" aria-hidden="true" className="report-chart__swatch">
              <defs>
                <HatchPattern id={`${id}-legend-hatch`} />
              </defs>
              <rect x="0.5" y="0.5" width="17" height="13" fill={item.key === 'spocPersons' ? item.fill : `url(#${id}-legend-hatch)`} stroke="currentColor" />
            </svg>
            {t(`reports.charts.series.${item.key}`)}
          </li>
        ))}
      </ul>
      <div className="report-chart__scroll">
        <svg
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          className="report-chart__svg"
        >
          <desc id={`${id}-desc`}>{t('reports.charts.seeTable', { table: t('reports.table.evolution') })}</desc>
          <defs>
            <HatchPattern id={`${id}-hatch`} />
          </defs>
          <line x1={0} x2={width} y1={baseline} y2={baseline} stroke="currentColor" />
          {groups.map((group, index) => {
            const x0 = LEFT + index * (groupWidth + GROUP_GAP);
            return (
              <g key={group.year}>
                {series.map((item, seriesIndex) => {
                  const value = group[item.key];
                  const h = value === null ? 0 : barLength(value, max, PLOT_HEIGHT);
                  const x = x0 + seriesIndex * (BAR + GAP);
                  return (
                    <g key={item.key}>
                      {value === null ? null : <rect x={x} y={baseline - h} width={BAR} height={h} fill={item.fill} stroke="currentColor" strokeWidth={1} />}
                      <text x={x + BAR / 2} y={baseline - h - 5} textAnchor="middle" className="report-chart__value">
                        {value === null ? '—' : number(value)}
                      </text>
                    </g>
                  );
                })}
                <text x={x0 + groupWidth / 2} y={baseline + 20} textAnchor="middle" className="report-chart__axis">
                  {group.entered ? `${group.year}*` : String(group.year)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      {hasEntered ? <p className="report-chart__note">{t('reports.charts.enteredNote')}</p> : null}
      {hasMissing ? <p className="report-chart__note">{t('reports.charts.missingNote')}</p> : null}
      <p className="report-chart__note report-no-print">
        <a href={`#${tableId}`} className="link-target">{t('reports.charts.seeTable', { table: t('reports.table.evolution') })}</a>
      </p>
    </figure>
  );
}

/** Diagonal black lines on white: the second series, distinct from the solid one without colour. */
export function HatchPattern({ id }: { id: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
      <rect width="8" height="8" fill="#fff" />
      <line x1="0" y1="0" x2="0" y2="8" stroke="#222" strokeWidth="3" />
    </pattern>
  );
}

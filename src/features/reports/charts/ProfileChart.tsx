// One profile table (table 9: age bands, gender, schooling at entry, …) as an SVG of horizontal
// bars, one per value in the table's order, each with its label on the left and its number of
// persons written at its end. Solid bars and text: no meaning by colour; the profile table stays
// the accessible equivalent (the SVG is an image named by its title). Printable in black and white.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/format';
import type { ReportSheet } from '../report-tables';
import { barLength, niceMax } from './chart-scale';

const ROW = 26;
const BAR = 18;
const LABEL_WIDTH = 320;
const PLOT_WIDTH = 300;
const VALUE_WIDTH = 60;
const TOP = 4;

/** Label of a row, shortened for the picture (the table has it whole). */
const shorten = (label: string) => (label.length > 42 ? `${label.slice(0, 41)}…` : label);

export function ProfileChart({ sheet }: { sheet: ReportSheet }) {
  const { t } = useTranslation();
  const id = `profile${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const { number } = useFormatters();
  const rows = sheet.rows
    .map((row) => ({ label: String(row[0] ?? ''), value: typeof row[1] === 'number' ? row[1] : 0 }))
    .filter((row) => row.label !== '');
  if (rows.length === 0) return null;
  const max = niceMax(Math.max(...rows.map((row) => row.value)));
  const width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH;
  const height = TOP * 2 + rows.length * ROW;

  return (
    <figure className="report-chart report-chart--profile">
      <figcaption className="report-chart__caption" id={`${id}-title`}>
        {sheet.title}
      </figcaption>
      <div className="report-chart__scroll">
        <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="report-chart__svg">
          <desc id={`${id}-desc`}>{t('reports.charts.seeTable', { table: sheet.title })}</desc>
          <line x1={LABEL_WIDTH} x2={LABEL_WIDTH} y1={0} y2={height} stroke="currentColor" />
          {rows.map((row, index) => {
            const y = TOP + index * ROW;
            const w = barLength(row.value, max, PLOT_WIDTH);
            return (
              <g key={`${row.label}-${index}`}>
                <text x={LABEL_WIDTH - 8} y={y + BAR / 2 + 5} textAnchor="end" className="report-chart__axis">
                  {shorten(row.label)}
                </text>
                <rect x={LABEL_WIDTH} y={y} width={w} height={BAR} fill="var(--brand, #1f4e8c)" stroke="currentColor" strokeWidth={1} />
                <text x={LABEL_WIDTH + w + 6} y={y + BAR / 2 + 5} className="report-chart__value">
                  {number(row.value)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
    </figure>
  );
}

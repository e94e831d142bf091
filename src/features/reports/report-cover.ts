// What a report says about itself wherever it goes (the XLSX's first sheet, the CSV's first lines,
// the printed page's header): the programme, the period in words, the sites by name, when it was
// made, and what the masked cells mean (docs/report-counting.md, "Exports and print").
import type { TFunction } from 'i18next';
import { formatInstant } from '../../i18n/format';
import { periodInWords } from './period-words';

export interface ReportCover {
  /** "Rapport d'activités". */
  title: string;
  /** Label → value: programme, period, sites, made on. */
  lines: [string, string][];
  /** What "<5" and "masked" mean. */
  legend: string[];
}

export function reportCover(input: { period: { from: string; to: string }; siteNames: readonly string[]; madeAt: Date; t: TFunction; language: string }): ReportCover {
  const { t, language } = input;
  return {
    title: t('reports.title'),
    lines: [
      [t('reports.cover.programme'), t('reports.cover.programmeName')],
      [t('reports.cover.period'), periodInWords(input.period, t, language)],
      [t('reports.cover.sites'), input.siteNames.join(', ')],
      [t('reports.cover.madeAt'), formatInstant(input.madeAt, language, 'long')],
    ],
    legend: [t('reports.cover.legendSmall'), t('reports.cover.legendMasked')],
  };
}

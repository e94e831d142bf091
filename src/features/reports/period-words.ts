// The report's period as a reader says it ("du 1er janvier au 31 décembre 2024"), and how much of
// its calendar years it covers: the targets are yearly, so a shorter period says so next to its
// ratio (docs/report-counting.md, "Exports and print").
import type { TFunction } from 'i18next';
import { localeOf } from '../../i18n/format';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

const utc = (day: string): Date => {
  const match = DAY.exec(day);
  if (!match) throw new RangeError('invalidDate');
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
};

/** "1er janvier", "1 januari", "1 January" (with the year when `withYear`). */
function dayInWords(day: string, language: string, withYear: boolean): string {
  const date = utc(day);
  const locale = localeOf(language);
  const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(date);
  const dayOfMonth = date.getUTCDate();
  const number = language.startsWith('fr') && dayOfMonth === 1 ? '1er' : String(dayOfMonth);
  return `${number} ${month}${withYear ? ` ${date.getUTCFullYear()}` : ''}`;
}

/** "du 1er janvier au 31 décembre 2024"; both years when the period spans two. */
export function periodInWords(period: { from: string; to: string }, t: TFunction, language: string): string {
  const sameYear = period.from.slice(0, 4) === period.to.slice(0, 4);
  return t('reports.cover.periodWords', { from: dayInWords(period.from, language, !sameYear), to: dayInWords(period.to, language, true) });
}

export interface YearCoverage {
  days: number;
  /** The days of the calendar years the period touches (the years whose targets are added up). */
  yearDays: number;
}

/** How many days of its calendar years the period covers; equal when it is whole years. */
export function yearCoverage(period: { from: string; to: string }): YearCoverage {
  const days = Math.round((utc(period.to).getTime() - utc(period.from).getTime()) / MS_PER_DAY) + 1;
  const first = `${period.from.slice(0, 4)}-01-01`;
  const last = `${period.to.slice(0, 4)}-12-31`;
  const yearDays = Math.round((utc(last).getTime() - utc(first).getTime()) / MS_PER_DAY) + 1;
  return { days, yearDays };
}

/**
 * The note beside a ratio to a yearly target when the period is shorter than its years, or
 * undefined. Not prorated: distinct persons do not add up from one quarter to the next (a person
 * seen in March and in May counts once in the year), so a prorated target would flatter a quarter.
 */
export function partialYearNote(period: { from: string; to: string }, t: TFunction, language: string): string | undefined {
  const { days, yearDays } = yearCoverage(period);
  if (days >= yearDays) return undefined;
  const share = new Intl.NumberFormat(localeOf(language), { style: 'percent', maximumFractionDigits: 0 }).format(days / yearDays);
  return t('reports.partialYear', { days, yearDays, share });
}

// Dates and numbers as the interface's language writes them in Belgium (fr-BE, nl-BE, en-BE):
// every screen formats through here, so switching language changes them all and no screen writes
// "12/03" or "50 %" by hand. Calendar dates (YYYY-MM-DD) are days, not instants: formatted in UTC so
// that no time zone moves them; instants are shown in Brussels time whatever the tablet's zone.
import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

const BRUSSELS = 'Europe/Brussels';
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Belgian variant of the interface language ("nl" → "nl-BE"). */
export function localeOf(language: string): string {
  const base = language.split('-')[0] || 'fr';
  return `${base}-BE`;
}

// Building an Intl formatter costs far more than using one (a list of 140 candidates spent 230 ms
// in constructors): each locale and set of options is built once and kept.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

export type DayStyle = 'numeric' | 'long' | 'weekday' | 'weekdayLong';

const DAY_OPTIONS: Record<DayStyle, Intl.DateTimeFormatOptions> = {
  numeric: { day: '2-digit', month: '2-digit', year: 'numeric' },
  long: { dateStyle: 'long' },
  weekday: { weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric' },
  weekdayLong: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
};

/**
 * A calendar day: "30/11/2026" (numeric), "30 novembre 2026" (long), "lun. 30/11/2026" (weekday).
 * A year alone stays as it is; anything else that is not a day is returned unchanged.
 */
export function formatDay(day: string | null | undefined, language: string, style: DayStyle = 'numeric'): string {
  if (!day) return '';
  const match = DAY.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return dateFormat(localeOf(language), { ...DAY_OPTIONS[style], timeZone: 'UTC' }).format(date);
}

export type InstantStyle = 'numeric' | 'medium' | 'long' | 'longDay';

const INSTANT_OPTIONS: Record<InstantStyle, Intl.DateTimeFormatOptions> = {
  numeric: { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  medium: { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' },
  long: { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' },
  /** The day of the moment only: "30 novembre 2026". */
  longDay: { dateStyle: 'long' },
};

/** A moment (ISO string, Date or epoch ms) in Brussels time: "30/11/2026 14:05" (numeric). */
export function formatInstant(instant: string | number | Date, language: string, style: InstantStyle = 'numeric'): string {
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) return String(instant);
  return dateFormat(localeOf(language), { ...INSTANT_OPTIONS[style], timeZone: BRUSSELS }).format(date);
}

/** The time of day of a moment in Brussels: "14:05". */
export function formatClock(instant: string | number | Date, language: string): string {
  const date = instant instanceof Date ? instant : new Date(instant);
  return dateFormat(localeOf(language), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: BRUSSELS }).format(date);
}

/** A count or amount: "1 234,5" in French, "1.234,5" in Dutch, "1,234.5" in English. */
export function formatNumber(value: number, language: string, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(localeOf(language), options).format(value);
}

/** A ratio (0.5) as a percentage in the language's way: "50 %" in French and Dutch, "50%" in English. */
export function formatPercent(ratio: number, language: string, maximumFractionDigits = 0): string {
  return numberFormat(localeOf(language), { style: 'percent', maximumFractionDigits }).format(ratio);
}

export interface Formatters {
  day(day: string | null | undefined, style?: DayStyle): string;
  instant(instant: string | number | Date, style?: InstantStyle): string;
  clock(instant: string | number | Date): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  percent(ratio: number, maximumFractionDigits?: number): string;
}

/** The formatters bound to the current interface language (they change when it changes). */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      day: (day, style) => formatDay(day, language, style),
      instant: (instant, style) => formatInstant(instant, language, style),
      clock: (instant) => formatClock(instant, language),
      number: (value, options) => formatNumber(value, language, options),
      percent: (ratio, digits) => formatPercent(ratio, language, digits),
    }),
    [language],
  );
}

/**
 * A duration in hours as people say it: "2 h 15" (not "2.25 h"), "3 h", "0 h 30"; the unit words
 * come from the translations ("u" in Dutch). Rounded to the minute.
 */
export function formatHours(hours: number, t: TFunction): string {
  const total = Math.round(hours * 60);
  const whole = Math.floor(total / 60);
  const minutes = total % 60;
  if (minutes === 0) return t('duration.hours', { hours: whole });
  return t('duration.hoursMinutes', { hours: whole, minutes: String(minutes).padStart(2, '0') });
}

// A stored value in words for the readable file: dates in the locale, yes/no, lists, consent.
import type { TFunction } from 'i18next';
import { formatDay, formatHours, formatInstant } from '../../i18n/format';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function formatValue(field: string, value: unknown, language: string, t: TFunction): string {
  if (field === 'hours' && typeof value === 'number') return formatHours(value, t);
  if (field === 'observationKind' || field === 'observationResult' || field === 'observerKind') return t(`personFile.value.${field}.${String(value)}`);
  if (field === 'criteria' && Array.isArray(value)) {
    return value.map((item: { label?: string; result?: string }) => t('personFile.criterion', { label: item.label ?? '', result: t(`personFile.value.observationResult.${String(item.result)}`) })).join('; ');
  }
  if (typeof value === 'boolean') return t(value ? 'personFile.yes' : 'personFile.no');
  if (typeof value === 'string' && DATE.test(value)) return formatDay(value, language, 'long');
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return formatInstant(value, language, 'long');
  if (Array.isArray(value)) return value.map((item) => formatValue(field, item, language, t)).join(', ');
  if (field === 'consent' && typeof value === 'object' && value !== null) {
    const consent = value as { given?: boolean; date?: string; scopes?: string[] };
    const date = consent.date ? formatValue('date', consent.date, language, t) : '';
    return t(consent.given ? 'personFile.consentGiven' : 'personFile.consentRefused', { date, scopes: (consent.scopes ?? []).join(', ') });
  }
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

// Field names and values of a conflict or refused change, in words (codes → labels, dates in the
// Belgian order, instants in Brussels time).
import type { TFunction } from 'i18next';
import { GENDER_CODES } from '../../domain/codes';
import { CANDIDATE_FIELDS, candidateFieldsWhere, type CandidateFieldSpec } from '../../domain/candidate-fields';
import {
  certificationOptions,
  communeLabel,
  communeOptions,
  frenchLevelOptions,
  languageName,
  motivationOptions,
  sourceOptions,
  type CodeOption,
} from '../../i18n/code-labels';
import { formatDay, formatHours, formatInstant as formatInstantIn } from '../../i18n/format';

/** Candidate fields and the label the intake form gives them (domain/candidate-fields.ts). */
const CANDIDATE_FIELD_LABELS = new Map(
  (Object.entries(CANDIDATE_FIELDS) as [string, CandidateFieldSpec][]).flatMap(([field, spec]) => (spec.form && spec.label ? [[field, spec.label] as const] : [])),
);

/** Free-text fields the adviser may retype as a third value. */
const TEXT_FIELDS = new Set<string>(candidateFieldsWhere((spec) => ['name', 'birthDate', 'text', 'textArea'].includes(spec.form?.control.kind ?? '')));

export function fieldLabel(t: TFunction, table: string, field: string): string {
  if (field === 'deleted') return t('attention.fieldDeleted');
  const label = table === 'candidates' ? CANDIDATE_FIELD_LABELS.get(field) : undefined;
  if (label) return t(label);
  return field;
}

/** The choices of a coded field, or undefined for a field that is not a code list. */
export function codeOptions(t: TFunction, language: string, table: string, field: string): CodeOption<string | number>[] | undefined {
  if (table !== 'candidates') return undefined;
  switch (field) {
    case 'gender':
      return GENDER_CODES.map((code) => ({ code, label: t(`gender.${code}`) }));
    case 'communeCode':
      return communeOptions(language);
    case 'frenchLevel':
      return frenchLevelOptions(language);
    case 'certificationAtEntry':
      return certificationOptions(language);
    case 'source':
      return sourceOptions(language);
    case 'motivation':
      return motivationOptions(language);
    default:
      return undefined;
  }
}

/** How a third value can be typed: a list for codes, a text box for text, or not at all. */
export function otherValueInput(t: TFunction, language: string, table: string, field: string): 'text' | 'select' | undefined {
  if (codeOptions(t, language, table, field)) return 'select';
  if (table === 'candidates' && TEXT_FIELDS.has(field)) return 'text';
  return undefined;
}

/** "23/11/2026 12:05" in Brussels, whatever the tablet's time zone. */
export function formatInstant(iso: string, language: string): string {
  return formatInstantIn(iso, language);
}

export function formatValue(t: TFunction, language: string, table: string, field: string, value: unknown): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return t('attention.empty');
  if (field === 'deleted') return t(value === true ? 'attention.deletedYes' : 'attention.deletedNo');
  const options = codeOptions(t, language, table, field);
  if (options) {
    if (field === 'communeCode' && typeof value === 'string') return communeLabel(value, language) ?? value;
    return options.find((option) => String(option.code) === String(value))?.label ?? String(value);
  }
  if (field === 'languages' && Array.isArray(value)) return value.map((code) => languageName(String(code), language)).join(', ');
  if (field === 'hours' && typeof value === 'number') return formatHours(value, t);
  if (typeof value === 'boolean') return t(value ? 'attention.yes' : 'attention.no');
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(value, language);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (field === 'consent' && typeof value === 'object') {
    const given = (value as { given?: unknown }).given;
    return t(given === true ? 'attention.consentGiven' : given === false ? 'attention.consentRefused' : 'attention.consentUnknown');
  }
  return JSON.stringify(value);
}

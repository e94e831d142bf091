// Display labels of the code lists the candidate file shows (métiers, SPOC kinds and outcomes,
// exit reasons, modules, attendance, test results), in the display language; French when the
// reference data has no Dutch; the bare code for an unknown one.
import { reference } from '../../domain/codes';
import type { CodeOption } from '../../i18n/code-labels';

type Labelled = { code: string; fr: string; nl?: string };
type ListName = 'metiers' | 'spocActionKinds' | 'spocOutcomes' | 'exitReasons' | 'modules' | 'attendanceStatuses' | 'epreuveResults';

const listOf = (name: ListName) => reference.vdc[name] as readonly Labelled[];
const labelIn = (entry: Labelled, language: string) => (language === 'nl' && entry.nl ? entry.nl : entry.fr);

export function codeLabel(name: ListName, code: string | null | undefined, language: string): string {
  if (!code) return '';
  const entry = listOf(name).find((item) => item.code === code);
  return entry ? labelIn(entry, language) : code;
}

export function codeOptions(name: ListName, language: string, sorted = false): CodeOption[] {
  const options = listOf(name).map((entry) => ({ code: entry.code, label: labelIn(entry, language) }));
  return sorted ? options.sort((a, b) => a.label.localeCompare(b.label, language)) : options;
}

/** "12 mars 2026" for a calendar date. */
export function formatDay(date: string | null | undefined, language: string): string {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return date ?? '';
  return new Intl.DateTimeFormat(`${language}-BE`, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

export const metierLabel = (code: string | null | undefined, language: string) => codeLabel('metiers', code, language);
export const spocKindLabel = (code: string | null | undefined, language: string) => codeLabel('spocActionKinds', code, language);

// Display labels of the code lists the candidate file shows (métiers, SPOC kinds and outcomes,
// exit reasons, modules, attendance, test results), in the display language; French when the
// reference data has no Dutch; the bare code for an unknown one.
import { reference } from '../../domain/codes';
import { referenceLabel, type CodeOption } from '../../i18n/code-labels';
import { formatDay as formatDayIn } from '../../i18n/format';

type Labelled = { code: string; fr: string; nl?: string };
type ListName = 'metiers' | 'spocActionKinds' | 'spocOutcomes' | 'exitReasons' | 'modules' | 'attendanceStatuses' | 'epreuveResults';

const listOf = (name: ListName) => reference.vdc[name] as readonly Labelled[];

export function codeLabel(name: ListName, code: string | null | undefined, language: string): string {
  return referenceLabel(name, code, language);
}

export function codeOptions(name: ListName, language: string, sorted = false): CodeOption[] {
  const options = listOf(name).map((entry) => ({ code: entry.code, label: referenceLabel(name, entry.code, language) }));
  return sorted ? options.sort((a, b) => a.label.localeCompare(b.label, language)) : options;
}

/** "12 mars 2026" for a calendar date. */
export function formatDay(date: string | null | undefined, language: string): string {
  return formatDayIn(date, language, 'long');
}

export const metierLabel = (code: string | null | undefined, language: string) => codeLabel('metiers', code, language);
export const moduleLabel = (code: string | null | undefined, language: string) => codeLabel('modules', code, language);
export const spocKindLabel = (code: string | null | undefined, language: string) => codeLabel('spocActionKinds', code, language);

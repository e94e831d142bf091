// Labels of the code lists the validation screens show (results, centre regions, métiers).
import { referenceLabel } from '../../i18n/code-labels';
import { formatDay } from '../../i18n/format';

export const metierName = (code: string | undefined, language: string) => referenceLabel('metiers', code, language);

export function formatDate(date: string | null | undefined, language: string): string {
  return formatDay(date, language);
}

/** UCs offered in the field's suggestions: those already used for this person, then UC1–UC4. */
export function ucSuggestions(used: readonly string[]): string[] {
  return [...new Set([...used.map((uc) => uc.trim()).filter(Boolean), 'UC1', 'UC2', 'UC3', 'UC4'])];
}

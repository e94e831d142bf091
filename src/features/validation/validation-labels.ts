// Labels of the code lists the validation screens show (results, centre regions, métiers).
import { reference } from '../../domain/codes';

type Labelled = { code: string; fr: string; nl?: string };

function labelFrom(list: readonly Labelled[], code: string | null | undefined, language: string): string {
  const entry = list.find((item) => item.code === code);
  if (!entry) return code ?? '';
  return language === 'nl' && entry.nl ? entry.nl : entry.fr;
}

export const metierName = (code: string | undefined, language: string) => labelFrom(reference.vdc.metiers as Labelled[], code, language);

export function formatDate(date: string | null | undefined, language: string): string {
  if (!date) return '';
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(`${language}-BE`, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** UCs offered in the field's suggestions: those already used for this person, then UC1–UC4. */
export function ucSuggestions(used: readonly string[]): string[] {
  return [...new Set([...used.map((uc) => uc.trim()).filter(Boolean), 'UC1', 'UC2', 'UC3', 'UC4'])];
}

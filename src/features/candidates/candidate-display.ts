// How a candidate is named and dated on screen (pure, for lists and dialogs).
import type { CandidateData } from '../../domain/entities';
import { isolatedText } from '../../domain/bidi';
import { formatDay } from '../../i18n/format';

/**
 * "First Last", safe inside any sentence, label or title: no bidi control, right-to-left names
 * isolated (domain/bidi.ts). In JSX, show it in <PersonName> as well.
 */
export function displayName(data: Pick<CandidateData, 'firstName' | 'lastName'> | undefined): string | null {
  const name = [data?.firstName, data?.lastName].filter((part) => part && part.trim()).join(' ');
  return name ? isolatedText(name) : null;
}

/** "12/03/1990" for a full date (Belgian order), or null; the year-only case is separate. */
export function formatBirthDate(birthDate: string, language: string): { kind: 'date' | 'year'; text: string } {
  if (birthDate.length === 4) return { kind: 'year', text: birthDate };
  return { kind: 'date', text: formatDay(birthDate, language) };
}

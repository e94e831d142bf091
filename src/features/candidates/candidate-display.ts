// How a candidate is named and dated on screen (pure, for lists and dialogs).
import type { CandidateData } from '../../domain/entities';
import { formatDay } from '../../i18n/format';

export function displayName(data: CandidateData): string | null {
  const name = [data.firstName, data.lastName].filter((part) => part && part.trim()).join(' ');
  return name || null;
}

/** "12/03/1990" for a full date (Belgian order), or null; the year-only case is separate. */
export function formatBirthDate(birthDate: string, language: string): { kind: 'date' | 'year'; text: string } {
  if (birthDate.length === 4) return { kind: 'year', text: birthDate };
  return { kind: 'date', text: formatDay(birthDate, language) };
}

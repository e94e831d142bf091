// How a candidate is named and dated on screen (pure, for lists and dialogs).
import type { CandidateData } from '../../domain/entities';

export function displayName(data: CandidateData): string | null {
  const name = [data.firstName, data.lastName].filter((part) => part && part.trim()).join(' ');
  return name || null;
}

/** "12/03/1990" for a full date (Belgian order), or null; the year-only case is separate. */
export function formatBirthDate(birthDate: string, language: string): { kind: 'date' | 'year'; text: string } {
  if (birthDate.length === 4) return { kind: 'year', text: birthDate };
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  const text = new Intl.DateTimeFormat(`${language}-BE`, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
  return { kind: 'date', text };
}
